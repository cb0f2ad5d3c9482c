/**
 * Opening a link over the person's work, with the real store, drafts and url-sync on a browser-like
 * window whose localStorage can be made full (QuotaExceededError, as browsers throw it).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ShareState } from '../share';

class QuotaStorage {
  items = new Map<string, string>();
  quota = Infinity;
  getItem(k: string) { return this.items.get(k) ?? null; }
  setItem(k: string, v: string) {
    let used = k.length + v.length;
    for (const [key, value] of this.items) if (key !== k) used += key.length + value.length;
    if (used > this.quota) throw new DOMException(`Setting the value of '${k}' exceeded the quota.`, 'QuotaExceededError');
    this.items.set(k, v);
  }
  removeItem(k: string) { this.items.delete(k); }
  used() { let n = 0; for (const [k, v] of this.items) n += k.length + v.length; return n; }
}

const local = new QuotaStorage();
const session = new QuotaStorage();
vi.stubGlobal('localStorage', local);
vi.stubGlobal('sessionStorage', session);
vi.stubGlobal('window', {
  localStorage: local, sessionStorage: session, location: { hash: '', href: 'http://playground.test/' },
  history: { state: null, replaceState() {} }, addEventListener() {}, removeEventListener() {},
});
vi.stubGlobal('document', { addEventListener() {}, visibilityState: 'visible' });

let m: {
  store: typeof import('./store');
  session: typeof import('./session');
  url: typeof import('./url-sync');
  persistence: typeof import('./persistence');
  share: typeof import('../share');
};

beforeAll(async () => {
  m = {
    store: await import('./store'),
    session: await import('./session'),
    url: await import('./url-sync'),
    persistence: await import('./persistence'),
    share: await import('../share'),
  };
  await m.url.loadLinkIo();
});

const LINK: ShareState = { v: 1, rules: '- rule: From the link\n  desc: d\n  condition: proc.name = x\n  output: o\n  priority: WARNING\n', base: 'stock', samplesYaml: 'samples:\n  - command: x\n' };

function myWork(marker: string) {
  m.store.useAppStore.getState().setRulesText(`# ${marker}\n${'- list: noise\n  items: [a, b, c]\n'.repeat(200)}`);
  m.store.savedWorkStorage.flush();
}

describe('opening a link over work that cannot be kept', () => {
  it('with room to keep it: the work is stashed and comes back', () => {
    local.quota = Infinity;
    myWork('mine, with room');
    expect(m.url.openLinkFromLocation(`#${m.share.encodeState(LINK)}`, false)).toBe(true);
    const notice = m.session.useSessionStore.getState().notice;
    expect(notice).toMatchObject({ kind: 'opened-link', draftId: expect.any(String) });
    expect(m.store.useAppStore.getState().rulesText).toBe(LINK.rules);
    const r = m.persistence.restoreDraft(notice?.kind === 'opened-link' ? notice.draftId! : '');
    expect(r.ok).toBe(true);
    expect(m.store.useAppStore.getState().rulesText).toMatch(/^# mine, with room/);
  });

  it('when the storage is full (QuotaExceededError) the link waits, the work stays, and nothing claims it was kept', () => {
    myWork('mine, storage full');
    local.removeItem('frp.drafts'); // no older drafts to drop to make room
    const savedBefore = new Map(local.items);
    local.quota = local.used() + 50; // no room for a draft of the work
    const fragment = m.share.encodeState(LINK);
    expect(m.url.openLinkFromLocation(`#${fragment}`, false)).toBe(false);

    const notice = m.session.useSessionStore.getState().notice;
    expect(notice).toMatchObject({
      kind: 'unkept',
      title: 'The link was not opened: your work could not be kept in this browser.',
      message: expect.stringContaining('storage for the playground is full'),
      proceedLabel: 'Open the link anyway',
    });
    expect(m.store.useAppStore.getState().rulesText).toMatch(/^# mine, storage full/);
    expect(local.items).toEqual(savedBefore);

    // The person chose to go ahead: the link opens, and says nothing was kept.
    if (notice?.kind === 'unkept') notice.proceed();
    expect(m.store.useAppStore.getState().rulesText).toBe(LINK.rules);
    expect(m.session.useSessionStore.getState().notice).toMatchObject({ kind: 'opened-link', draftId: null });
  });

  it('a failed save of the work itself is reported, and the link then waits too', () => {
    local.quota = Infinity;
    myWork('saved');
    local.removeItem('frp.drafts');
    local.quota = local.used() + 10;
    m.store.useAppStore.getState().setRulesText(`# too large to save\n${'x'.repeat(100_000)}`);
    m.store.savedWorkStorage.flush();
    expect(m.session.useSessionStore.getState().saveProblem).toMatchObject({ failure: 'storage-full' });
    expect(m.persistence.workAtRisk()).toBe(true);
    expect(m.url.openLinkFromLocation(`#${m.share.encodeState(LINK)}`, false)).toBe(false);
    expect(m.store.useAppStore.getState().rulesText).toMatch(/^# too large to save/);
    local.quota = Infinity;
    m.store.useAppStore.getState().setRulesText('# smaller');
    m.store.savedWorkStorage.flush();
    expect(m.session.useSessionStore.getState().saveProblem).toBeNull();
  });
});
