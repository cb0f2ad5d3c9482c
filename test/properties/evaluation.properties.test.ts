/**
 * Properties of the evaluator over random conditions and random events (spec issue 3.7): logical
 * identities that hold in libsinsp's two-valued evaluation (a check on a missing value is false,
 * `not` of it true, spec 2.1), the text not mattering beyond its tokens, and libsinsp's printer
 * giving a condition that means the same. Each property compares the whole outcome of two
 * conditions on the same events: whether they compile (and with which error), and every verdict.
 *
 * Events come from generated samples (arbitraries.ts: command lines, parents, users, containers,
 * environment, explicit field values including "no value"), turned into events by sampleToEvent
 * as the app does. Seeded (test/setup/fast-check-seed.ts); counterexamples found are kept below.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatParseError, parseCondition, printCondition, type Expr } from '../../src/engine/condition';
import { compileCondition } from '../../src/engine/eval';
import type { FalcoEvent } from '../../src/engine/event/types';
import type { PluginMode } from '../../src/engine/fields/catalog';
import { sampleToEvent } from '../../src/engine/sample';
import { SEP, blanks, evaluationCondition, sampleArb, spaced } from './arbitraries';

type Outcome = { compiled: false; error: string } | { compiled: true; verdicts: boolean[] };

function parse(text: string): Expr {
  const r = parseCondition(text, { maxDepth: 1000 });
  if (!r.ok) throw new Error(`${JSON.stringify(text)} does not parse: ${formatParseError(r.error)}`);
  return r.ast;
}

function outcomeOf(ast: Expr, events: FalcoEvent[], plugins: PluginMode): Outcome {
  const c = compileCondition(ast, { plugins });
  if (!c.ok) return { compiled: false, error: c.error.message };
  return { compiled: true, verdicts: events.map((ev) => c.filter.evaluate(ev)) };
}

const outcome = (text: string, events: FalcoEvent[], plugins: PluginMode) => outcomeOf(parse(text), events, plugins);

const eventsArb = fc.array(sampleArb, { minLength: 1, maxLength: 4 }).map((samples) => samples.map((s) => {
  const r = sampleToEvent(s);
  if (!r.ok) throw new Error(`generated sample ${JSON.stringify(s)} does not run: ${r.error.message}`);
  return r.event;
}));
const pluginsArb = fc.constantFrom<PluginMode>('container', 'container', 'none');
/** Conditions as plain text (single spaces between tokens). */
const condition = evaluationCondition().map(spaced);

const RUNS = 300;

describe('evaluation properties over random conditions and events', () => {
  it('most generated conditions compile, and they decide both ways (the properties are not vacuous)', () => {
    let compiled = 0;
    const seen = new Set<boolean>();
    fc.assert(fc.property(condition, eventsArb, (c, events) => {
      const o = outcome(c, events, 'container');
      if (o.compiled) {
        compiled++;
        for (const v of o.verdicts) seen.add(v);
      }
    }), { numRuns: RUNS });
    expect(compiled).toBeGreaterThan(RUNS / 2);
    expect([...seen].sort()).toEqual([false, true]);
  });

  it("the explanation (trace) reaches the filter's verdict on every event", () => {
    fc.assert(fc.property(condition, eventsArb, pluginsArb, (c, events, plugins) => {
      const compiled = compileCondition(parse(c), { plugins });
      if (!compiled.ok) return;
      for (const ev of events) expect(compiled.filter.trace(ev).result).toBe(compiled.filter.evaluate(ev));
    }), { numRuns: RUNS });
  });

  it('`not not x` has the verdict of x, written with or without parentheses', () => {
    fc.assert(fc.property(condition, eventsArb, pluginsArb, (x, events, plugins) => {
      const want = outcome(x, events, plugins);
      expect(outcome(`not not (${x})`, events, plugins)).toEqual(want);
      expect(outcome(`not (not (${x}))`, events, plugins)).toEqual(want);
      // `not` binds to the first check only, and twice cancels out there too
      expect(outcome(`not not ${x}`, events, plugins)).toEqual(want);
    }), { numRuns: RUNS });
  });

  it('De Morgan: not (a and b) = not a or not b, and not (a or b) = not a and not b', () => {
    fc.assert(fc.property(condition, condition, eventsArb, pluginsArb, (a, b, events, plugins) => {
      expect(outcome(`not ((${a}) and (${b}))`, events, plugins)).toEqual(outcome(`(not (${a})) or (not (${b}))`, events, plugins));
      expect(outcome(`not ((${a}) or (${b}))`, events, plugins)).toEqual(outcome(`(not (${a})) and (not (${b}))`, events, plugins));
    }), { numRuns: RUNS });
  });

  it('a and b = b and a, a or b = b or a (in verdict; both compile or neither does)', () => {
    const shape = (o: Outcome) => (o.compiled ? o : { compiled: false });
    fc.assert(fc.property(condition, condition, eventsArb, pluginsArb, (a, b, events, plugins) => {
      expect(shape(outcome(`(${a}) and (${b})`, events, plugins))).toEqual(shape(outcome(`(${b}) and (${a})`, events, plugins)));
      expect(shape(outcome(`(${a}) or (${b})`, events, plugins))).toEqual(shape(outcome(`(${b}) or (${a})`, events, plugins)));
    }), { numRuns: RUNS });
  });

  /**
   * libsinsp skips space, TAB, \r, \n and backspace between tokens (lex_blank), but backspace is
   * not `[[:space:]]`, which is what ends a bare value (`iptables\band` is one word, oracle
   * grammar-156) and what must follow `not` (`not[[:space:]]+`; `not\b(x)` reads `not` as a macro
   * name). So a backspace is generated only where it is a blank: not after `not` nor after a value
   * that is not quoted or a list (see the tests after this block).
   */
  it('blanks and line breaks between tokens change nothing', () => {
    fc.assert(fc.property(evaluationCondition(), fc.infiniteStream(blanks), blanks, eventsArb, pluginsArb, (c, stream, edge, events, plugins) => {
      const parts = c.split(SEP);
      const it = stream[Symbol.iterator]();
      let text = parts[0];
      for (let k = 1; k < parts.length; k++) {
        const blank = it.next().value as string;
        text += (backspaceIsBlankAfter(parts, k - 1) ? blank : blank.replaceAll('\b', ' ')) + parts[k];
      }
      // leading and trailing blanks too
      const tail = backspaceIsBlankAfter(parts, parts.length - 1) ? edge : edge.replaceAll('\b', ' ');
      expect(outcome(edge + text + tail, events, plugins)).toEqual(outcome(spaced(c), events, plugins));
    }), { numRuns: RUNS });
  });

  /**
   * parse → print (libsinsp's as_string) → parse keeps the meaning, and the printed text is a fixed
   * point. The generator leaves out the constructs as_string is documented to lose
   * (arbitraries.ts, ConditionOptions.printable), so printed text that does not parse is a failure.
   */
  it('parse → print → parse is stable: the printed text parses, prints back the same, and decides the same', () => {
    fc.assert(fc.property(evaluationCondition({ printable: true }).map(spaced), eventsArb, pluginsArb, (c, events, plugins) => {
      const ast = parse(c);
      const printed = printCondition(ast);
      const again = parse(printed);
      expect(printCondition(again)).toBe(printed);
      expect(outcomeOf(again, events, plugins)).toEqual(outcomeOf(ast, events, plugins));
    }), { numRuns: RUNS });
  });
});

/** Operators and modifiers after which the next token is a right-hand side value. */
const VALUE_BEFORE = new Set(['=', '==', '!=', '<', '<=', '>', '>=', 'contains', 'icontains', 'startswith', 'endswith', 'glob', 'iglob', 'regex', 'in', 'intersects', 'pmatch', 'oneof', 'anyof', 'allof']);

/** Whether libsinsp reads a backspace after token `parts[i]` as a blank (see the property above). */
function backspaceIsBlankAfter(parts: string[], i: number): boolean {
  if (parts[i] === 'not') return false;
  const isValue = i > 0 && VALUE_BEFORE.has(parts[i - 1]) && !['oneof', 'anyof', 'allof'].includes(parts[i]);
  return !isValue || parts[i].startsWith('(') || parts[i].startsWith('"') || parts[i].endsWith(')');
}

describe('where a backspace is not a blank (found by the whitespace property)', () => {
  it('it separates tokens after a field, an operator, a parenthesis, and/or', () => {
    expect(parseCondition('(proc.name\b=\b"a")\band\b(proc.pname\bin\b(b))').ok).toBe(true);
  });
  it('a bare value runs through it (the value is `a` and the backspace)', () => {
    const r = parseCondition('proc.name = a\b and proc.pname = b');
    expect(r.ok && r.ast.kind === 'and' && r.ast.children[0].kind === 'binaryCheck' && r.ast.children[0].right).toMatchObject({ kind: 'value', value: 'a\b' });
    // as in the oracle's grammar-156: `iptables\band` is one word
    const g = parseCondition('proc.name = iptables\band proc.args contains -F');
    expect(!g.ok && formatParseError(g.error)).toBe("filter error at index 25, line 1, column 26: unexpected token after 'iptables\band', expecting 'or', 'and'");
  });
  it('`not` needs [[:space:]] or `(` after it: with a backspace it is a macro name', () => {
    const r = parseCondition('not\b(proc.name = a)');
    expect(!r.ok && formatParseError(r.error)).toBe("filter error at index 4, line 1, column 5: unexpected token after 'not', expecting 'or', 'and'");
  });
});
