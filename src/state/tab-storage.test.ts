import { describe, expect, it } from 'vitest';
import { createTabWorkStorage, LEGACY_ENTRY_ID, MAX_TAB_ENTRIES } from './tab-storage';

class MemoryStorage {
  items = new Map<string, string>();
  failWrites = false;
  getItem(k: string) { return this.items.get(k) ?? null; }
  setItem(k: string, v: string) {
    if (this.failWrites) throw new DOMException('exceeded the quota', 'QuotaExceededError');
    this.items.set(k, v);
  }
  removeItem(k: string) { this.items.delete(k); }
  copy() { const c = new MemoryStorage(); c.items = new Map(this.items); return c; }
}

const KEY = 'falco-rule-playground';

/** One browser: a shared localStorage, a sessionStorage per tab, and a clock. */
function browser() {
  const local = new MemoryStorage();
  let t = 1000;
  let n = 0;
  const open = (session = new MemoryStorage(), channel?: () => FakeChannel) => ({
    session,
    tab: createTabWorkStorage({ local: () => local, session: () => session, now: () => t++, newId: () => `id${++n}`, channel: channel ?? (() => undefined) }),
  });
  return { local, open };
}

describe('saved work per tab', () => {
  it('two tabs keep their own work; a reload of each restores its own; a new tab starts from the newest', () => {
    const b = browser();
    const one = b.open();
    one.tab.setItem(KEY, 'work of tab 1');
    const two = b.open();
    expect(two.tab.getItem(KEY)).toBe('work of tab 1'); // a new tab starts from the newest work
    expect(two.tab.hasOwn(KEY)).toBe(false);
    two.tab.setItem(KEY, 'link opened in tab 2');
    one.tab.setItem(KEY, 'tab 1 edited');
    two.tab.setItem(KEY, 'tab 2 edited');

    const oneReloaded = b.open(one.session);
    expect(oneReloaded.tab.tabId()).toBe(one.tab.tabId());
    expect(oneReloaded.tab.getItem(KEY)).toBe('tab 1 edited');
    expect(b.open(two.session).tab.getItem(KEY)).toBe('tab 2 edited');
    expect(b.open().tab.getItem(KEY)).toBe('tab 2 edited');

    expect(oneReloaded.tab.others(KEY).map((e) => [e.id, b.local.getItem(e.key)])).toEqual([[two.tab.tabId(), 'tab 2 edited']]);
  });

  it("remembers where a tab's work came from when it was not its own", () => {
    const b = browser();
    const one = b.open();
    one.tab.setItem(KEY, 'work of tab 1');
    const two = b.open();
    two.tab.getItem(KEY);
    expect(two.tab.source()).toMatchObject({ id: one.tab.tabId() });
  });

  it('reads the single entry of earlier versions as the oldest entry, without copying it', () => {
    const b = browser();
    b.local.setItem(KEY, 'saved by an earlier version');
    const one = b.open();
    expect(one.tab.getItem(KEY)).toBe('saved by an earlier version');
    expect(one.tab.hasAny(KEY)).toBe(true);
    expect(one.tab.hasOwn(KEY)).toBe(false);
    one.tab.setItem(KEY, 'new work');
    expect(b.local.getItem(KEY)).toBe('saved by an earlier version');
    expect(one.tab.others(KEY)).toEqual([{ id: LEGACY_ENTRY_ID, key: KEY, savedAt: 0 }]);
    expect(b.open().tab.getItem(KEY)).toBe('new work');
  });

  it(`keeps the entries of the ${MAX_TAB_ENTRIES} tabs that saved last`, () => {
    const b = browser();
    b.local.setItem(KEY, 'earliest');
    const tabs = Array.from({ length: MAX_TAB_ENTRIES + 2 }, (_, i) => {
      const t = b.open();
      t.tab.setItem(KEY, `work ${i}`);
      return t;
    });
    const last = tabs.at(-1)!.tab;
    expect([last.getItem(KEY), ...last.others(KEY).map((e) => b.local.getItem(e.key))])
      .toEqual(Array.from({ length: MAX_TAB_ENTRIES }, (_, i) => `work ${MAX_TAB_ENTRIES + 1 - i}`));
    expect(b.local.getItem(KEY)).toBeNull();
    expect(b.local.getItem(`${KEY}.tab.${tabs[0].tab.tabId()}`)).toBeNull();
  });

  it('a refused write throws and changes nothing', () => {
    const b = browser();
    const one = b.open();
    one.tab.setItem(KEY, 'good');
    const before = new Map(b.local.items);
    b.local.failWrites = true;
    expect(() => one.tab.setItem(KEY, 'too large')).toThrow(/quota/);
    expect(b.local.items).toEqual(before);
  });

  it('a duplicated tab (same id in its copied sessionStorage) takes a new id and keeps its work', async () => {
    const b = browser();
    const bus = new FakeBus();
    const original = b.open(undefined, () => bus.channel());
    original.tab.setItem(KEY, 'original work');
    const duplicate = b.open(original.session.copy(), () => bus.channel());
    expect(duplicate.tab.getItem(KEY)).toBe('original work');
    await bus.settled();
    expect(duplicate.tab.tabId()).not.toBe(original.tab.tabId());
    expect(duplicate.tab.source()).toMatchObject({ id: original.tab.tabId() });
    duplicate.tab.setItem(KEY, 'duplicate edited');
    expect(b.open(original.session).tab.getItem(KEY)).toBe('original work');
    expect(original.tab.tabId()).toBe(original.session.getItem('frp.tab-id'));
  });
});

interface FakeChannel { postMessage(m: unknown): void; addEventListener(type: 'message', f: (ev: MessageEvent) => void): void }

/** BroadcastChannel between tabs: a message reaches every other channel, asynchronously. */
class FakeBus {
  private listeners: { self: object; f: (ev: MessageEvent) => void }[] = [];
  private queue: Promise<void> = Promise.resolve();
  channel(): FakeChannel {
    const self = {};
    return {
      postMessage: (m) => {
        this.queue = this.queue.then(() => {
          for (const l of this.listeners) if (l.self !== self) l.f({ data: m } as MessageEvent);
        });
      },
      addEventListener: (_type, f) => { this.listeners.push({ self, f }); },
    };
  }
  async settled() {
    for (let i = 0; i < 5; i++) await this.queue;
  }
}
