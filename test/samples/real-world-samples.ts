import { quoteWord } from '../../src/engine/sample/shell-words';
import type { Sample } from '../../src/engine/sample/types';

/** One sample of a ../shared/corpus/real-world case, as its YAML writes it. */
export interface RealWorldSample {
  cmdline: string;
  argv?: string[];
  parent?: string;
  parent_missing?: boolean;
  ancestors?: string[];
  user?: string | { name?: string; uid?: number; loginuid?: number };
  container?: boolean | string;
  fields?: Record<string, string | number | null>;
  expect?: 'match' | 'no_match';
  expect_fixed?: 'match' | 'no_match';
  expect_alt?: 'match' | 'no_match';
  note?: string;
}

export interface RealWorldCase {
  id: string;
  title: string;
  rule: string;
  fixed_rule?: string;
  alt_rule?: string;
  samples: RealWorldSample[];
}

/**
 * A case sample as a playground Sample. `argv`, when given, is the exact argv (the cmdline is
 * then only how a person would read it), so the command is rebuilt from it with quoting.
 * `container: true` is the playground's standard container, absent/false the host.
 */
export function toSample(s: RealWorldSample, index: number): Sample {
  const command = s.argv ? s.argv.map((w, i) => (i === 0 && w.includes('=') ? `'${w}'` : quoteWord(w))).join(' ') : s.cmdline;
  const sample: Sample = { id: `s${index + 1}`, command };
  if (s.parent !== undefined) sample.parent = s.parent;
  if (s.parent_missing) sample.parentMissing = true;
  if (s.ancestors) sample.ancestors = s.ancestors;
  if (s.user !== undefined) sample.user = s.user;
  sample.container = s.container === true ? undefined : typeof s.container === 'string' ? s.container : 'host';
  if (s.fields) sample.fields = Object.fromEntries(Object.entries(s.fields).map(([k, v]) => [k, v === null ? null : String(v)]));
  if (s.note !== undefined) sample.note = s.note;
  return sample;
}
