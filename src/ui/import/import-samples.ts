/**
 * Pure pieces of the Import dialog: imported samples get ids unique in the table, several rules
 * files become one editable text in load order, and the engine's diagnostics become one line each.
 */
import type { Diagnostic } from '../../engine/diagnostics';
import type { Sample } from '../../engine/sample';
import { newSampleId } from '../../state/ids';

/** `existing` followed by `imported`, each imported sample with a fresh id. */
export function appendSamples(existing: readonly Sample[], imported: readonly Sample[]): { samples: Sample[]; added: string[] } {
  const samples = [...existing];
  const added: string[] = [];
  for (const s of imported) {
    const id = newSampleId(samples);
    samples.push({ ...s, id });
    added.push(id);
  }
  return { samples, added };
}

/**
 * Several rules files as the one rules text the editor holds. Falco loads files in order and a
 * later file may append to or override an earlier one's items; concatenating the top-level YAML
 * sequences in that order keeps those semantics (each file starts with a comment naming it).
 */
export function combineRulesFiles(files: readonly { name: string; content: string }[]): string {
  if (files.length === 1) return files[0].content;
  return files
    .map((f) => `# ---- ${oneLine(f.name)} ----\n${f.content.replace(/^---[ \t]*\r?\n/, '').replace(/\s*$/, '')}\n`)
    .join('\n');
}

function oneLine(name: string): string {
  return name.replace(/[\r\n]+/g, ' ');
}

/** The lines the dialog lists for rejected input ("Line 3: unterminated quote."). */
export function problemLines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
}

/** The whole lines of `text` that the given ranges touch, in order, each once. */
export function rejectedLines(text: string, ranges: readonly { start: number; end: number }[]): string {
  // One sweep over lines and ranges in order (a file of 100,000 alerts with thousands of broken
  // lines made testing every range against every line take minutes).
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const lines: string[] = [];
  let offset = 0;
  let r = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    const end = offset + line.length;
    offset = end + 1;
    while (r < sorted.length && sorted[r].end < start) r++;
    // Any range starting on or before this line's end and ending on or after its start touches it.
    let touched = false;
    for (let k = r; k < sorted.length && sorted[k].start <= end; k++) {
      if (sorted[k].end >= start) { touched = true; break; }
    }
    if (touched) lines.push(line);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
