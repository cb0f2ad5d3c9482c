import { describe, expect, it } from 'vitest';
import { SampleInterner } from './sample-interner';

describe('SampleInterner', () => {
  it('keeps the identity of unchanged samples across clones, replaces changed ones', () => {
    const i = new SampleInterner();
    const a = i.intern([{ id: 'a', command: 'ls' }, { id: 'b', command: 'cat' }]);
    const b = i.intern([{ id: 'a', command: 'ls' }, { id: 'b', command: 'cat x' }]);
    expect(b[0]).toBe(a[0]);
    expect(b[1]).not.toBe(a[1]);
    expect(b[1].command).toBe('cat x');
  });
});
