/**
 * What a first visit shows (no link, no saved work): the rule of falcosecurity/rules PR 367 and the
 * three samples its review discussed. One place adapts the engine's seed module to the store.
 */
import { SEED_FIXED_RULES_YAML, SEED_RULES_YAML, SEED_SAMPLES } from '../engine/sample/seed';
import type { Sample } from '../engine/sample';

export function seedRulesText(): string {
  return SEED_RULES_YAML;
}

export function seedSamples(): Sample[] {
  return structuredClone(SEED_SAMPLES);
}

/** The seed file with the reviewer's fix applied (tests and the "what did the review change" demo). */
export function seedFixedRulesText(): string {
  return SEED_FIXED_RULES_YAML;
}
