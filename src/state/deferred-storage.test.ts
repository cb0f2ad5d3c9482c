import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferredJSONStorage } from './deferred-storage';

function fakeStorage() {
  const data = new Map<string, string>();
  const writes: string[] = [];
  return {
    data, writes,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => { writes.push(k); data.set(k, v); },
    removeItem: (k: string) => { data.delete(k); },
  };
}

afterEach(() => vi.useRealTimers());

describe('deferredJSONStorage', () => {
  it('writes once after a burst of changes, the newest value', () => {
    vi.useFakeTimers();
    const backing = fakeStorage();
    const s = deferredJSONStorage<{ n: number }>(() => backing, 250);
    for (let n = 1; n <= 20; n++) s.setItem('work', { state: { n }, version: 1 });
    expect(backing.writes).toEqual([]);
    // a reader sees the pending value before it is written
    expect(s.getItem('work')).toEqual({ state: { n: 20 }, version: 1 });
    vi.advanceTimersByTime(250);
    expect(backing.writes).toEqual(['work']);
    expect(JSON.parse(backing.data.get('work')!)).toEqual({ state: { n: 20 }, version: 1 });
  });

  it('flush writes a pending value at once (what pagehide and readers of the saved work do)', () => {
    vi.useFakeTimers();
    const backing = fakeStorage();
    const s = deferredJSONStorage<{ n: number }>(() => backing, 250);
    s.setItem('work', { state: { n: 1 }, version: 1 });
    s.flush();
    expect(backing.writes).toEqual(['work']);
    vi.advanceTimersByTime(1000);
    expect(backing.writes).toEqual(['work']); // nothing left to write
  });

  it('reads what an earlier visit saved; unreadable text reads as nothing', () => {
    const backing = fakeStorage();
    backing.data.set('work', JSON.stringify({ state: { n: 7 }, version: 1 }));
    backing.data.set('broken', '{"state":');
    const s = deferredJSONStorage<{ n: number }>(() => backing);
    expect(s.getItem('work')).toEqual({ state: { n: 7 }, version: 1 });
    expect(s.getItem('broken')).toBeNull();
    expect(s.getItem('absent')).toBeNull();
  });

  it('a storage that refuses writes (quota, private mode) loses nothing in memory and does not throw', () => {
    vi.useFakeTimers();
    const refusing = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => {} };
    const s = deferredJSONStorage<{ n: number }>(() => refusing, 10);
    s.setItem('work', { state: { n: 1 }, version: 1 });
    expect(() => vi.advanceTimersByTime(20)).not.toThrow();
    const unavailable = deferredJSONStorage<{ n: number }>(() => { throw new Error('SecurityError'); }, 10);
    unavailable.setItem('work', { state: { n: 1 }, version: 1 });
    expect(() => unavailable.flush()).not.toThrow();
    expect(unavailable.getItem('other')).toBeNull();
  });
});
