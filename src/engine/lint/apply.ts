import type { LintEdit, LintFix } from './types';

/**
 * Applies non-overlapping edits to a text (from the end, so earlier offsets stay valid). Returns
 * the text unchanged when edits overlap or fall outside it, rather than corrupting it.
 */
export function applyEdits(text: string, edits: LintEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  for (let i = 0; i + 1 < sorted.length; i++) {
    if (sorted[i + 1].range.end > sorted[i].range.start) return text;
  }
  let out = text;
  for (const e of sorted) {
    if (e.range.start < 0 || e.range.end > out.length || e.range.start > e.range.end) return text;
    out = out.slice(0, e.range.start) + e.text + out.slice(e.range.end);
  }
  return out;
}

export function applyFix(text: string, fix: LintFix): string {
  return applyEdits(text, fix.edits);
}
