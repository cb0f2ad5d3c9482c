/**
 * Reading saved work back from localStorage. Everything in storage is untrusted (another version of
 * the app, a hand edit): each field is checked and dropped when it does not have the expected shape,
 * so a bad save costs that field, never the page.
 */
import type { Sample } from '../engine/sample';
import type { AppState } from './store';

export const SAVE_VERSION = 1;

type Saved = Partial<Pick<AppState,
  'rulesText' | 'base' | 'plugins' | 'selectedRule' | 'upstream' | 'samples' | 'selectedSampleId' | 'sampleDefaults' | 'theme' | 'splitRatio'>>;

export function readSaved(raw: unknown): Saved {
  if (!raw || typeof raw !== 'object') return {};
  const r = raw as Record<string, unknown>;
  const out: Saved = {};
  if (typeof r.rulesText === 'string') out.rulesText = r.rulesText;
  if (r.base === 'stock' || r.base === 'none') out.base = r.base;
  if (r.plugins === 'container' || r.plugins === 'none') out.plugins = r.plugins;
  if (typeof r.selectedRule === 'string' || r.selectedRule === null) out.selectedRule = r.selectedRule;
  if (r.upstream === null || (Array.isArray(r.upstream) && r.upstream.every((n) => typeof n === 'string'))) {
    out.upstream = r.upstream as string[] | null;
  }
  if (Array.isArray(r.samples) && r.samples.every(isSampleLike)) out.samples = r.samples as Sample[];
  if (typeof r.selectedSampleId === 'string' || r.selectedSampleId === null) out.selectedSampleId = r.selectedSampleId;
  if (r.sampleDefaults && typeof r.sampleDefaults === 'object') {
    out.sampleDefaults = r.sampleDefaults as Saved['sampleDefaults'];
  }
  if (r.theme === 'system' || r.theme === 'light' || r.theme === 'dark') out.theme = r.theme;
  if (typeof r.splitRatio === 'number' && r.splitRatio >= 0.2 && r.splitRatio <= 0.8) out.splitRatio = r.splitRatio;
  return out;
}

function isSampleLike(v: unknown): boolean {
  if (!v || typeof v !== 'object') return false;
  const s = v as Record<string, unknown>;
  return typeof s.id === 'string' && typeof s.command === 'string';
}
