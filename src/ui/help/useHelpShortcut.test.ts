import { describe, expect, it } from 'vitest';
import { isHelpKey } from './useHelpShortcut';
import { SHORTCUT_GROUPS } from './shortcuts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('isHelpKey', () => {
  it('accepts ?, F1 and Ctrl+/ (Cmd+/ on a Mac)', () => {
    expect(isHelpKey(key('?'))).toBe(true);
    expect(isHelpKey(key('F1'))).toBe(true);
    expect(isHelpKey(key('/', { ctrlKey: true }))).toBe(true);
    expect(isHelpKey(key('/', { metaKey: true }))).toBe(true);
  });

  it('leaves other keys alone', () => {
    expect(isHelpKey(key('/'))).toBe(false);
    expect(isHelpKey(key('?', { altKey: true }))).toBe(false);
    expect(isHelpKey(key('F1', { ctrlKey: true }))).toBe(false);
    expect(isHelpKey(key('a'))).toBe(false);
  });
});

describe('shortcut list', () => {
  it('names the help keys themselves and has no empty entries', () => {
    const all = SHORTCUT_GROUPS.flatMap((g) => g.shortcuts);
    expect(all.some((s) => s.keys.some((c) => c.join('+') === 'F1') && /this list/.test(s.does))).toBe(true);
    for (const s of all) {
      expect(s.does.length).toBeGreaterThan(0);
      expect(s.keys.every((c) => c.length > 0)).toBe(true);
    }
  });
});
