/**
 * The store ⇄ share state (src/share holds the versioned codec). The link carries authored input
 * only; the receiver recomputes every verdict. Opening links, drafts and the address bar are in
 * url-sync.ts.
 */
import { encodeState, type ShareState } from '../share';
import { parseSamplesYaml, serializeSamplesYaml } from '../engine/sample/yaml';
import { useAppStore, type AppState } from './store';
import { effectiveSampleId } from './selectors';

/** The file Falco's default ruleset ships in: what an old link's 'upstream' base meant. */
export const DEFAULT_UPSTREAM_FILES = ['falco_rules.yaml'];

export function toShareState(s: AppState): ShareState {
  const state: ShareState = {
    v: 1,
    rules: s.rulesText,
    base: s.upstream ? 'upstream' : s.base,
    samplesYaml: serializeSamplesYaml(s.samples, s.sampleDefaults),
    plugins: s.plugins,
  };
  if (s.upstream) state.baseFiles = [...s.upstream];
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
  // A YAML error means no sample at all was read: say what it is (too deep, ...), not a count.
  const yaml = errors.find((d) => d.code === 'FRP_SAMPLES_YAML_PARSE');
  if (yaml) problems.push(`The samples in the link could not be read: ${yaml.message}.`);
  else if (errors.length) problems.push(`${errors.length} sample${errors.length === 1 ? '' : 's'} in the link could not be read.`);
  useAppStore.setState({
    rulesText: state.rules,
    // An upstream base keeps the stock macros as the fallback while its files are not loaded here.
    base: state.base === 'none' ? 'none' : 'stock',
    upstream: state.base === 'upstream' ? (state.baseFiles ?? DEFAULT_UPSTREAM_FILES) : null,
    plugins: state.plugins ?? 'container',
    selectedRule: state.selectedRule ?? null,
    samples: parsed.samples,
    sampleDefaults: parsed.defaults,
    selectedSampleId: parsed.samples[state.selectedSample ?? 0]?.id ?? null,
  });
  return problems;
}

/** Same work, whatever is selected: reopening one's own link only moves the selection. */
export function sameWork(a: ShareState, b: ShareState): boolean {
  const strip = (s: ShareState): ShareState => ({ ...s, selectedRule: undefined, selectedSample: undefined });
  return encodeState(strip(a)) === encodeState(strip(b));
}

/** Applies only the selection of a link whose work is already on screen. */
export function applySelection(state: ShareState): void {
  const { samples } = useAppStore.getState();
  useAppStore.setState({
    selectedRule: state.selectedRule ?? null,
    selectedSampleId: samples[state.selectedSample ?? 0]?.id ?? null,
  });
}

/** The fragment (without '#') for the current state. */
export function currentFragment(): string {
  return encodeState(toShareState(useAppStore.getState()));
}

/** The link for the current state (page URL + fragment). */
export function currentLink(): string {
  const url = new URL(window.location.href);
  url.hash = currentFragment();
  return url.toString();
}
