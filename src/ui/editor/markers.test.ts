import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../engine/diagnostics';
import { toMarker } from './markers';

/** A tiny stand-in for a Monaco model: offset → 1-based line/column over `text`. */
function modelOf(text: string) {
  return {
    getValueLength: () => text.length,
    getPositionAt(offset: number) {
      const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
      const lines = before.split('\n');
      return { lineNumber: lines.length, column: lines[lines.length - 1].length + 1 };
    },
  };
}

const diag = (start: number, end: number, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
  code: 'LOAD_ERR_COMPILE_CONDITION', severity, message: 'boom', range: { start, end },
});

describe('toMarker', () => {
  const text = '- rule: a\n  condition: proc.nmae = x\n';

  it('maps offsets to line/column and keeps the code and message', () => {
    const start = text.indexOf('proc.nmae');
    const m = toMarker(modelOf(text), diag(start, start + 'proc.nmae'.length));
    expect(m).toMatchObject({
      code: 'LOAD_ERR_COMPILE_CONDITION', message: 'boom', severity: 8,
      startLineNumber: 2, startColumn: 14, endLineNumber: 2, endColumn: 23,
    });
  });

  it('widens an empty range forwards by one character', () => {
    const m = toMarker(modelOf(text), diag(2, 2));
    expect([m.startColumn, m.endColumn]).toEqual([3, 4]);
  });

  it('widens an empty range at the end of the text backwards', () => {
    const m = toMarker(modelOf('abc'), diag(3, 3));
    expect([m.startColumn, m.endColumn]).toEqual([3, 4]);
  });

  it('clamps ranges outside the text and reversed ranges', () => {
    const m = toMarker(modelOf('abc'), diag(-5, 99));
    expect([m.startLineNumber, m.startColumn, m.endColumn]).toEqual([1, 1, 4]);
    const r = toMarker(modelOf('abc'), diag(2, 1));
    expect([r.startColumn, r.endColumn]).toEqual([3, 4]);
  });

  it('maps severities to Monaco values', () => {
    const sev = (['hint', 'info', 'warning', 'error'] as const).map((s) => toMarker(modelOf('ab'), diag(0, 1, s)).severity);
    expect(sev).toEqual([1, 2, 4, 8]);
  });
});
