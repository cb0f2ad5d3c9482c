import type { Diagnostic } from '../diagnostics';
import { splitCommand } from '../sample/shell-words';
import type { Sample } from '../sample/types';

export interface ImportResult {
  samples: Sample[];
  /** One per rejected line, positioned in the imported text. */
  diagnostics: Diagnostic[];
}

/**
 * One command line per line (a shell history, a paste from a terminal). Blank lines and `#`
 * comments are skipped, a leading `$ ` prompt is dropped; a line the shell could not run
 * (unterminated quote) is reported with its line number and the others still import.
 */
export function importCommandLines(text: string): ImportResult {
  const samples: Sample[] = [];
  const diagnostics: Diagnostic[] = [];
  let offset = 0;
  text.split('\n').forEach((raw, index) => {
    const lineStart = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\r$/, '');
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const command = trimmed.replace(/^\$\s+/, '');
    const split = splitCommand(command, () => undefined);
    if (!split.ok || split.words.length === 0) {
      const at = lineStart + line.indexOf(command);
      const range = split.ok ? { start: at, end: at + command.length } : { start: at + split.error.range.start, end: at + split.error.range.end };
      diagnostics.push({
        code: 'FRP_IMPORT_BAD_LINE',
        severity: 'error',
        message: `Line ${index + 1}: ${split.ok ? 'no program to run' : split.error.message}.`,
        range,
      });
      return;
    }
    samples.push({ id: `s${samples.length + 1}`, command });
  });
  return { samples, diagnostics };
}
