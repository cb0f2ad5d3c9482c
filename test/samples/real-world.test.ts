import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { evaluateRules, loadRules } from '../../src/engine/rules';
import { CONTAINER_SHELL_DEFAULTS } from '../../src/engine/sample/context';
import { sampleToEvent } from '../../src/engine/sample/to-event';
import { realWorldDir } from './oracle-events';
import { toSample, type RealWorldCase } from './real-world-samples';

/**
 * Acceptance: every verdict of every real-world case (../shared/corpus/real-world/*.yaml), for
 * each rule variant, from samples built the way a person would type them in the playground.
 */
if (!existsSync(realWorldDir)) throw new Error(`Real-world corpus not found: looked in ${realWorldDir}.`);
const files = readdirSync(realWorldDir).filter((f) => f.endsWith('.yaml')).sort();

const VARIANTS = [
  ['rule', 'expect'],
  ['fixed_rule', 'expect_fixed'],
  ['alt_rule', 'expect_alt'],
] as const;

describe('real-world cases', () => {
  it('are present', () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    const c = parse(readFileSync(path.join(realWorldDir, file), 'utf8')) as RealWorldCase;
    for (const [ruleKey, expectKey] of VARIANTS) {
      const rules = c[ruleKey];
      if (rules === undefined) continue;
      const checked = c.samples.filter((s) => s[expectKey] !== undefined);
      it(`${c.id} ${ruleKey}: ${c.title}`, () => {
        expect(checked.length).toBeGreaterThan(0);
        const loaded = loadRules([{ name: file, content: rules }]);
        expect(loaded.errors).toEqual([]);
        const wrong: string[] = [];
        checked.forEach((s, i) => {
          const sample = toSample(s, i);
          // A case in a container runs as the runtime's shell, not over ssh.
          const r = sampleToEvent(sample, s.container === true ? CONTAINER_SHELL_DEFAULTS : undefined);
          if (!r.ok) throw new Error(`${sample.command}: ${r.error.message}`);
          const matched = evaluateRules(loaded, r.event).matched.length > 0;
          if ((matched ? 'match' : 'no_match') !== s[expectKey]) wrong.push(`${sample.command} (${s[expectKey]}, got ${matched ? 'match' : 'no_match'})`);
        });
        expect(wrong).toEqual([]);
      });
    }
  }
});
