/**
 * Fuzz: the condition parser and the evaluator never throw; a parse error has a range inside the
 * text; a compiled condition evaluates to a boolean on any event (including events built from
 * hostile command lines).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCondition } from '../../src/engine/condition';
import { compileCondition } from '../../src/engine/eval';
import { sampleToEvent } from '../../src/engine/sample';
import type { FalcoEvent } from '../../src/engine/event/types';
import { commandText, conditionText, validRange } from './arbitraries';

const EVENTS: FalcoEvent[] = ['iptables -F', 'systemctl stop falco', 'sh -c "curl x | sh"', '', 'a'.repeat(300)]
  .map((command) => sampleToEvent({ id: 'x', command }))
  .flatMap((r) => (r.ok ? [r.event] : []));

describe('fuzz: condition parser', () => {
  it('returns an AST or an error with a valid range, never throws', () => {
    fc.assert(fc.property(conditionText, (text) => {
      const r = parseCondition(text);
      if (!r.ok) expect(validRange(r.error.range, text.length), JSON.stringify(r.error.range)).toBe(true);
    }), { numRuns: 40_000 });
  });
});

describe('fuzz: evaluator', () => {
  it('compiles or reports, and every compiled condition evaluates to a boolean on every event', () => {
    fc.assert(fc.property(conditionText, fc.constantFrom('container', 'none') as fc.Arbitrary<'container' | 'none'>, (text, plugins) => {
      const p = parseCondition(text);
      if (!p.ok) return;
      const c = compileCondition(p.ast, { plugins });
      if (!c.ok) {
        expect(typeof c.error.message).toBe('string');
        return;
      }
      for (const ev of EVENTS) expect(typeof c.filter.evaluate(ev)).toBe('boolean');
    }), { numRuns: 30_000 });
  });

  it('evaluates fixed conditions over events from arbitrary command lines', () => {
    const conds = ['proc.args contains "-F"', 'proc.cmdline glob "*sh*"', 'proc.name regex "(a+)+$"', 'proc.pname in (bash, sh)',
      'proc.args pmatch (/tmp)', 'tolower(proc.cmdline) icontains X', 'proc.aname[3] exists', 'proc.env[HOME] startswith /'];
    const filters = conds.map((t) => {
      const p = parseCondition(t);
      if (!p.ok) throw new Error(`${t}: ${p.error.message}`);
      const c = compileCondition(p.ast);
      if (!c.ok) throw new Error(`${t}: ${c.error.message}`);
      return c.filter;
    });
    fc.assert(fc.property(commandText, (command) => {
      const r = sampleToEvent({ id: 'f', command });
      if (!r.ok) return;
      for (const f of filters) expect(typeof f.evaluate(r.event)).toBe('boolean');
    }), { numRuns: 20_000 });
  });
});
