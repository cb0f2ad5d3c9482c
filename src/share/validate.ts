import { BASE_RULESETS, PLUGINS_CHOICES, type ShareState } from './types';

export type DecodeResult =
  | { ok: true; state: ShareState; migratedFrom?: number; warnings: string[] }
  | { ok: false; error: string };

/**
 * Field by field: the texts must be strings (else the link is refused); choices outside their
 * whitelist fall back to defaults and say so in `warnings`.
 */
/** A base of more files, or longer names, is not something a person made: the list is dropped. */
const MAX_BASE_FILES = 16;
const MAX_BASE_FILE_NAME = 200;

export function validate(raw: Record<string, unknown>, migratedFrom?: number): DecodeResult {
  const warnings: string[] = [];
  if (typeof raw.rules !== 'string') return { ok: false, error: 'The link has no rules text.' };
  const state: ShareState = { v: 1, rules: raw.rules, base: 'stock', samplesYaml: '' };
  if (typeof raw.samplesYaml === 'string') state.samplesYaml = raw.samplesYaml;
  else if (raw.samplesYaml !== undefined) warnings.push('The samples in the link were unreadable; starting with none.');
  if (BASE_RULESETS.includes(raw.base as ShareState['base'])) state.base = raw.base as ShareState['base'];
  else if (raw.base !== undefined) warnings.push(`Unknown base ruleset '${String(raw.base)}'; using the stock macros.`);
  if (typeof raw.selectedRule === 'string') state.selectedRule = raw.selectedRule;
  if (isCount(raw.selectedSample)) state.selectedSample = raw.selectedSample;
  if (PLUGINS_CHOICES.includes(raw.plugins as NonNullable<ShareState['plugins']>)) state.plugins = raw.plugins as ShareState['plugins'];
  else if (raw.plugins !== undefined) warnings.push(`Unknown plugins choice '${String(raw.plugins)}'; using the default.`);
  if (Array.isArray(raw.baseFiles) && raw.baseFiles.length <= MAX_BASE_FILES
    && raw.baseFiles.every((n) => typeof n === 'string' && n.length > 0 && n.length <= MAX_BASE_FILE_NAME)) {
    state.baseFiles = raw.baseFiles as string[];
  } else if (raw.baseFiles !== undefined) warnings.push('The list of upstream rules files in the link was unreadable; it was ignored.');
  return migratedFrom === undefined ? { ok: true, state, warnings } : { ok: true, state, migratedFrom, warnings };
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}
