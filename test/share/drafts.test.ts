import { describe, expect, it } from 'vitest';
import { createDraftStore, type DraftStorage } from '../../src/share/drafts';
import type { ShareState } from '../../src/share/types';

class MemoryStorage implements DraftStorage {
  items = new Map<string, string>();
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

const state = (rules: string): ShareState => ({ v: 1, rules, base: 'stock', samplesYaml: 'samples:\n  - ls\n' });

describe('draft store', () => {
  it('saves and restores the current draft', () => {
    const store = createDraftStore(new MemoryStorage());
    expect(store.current()).toBeNull();
    store.save(state('mine'));
    expect(store.current()).toEqual(state('mine'));
  });

  it('offers the draft back after a link replaced it', () => {
    let t = 1000;
    const store = createDraftStore(new MemoryStorage(), { now: () => t++ });
    store.save(state('my work'));
    const stashed = store.stash(store.current()!, 'before opening a link');
    store.save(state('from the link'));
    expect(store.history().map((e) => [e.reason, e.state.rules])).toEqual([['before opening a link', 'my work']]);
    expect(store.restore(stashed!.id)).toEqual(state('my work'));
    expect(store.current()).toEqual(state('my work'));
  });

  it('keeps the last few, newest first, without consecutive duplicates', () => {
    let t = 0;
    const store = createDraftStore(new MemoryStorage(), { maxHistory: 3, now: () => t++ });
    for (const r of ['a', 'b', 'b', 'c', 'd']) store.stash(state(r), 'autosave');
    expect(store.history().map((e) => e.state.rules)).toEqual(['d', 'c', 'b']);
  });

  it('survives a storage that throws or holds garbage', () => {
    const broken: DraftStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const store = createDraftStore(broken);
    expect(() => store.save(state('x'))).not.toThrow();
    expect(store.current()).toBeNull();
    expect(store.stash(state('x'), 'autosave')).toBeNull();
    expect(store.history()).toEqual([]);
    expect(() => store.clear()).not.toThrow();
    const junk = new MemoryStorage();
    junk.setItem('frp.drafts', '{not json');
    junk.setItem('frp.draft', 'v1.!!!');
    const s2 = createDraftStore(junk);
    expect(s2.history()).toEqual([]);
    expect(s2.current()).toBeNull();
  });
});
