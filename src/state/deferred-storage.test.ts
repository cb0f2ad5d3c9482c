import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferredJSONStorage, type SaveStatus } from './deferred-storage';

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

  it('reports a refused write (quota) once, keeps the last good value whole, and clears the report on success', () => {
    vi.useFakeTimers();
    const backing = fakeStorage();
    let quota = Infinity;
    const limited = {
      ...backing,
      setItem: (k: string, v: string) => {
        if (v.length > quota) throw new DOMException('exceeded the quota', 'QuotaExceededError');
        backing.setItem(k, v);
      },
    };
    const statuses: SaveStatus[] = [];
    let t = 1000;
    const s = deferredJSONStorage<{ text: string }>(() => limited, { delayMs: 10, onStatus: (x) => statuses.push(x), now: () => t });
    s.setItem('work', { state: { text: 'good work' }, version: 1 });
    vi.advanceTimersByTime(20);
    const good = backing.data.get('work');
    expect(s.status()).toEqual({ ok: true });
    expect(statuses).toEqual([]); // nothing to say while all is well

    quota = 100;
    t = 2000;
    s.setItem('work', { state: { text: 'x'.repeat(6_500_000) }, version: 1 });
    vi.advanceTimersByTime(20);
    t = 3000;
    s.setItem('work', { state: { text: 'y'.repeat(6_500_000) }, version: 1 });
    s.flush();
    expect(backing.data.get('work')).toBe(good); // never a truncated or partial value
    expect(statuses).toEqual([{ ok: false, failure: 'storage-full', since: 2000, lastSavedAt: 1000 }]);
    expect(s.status()).toMatchObject({ ok: false, failure: 'storage-full', since: 2000 });

    quota = Infinity;
    s.setItem('work', { state: { text: 'smaller again' }, version: 1 });
    s.flush();
    expect(statuses.at(-1)).toEqual({ ok: true });
    expect(JSON.parse(backing.data.get('work')!).state.text).toBe('smaller again');
  });

  it('storage that is not there at all is reported as unavailable, not as full', () => {
    const statuses: SaveStatus[] = [];
    const s = deferredJSONStorage<{ n: number }>(() => { throw new DOMException('denied', 'SecurityError'); }, { onStatus: (x) => statuses.push(x) });
    s.setItem('work', { state: { n: 1 }, version: 1 });
    s.flush();
    expect(statuses).toEqual([expect.objectContaining({ ok: false, failure: 'unavailable' })]);
  });
});
