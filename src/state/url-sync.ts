/**
 * The address bar and the work: a link in the URL is opened at startup (and when the fragment
 * changes), and afterwards the fragment follows the work so the address can be copied at any time.
 * Opening a link never destroys work: the current draft is stashed first and the notice offers it
 * back. A damaged link changes nothing but the notice. The codec (./link-io.ts) arrives after the
 * first verdicts unless the page opens with a link to open.
 */
import { useAppStore } from './store';
import { useSessionStore } from './session';
import { hasOwnSavedWork } from './saved-work';
import { replaceAddress } from './address';

type LinkIo = typeof import('./link-io');

/**
 * The link codec and friends (./link-io.ts), fetched when first needed: at startup by the first
 * address write, right away, but awaited only by a link that must be opened before the first render.
 */
let io: LinkIo | null = null;
let loading: Promise<LinkIo> | null = null;

export function loadLinkIo(): Promise<LinkIo> {
  loading ??= import('./link-io').then(
    (m) => (io = m),
    (e: unknown) => {
      loading = null; // try again next time
      throw e;
    },
  );
  return loading;
}

/** Fragments that belong to other features (the lessons use `#lesson=<id>`). */
function isForeignFragment(hash: string): boolean {
  return /^#?lesson=/.test(hash);
}

/**
 * The fragment this tab last wrote into its own address bar (sessionStorage: per tab, survives a
 * reload). A reload can come before the debounced write of the newest keystrokes, so the address
 * may then lag behind the saved work; an address we wrote ourselves is not a link someone gave
 * us, and the saved work (newer) wins instead of being replaced by its own older snapshot.
 */
const OWN_ADDRESS_KEY = 'frp.own-addresses';
/** A reload can also race the last write itself (pagehide), so a few recent ones count as ours. */
const OWN_ADDRESSES_KEPT = 5;

function ownAddresses(): string[] {
  try {
    const list: unknown = JSON.parse(window.sessionStorage.getItem(OWN_ADDRESS_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function rememberOwnAddress(fragment: string): void {
  try {
    const list = [fragment, ...ownAddresses().filter((x) => x !== fragment)].slice(0, OWN_ADDRESSES_KEPT);
    window.sessionStorage.setItem(OWN_ADDRESS_KEY, JSON.stringify(list));
  } catch {
    // without it a reload may announce our own link; the work is still stashed, not lost
  }
}

/** Whether `hash` is a link to open (told without the codec: not ours, not another feature's). */
export function linkToOpen(hash: string = window.location.hash, atStartup = true): boolean {
  if (!hash || hash === '#' || isForeignFragment(hash)) return false;
  // This tab's own address, and this tab's own saved work to restore instead (per tab: another
  // tab's newer work must not stand in for it).
  return !(atStartup && ownAddresses().includes(hash.replace(/^#/, '')) && hasOwnSavedWork());
}

/**
 * At startup: a link in the address is opened before anything is drawn (else the saved work would
 * show first, then the link's), once its codec has arrived. Without one, nothing waits.
 */
export async function openLinkAtStartup(): Promise<void> {
  if (!linkToOpen()) return;
  try {
    await loadLinkIo();
  } catch (e) {
    useSessionStore.getState().setNotice({ kind: 'bad-link', message: `the link could not be opened (${e instanceof Error ? e.message : String(e)}); reload the page to try again` });
    return;
  }
  openLinkFromLocation();
}

/**
 * Opens the link in `hash` (the codec must have arrived: see loadLinkIo). Returns whether the store
 * now shows the link's work.
 */
export function openLinkFromLocation(hash: string = window.location.hash, atStartup = true, force = false): boolean {
  if (!linkToOpen(hash, atStartup)) return false;
  if (!io) throw new Error('openLinkFromLocation before the link codec has loaded (await loadLinkIo())');
  const { decodeState, applySelection, applyShareState, sameWork, keepWorkBeforeReplacing, toShareState } = io;
  const decoded = decodeState(hash);
  if (!decoded.ok) {
    useSessionStore.getState().setNotice({ kind: 'bad-link', message: decoded.error });
    return false;
  }
  const fragment = hash.replace(/^#/, '');
  const current = toShareState(useAppStore.getState());
  if (sameWork(current, decoded.state)) {
    // A reload of our own address (or the same link again): nothing to stash or announce.
    applySelection(decoded.state);
    rememberOwnAddress(fragment);
    if (decoded.warnings.length) useSessionStore.getState().setNotice({ kind: 'opened-link', draftId: null, problems: decoded.warnings });
    return true;
  }
  const kept = keepWorkBeforeReplacing('before opening a link', false);
  if (!kept.ok && !force) {
    // Opening it would lose the work: the link waits until the person has downloaded it (or says
    // to go ahead). The address goes back to the work on screen (startUrlSync / the caller).
    useSessionStore.getState().setNotice({
      kind: 'unkept',
      title: 'The link was not opened: your work could not be kept in this browser.',
      message: `${kept.message} Opening the link would replace your work. Download it first, or open the link anyway.`,
      proceedLabel: 'Open the link anyway',
      proceed: () => {
        if (!openLinkFromLocation(`#${fragment}`, false, true)) return;
        // The address follows the link's work (url-sync writes it after the change).
      },
    });
    return false;
  }
  const problems = [...decoded.warnings, ...applyShareState(decoded.state)];
  // The link's work is now this tab's own: a reload before the address catches up with the
  // next edit must restore the saved work, not reopen the link over it.
  rememberOwnAddress(fragment);
  useSessionStore.getState().setNotice({ kind: 'opened-link', draftId: kept.ok ? kept.id : null, problems });
  return true;
}

/**
 * Keeps the address bar's fragment in step with the work: replaceState (typing never fills the
 * back button), debounced so a burst of keystrokes encodes once, and flushed when the page is
 * hidden so a reload right after typing finds the newest state in the address too. A fragment
 * typed or pasted into the address bar opens like a link. A browser refusing the write (it
 * throttles replaceState) delays the address, never the page: the write is tried again later.
 */
export function startUrlSync(delayMs = 400, retryMs = 10_000): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = window.location.hash.replace(/^#/, '');
  let pending = false;
  const write = () => {
    if (!io) {
      // The codec is on its way (fetched at startup); the write happens when it is here.
      void loadLinkIo().then(write, () => {});
      return;
    }
    pending = false;
    clearTimeout(timer);
    const fragment = io.currentFragment();
    if (fragment === last) return;
    if (!replaceAddress(`#${fragment}`)) {
      // Refused (too many writes for the browser, address.ts): the work is saved anyway; the
      // address catches up on a later attempt.
      pending = true;
      timer = setTimeout(write, retryMs);
      return;
    }
    last = fragment;
    rememberOwnAddress(fragment);
  };
  const unsubscribe = useAppStore.subscribe((s, prev) => {
    if (s.rulesText === prev.rulesText && s.samples === prev.samples && s.base === prev.base
      && s.upstream === prev.upstream && s.plugins === prev.plugins && s.selectedRule === prev.selectedRule
      && s.sampleDefaults === prev.sampleDefaults && s.selectedSampleId === prev.selectedSampleId) return;
    pending = true;
    clearTimeout(timer);
    timer = setTimeout(write, delayMs);
  });
  const flush = () => { if (pending) write(); };
  const onHashChange = () => {
    const hash = window.location.hash;
    if (hash.replace(/^#/, '') === last || isForeignFragment(hash)) return;
    // The store already holds (and has saved) the newest work; the link stashes it before replacing.
    pending = false;
    clearTimeout(timer);
    void loadLinkIo().then(() => {
      if (window.location.hash !== hash) return; // a newer fragment came meanwhile: its own handler opens it
      openLinkFromLocation(hash, false);
      write(); // the address shows the work on screen (the link's, or ours after a bad link)
    }, () => {});
  };
  // From the start the address shows the work on screen: after a bad link (unchanged work), and
  // after a reload that raced the last write (the saved work is newer than the address).
  if (!isForeignFragment(window.location.hash)) write();
  window.addEventListener('pagehide', flush);
  window.addEventListener('hashchange', onHashChange);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    window.removeEventListener('pagehide', flush);
    window.removeEventListener('hashchange', onHashChange);
  };
}
