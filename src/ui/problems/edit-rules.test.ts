import { describe, expect, it } from 'vitest';
import { minimalEdit } from './edit-rules';

function apply(before: string, e: { start: number; end: number; text: string }): string {
  return before.slice(0, e.start) + e.text + before.slice(e.end);
}

describe('minimalEdit', () => {
  it('replaces only the changed middle', () => {
    const before = 'proc.args contains "stop" and x';
    const after = 'proc.args contains " stop " and x';
    const e = minimalEdit(before, after);
    expect(apply(before, e)).toBe(after);
    expect(e).toEqual({ start: 20, end: 24, text: ' stop ' });
  });

  it('handles insertion, deletion, identical and empty texts', () => {
    for (const [a, b] of [['abc', 'abXc'], ['abXc', 'abc'], ['same', 'same'], ['', 'new'], ['old', ''], ['aaaa', 'aa']]) {
      const e = minimalEdit(a, b);
      expect(apply(a, e)).toBe(b);
      expect(e.start).toBeLessThanOrEqual(e.end);
    }
  });
});
