/**
 * Diagnostic → Monaco marker. The only module that knows IMarkerData, and it is pure (it needs only
 * a model's offset→position function), so it is unit-tested without a browser.
 *
 * Offsets are UTF-16 (the engine's unit and Monaco's), clamped into the text; an empty range is
 * widened to one character so the squiggle is visible (at the end of the text it widens backwards).
 */
import type * as Monaco from 'monaco-editor/editor/editor.api';
import type { Diagnostic, Severity } from '../../engine/diagnostics';

/** One owner for all our markers, so a new analysis replaces the previous set wholesale. */
export const MARKER_OWNER = 'falco-rule-playground';

export interface OffsetModel {
  getPositionAt(offset: number): { lineNumber: number; column: number };
  getValueLength(): number;
}

// Monaco's MarkerSeverity values; written as numbers so this module has no runtime Monaco import.
const SEVERITY: Record<Severity, Monaco.MarkerSeverity> = {
  hint: 1 as Monaco.MarkerSeverity,
  info: 2 as Monaco.MarkerSeverity,
  warning: 4 as Monaco.MarkerSeverity,
  error: 8 as Monaco.MarkerSeverity,
};

export function toMarker(model: OffsetModel, d: Diagnostic): Monaco.editor.IMarkerData {
  const length = model.getValueLength();
  let start = clamp(d.range.start, 0, length);
  let end = clamp(d.range.end, start, length);
  if (end === start) {
    if (end < length) end += 1;
    else if (start > 0) start -= 1;
  }
  const from = model.getPositionAt(start);
  const to = model.getPositionAt(end);
  return {
    severity: SEVERITY[d.severity] ?? SEVERITY.error,
    message: d.message,
    code: d.code,
    source: 'falco',
    startLineNumber: Math.max(1, from.lineNumber),
    startColumn: Math.max(1, from.column),
    endLineNumber: Math.max(1, to.lineNumber),
    endColumn: Math.max(1, to.column),
  };
}

export function toMarkers(model: OffsetModel, diagnostics: readonly Diagnostic[]): Monaco.editor.IMarkerData[] {
  return diagnostics.map((d) => toMarker(model, d));
}

function clamp(n: number, lo: number, hi: number): number {
  if (!Number.isFinite(n)) return lo;
  return Math.min(hi, Math.max(lo, Math.trunc(n)));
}
