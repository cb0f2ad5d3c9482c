/**
 * The store ⇄ share link (src/share, a teammate's versioned codec). The link carries authored
 * input only; the receiver recomputes every verdict. Opening a link never destroys work: the
 * current draft is stashed first (src/share/drafts) and can be restored from the notice.
 */
import { createDraftStore, decodeState, encodeState, type DraftStore, type ShareState } from '../share';
import { parseSamplesYaml, serializeSamplesYaml } from '../engine/sample/yaml';
import { STORAGE_KEY, useAppStore, type AppState } from './store';
import { useSessionStore } from './session';
import { effectiveSampleId } from './selectors';

export function toShareState(s: AppState): ShareState {
  const state: ShareState = {
    v: 1,
    rules: s.rulesText,
    base: s.base,
    samplesYaml: serializeSamplesYaml(s.samples, s.sampleDefaults),
    plugins: s.plugins,
  };
  if (s.selectedRule !== null) state.selectedRule = s.selectedRule;
  const at = s.samples.findIndex((x) => x.id === effectiveSampleId(s));
  if (at > 0) state.selectedSample = at;
  return state;
}

/** Puts a decoded link's state into the store; samples that do not parse are reported, not fatal. */
export function applyShareState(state: ShareState): string[] {
  const problems: string[] = [];
  const parsed = parseSamplesYaml(state.samplesYaml);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) problems.push(`${errors.length} sample${errors.length === 1 ? '' : 's'} in the link could not be read.`);
  useAppStore.setState({
    rulesText: state.rules,
    // 'upstream' needs the real falcosecurity/rules files, which the browser app does not ship.
    base: state.base === 'none' ? 'none' : 'stock',
    plugins: state.plugins ?? 'container',
    selectedRule: state.selectedRule ?? null,
    samples: parsed.samples,
    sampleDefaults: parsed.defaults,
    selectedSampleId: parsed.samples[state.selectedSample ?? 0]?.id ?? null,
  });
  if (state.base === 'upstream') problems.push('The link asks for the upstream rules files; the built-in stock macros are used instead.');
  return problems;
}

let drafts: DraftStore | null = null;
function draftStore(): DraftStore | null {
  try {
    drafts ??= createDraftStore(window.localStorage);
  } catch {
    drafts = null; // storage unavailable (private mode): links still open, drafts are not kept
  }
  return drafts;
}

/** At startup: open the link in the URL, if any. Returns whether a link was applied. */
export function openLinkFromLocation(hash: string = window.location.hash): boolean {
  if (!hash || hash === '#') return false;
  const decoded = decodeState(hash);
  if (!decoded.ok) {
    useSessionStore.getState().setNotice({ kind: 'bad-link', message: decoded.error });
    return false;
  }
  const current = toShareState(useAppStore.getState());
  if (encodeState(current) === encodeState(decoded.state)) return true; // a reload of our own link
  // Only real saved work is worth stashing; a first visit has nothing of the person's own yet.
  const stashed = hasSavedWork() ? (draftStore()?.stash(current, 'before opening a link') ?? null) : null;
  const problems = [...decoded.warnings, ...applyShareState(decoded.state)];
  useSessionStore.getState().setNotice({ kind: 'opened-link', draftId: stashed?.id ?? null, problems });
  return true;
}

function hasSavedWork(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

/** Brings back the draft stashed when a link was opened. */
export function restoreDraft(id: string): boolean {
  const state = draftStore()?.restore(id) ?? null;
  if (!state) return false;
  applyShareState(state);
  return true;
}

/** The link for the current state (page URL + fragment). */
export function currentLink(): string {
  const url = new URL(window.location.href);
  url.hash = encodeState(toShareState(useAppStore.getState()));
  return url.toString();
}

/**
 * Keeps the address bar's fragment in step with the work (replaceState: typing never fills the
 * back button), debounced so a burst of keystrokes encodes once.
 */
export function startUrlSync(delayMs = 400): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  const write = () => {
    const fragment = encodeState(toShareState(useAppStore.getState()));
    if (fragment === last) return;
    last = fragment;
    window.history.replaceState(window.history.state, '', `#${fragment}`);
  };
  const unsubscribe = useAppStore.subscribe((s, prev) => {
    if (s.rulesText === prev.rulesText && s.samples === prev.samples && s.base === prev.base
      && s.plugins === prev.plugins && s.selectedRule === prev.selectedRule
      && s.sampleDefaults === prev.sampleDefaults && s.selectedSampleId === prev.selectedSampleId) return;
    clearTimeout(timer);
    timer = setTimeout(write, delayMs);
  });
  return () => { clearTimeout(timer); unsubscribe(); };
}
