import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeBase64url } from '../../src/share/base64url';
import { decodeState, MAX_FRAGMENT_CHARS } from '../../src/share/codec';
import { DICTIONARY_V1_TEXT } from '../../src/share/dictionary-v1';
import { createDraftStore, DRAFT_LIMITS, type DraftStorage } from '../../src/share/drafts';
import type { ShareState } from '../../src/share/types';
import { serializeSamplesYaml } from '../../src/engine/sample/yaml';
import { MAX_RULES_CHARS, MAX_SAMPLES } from '../../src/worker/limits';

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
    expect(stashed.ok).toBe(true);
    store.save(state('from the link'));
    expect(store.history().map((e) => [e.reason, e.state.rules])).toEqual([['before opening a link', 'my work']]);
    expect(store.restore(stashed.ok ? stashed.entry.id : '')).toEqual(state('my work'));
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
    expect(store.stash(state('x'), 'autosave')).toMatchObject({ ok: false, reason: 'unavailable' });
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

/** Command lines that do not compress much (as imported from a real shell history). */
function commandLines(n: number): string[] {
  let seed = 7;
  const w = () => { seed = (seed * 48271) % 2147483647; return seed.toString(36); };
  return Array.from({ length: n }, () => `curl -s http://${w()}.example/${w()} -o /tmp/${w()}`);
}

/** A localStorage stand-in with a quota, throwing what browsers throw when it is full. */
class QuotaStorage extends MemoryStorage {
  constructor(public quotaChars: number) { super(); }
  used(): number {
    let n = 0;
    for (const [k, v] of this.items) n += k.length + v.length;
    return n;
  }
  override setItem(k: string, v: string) {
    const after = this.used() - (this.items.get(k)?.length ?? 0) - (this.items.has(k) ? k.length : 0) + k.length + v.length;
    if (after > this.quotaChars) throw new DOMException(`Setting the value of '${k}' exceeded the quota.`, 'QuotaExceededError');
    super.setItem(k, v);
  }
}

describe('drafts hold what the app accepts, not what a link may carry', () => {
  it('10,000 imported command lines are kept and come back (their encoding is longer than a link may be)', () => {
    const samplesYaml = serializeSamplesYaml(commandLines(10_000).map((command, i) => ({ id: `s${i}`, command })));
    const big: ShareState = { v: 1, rules: state('r').rules, base: 'stock', samplesYaml };
    const storage = new MemoryStorage();
    const store = createDraftStore(storage);
    const r = store.stash(big, 'before opening a link', { sampleCount: 10_000 });
    expect(r.ok).toBe(true);
    expect(storage.getItem('frp.drafts')!.length).toBeGreaterThan(MAX_FRAGMENT_CHARS);
    expect(store.history().map((e) => e.state)).toEqual([big]);
    expect(store.restore(r.ok ? r.entry.id : '')).toEqual(big);
  });

  it('a 1 MB rules file is kept and comes back', () => {
    const rules = `- list: big\n  items: [${commandLines(20_000).join(', ')}]\n`.slice(0, 1_000_000);
    const store = createDraftStore(new MemoryStorage());
    const r = store.stash(state(rules), 'before opening a link');
    expect(r.ok).toBe(true);
    expect(store.history()[0].state.rules).toBe(rules);
  });

  it('refuses work larger than the app accepts, without writing anything', () => {
    const storage = new MemoryStorage();
    const store = createDraftStore(storage);
    const tooLong = store.stash(state('x'.repeat(MAX_RULES_CHARS + 1)), 'before opening a link');
    expect(tooLong).toMatchObject({ ok: false, reason: 'too-large', message: expect.stringContaining('2,000,000') });
    const tooMany = store.stash(state('x'), 'before opening a link', { sampleCount: MAX_SAMPLES + 1 });
    expect(tooMany).toMatchObject({ ok: false, reason: 'too-large', message: expect.stringContaining('20,000') });
    expect(storage.items.size).toBe(0);
  });

  it('reading back stays bounded: a stored draft that inflates past the draft limit is dropped', () => {
    const total = DRAFT_LIMITS.decode.maxPayloadBytes + 1024;
    const header = (rl: number) => `{"base":"stock","rl":${rl},"sl":0}\n`;
    const head = header(total - header(total).length);
    const payload = new Uint8Array(total).fill(0x61);
    payload.set(new TextEncoder().encode(head));
    const link = 'v1.' + encodeBase64url(deflateSync(payload, { level: 9, dictionary: new TextEncoder().encode(DICTIONARY_V1_TEXT) }));
    // Well formed: only the bound refuses it.
    expect(decodeState(link, { maxChars: 1e9, maxPayloadBytes: 1e9 }).ok).toBe(true);
    expect(decodeState(link, DRAFT_LIMITS.decode)).toMatchObject({ ok: false, error: expect.stringContaining('expands to more than') });
    const storage = new MemoryStorage();
    storage.setItem('frp.drafts', JSON.stringify([{ id: 'bomb', savedAt: 1, reason: 'x', link }]));
    const store = createDraftStore(storage);
    expect(store.history()).toEqual([]);
    expect(store.restore('bomb')).toBeNull();
  });

  it('a full storage (QuotaExceededError) is reported, never claimed as kept, and keeps the earlier drafts', () => {
    const storage = new QuotaStorage(50_000);
    let t = 0;
    const store = createDraftStore(storage, { now: () => t++ });
    expect(store.stash(state('small earlier work'), 'before opening a link').ok).toBe(true);
    const before = storage.getItem('frp.drafts');
    const huge = state(commandLines(20_000).join('\n'));
    const r = store.stash(huge, 'before opening a link');
    expect(r).toEqual({ ok: false, reason: 'storage-full', message: expect.stringContaining('storage for the playground is full') });
    expect(storage.getItem('frp.drafts')).toBe(before);
    expect(store.history().map((e) => e.state.rules)).toEqual(['small earlier work']);
  });

  it('makes room by dropping the oldest drafts, and the new one is then really there', () => {
    let t = 0;
    const storage = new QuotaStorage(1e9);
    const store = createDraftStore(storage, { now: () => t++ });
    const medium = (tag: string) => state(`# ${tag}\n${commandLines(300).join('\n')}`);
    for (const tag of ['a', 'b', 'c']) expect(store.stash(medium(tag), 'x').ok).toBe(true);
    storage.quotaChars = storage.used() + 100;
    const r = store.stash(medium('d'), 'x');
    expect(r.ok).toBe(true);
    expect(store.history().map((e) => e.state.rules.slice(0, 3))).toEqual(['# d', '# c', '# b']);
  });

  it('a storage that swallows writes is not taken for one that kept them', () => {
    const forgetful: DraftStorage = { getItem: () => null, setItem: () => {}, removeItem: () => {} };
    expect(createDraftStore(forgetful).stash(state('x'), 'x')).toMatchObject({ ok: false });
  });
});
