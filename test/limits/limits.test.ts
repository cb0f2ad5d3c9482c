/**
 * Limits, each tested at and past the limit: parser nesting depth (libsinsp 100, Falco's loader
 * 1000), macro expansion size, condition size, rules file size, number of samples, decompressed
 * link size, and linear-time regex. Every refusal is a message with a range inside the text.
 */
import { describe, expect, it } from 'vitest';
import { parseCondition, DEFAULT_MAX_DEPTH } from '../../src/engine/condition';
import { compileCondition } from '../../src/engine/eval';
import { loadRules } from '../../src/engine/rules';
import { MAX_EXPANDED_NODES, resolveMacros } from '../../src/engine/rules/macros';
import { sampleToEvent } from '../../src/engine/sample';
import { decodeState, encodeState, MAX_PAYLOAD_BYTES } from '../../src/share';
import { applyLimits, MAX_RULES_CHARS, MAX_SAMPLES } from '../../src/worker/limits';
import type { AnalysisInput } from '../../src/engine/analyze';

const rule = (cond: string) => `- rule: r\n  desc: d\n  condition: ${cond}\n  output: o\n  priority: WARNING\n`;
const nested = (n: number) => '('.repeat(n) + 'proc.name=a' + ')'.repeat(n);

/** The deepest nesting accepted by `accepts` (binary search; accepts is monotone). */
function deepestAccepted(accepts: (n: number) => boolean, hi: number): number {
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (accepts(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

describe('nesting depth', () => {
  it(`the condition parser stops at libsinsp's default depth (${DEFAULT_MAX_DEPTH}) with a positioned error`, () => {
    const max = deepestAccepted((n) => parseCondition(nested(n)).ok, 200);
    expect(max).toBeGreaterThan(10);
    expect(max).toBeLessThan(DEFAULT_MAX_DEPTH);
    const text = nested(max + 1);
    const past = parseCondition(text);
    expect(past.ok).toBe(false);
    if (!past.ok) {
      expect(past.error.message).toBe(`exceeded max depth limit of ${DEFAULT_MAX_DEPTH}`);
      expect(past.error.range.start).toBeGreaterThanOrEqual(0);
      expect(past.error.range.end).toBeLessThanOrEqual(text.length);
    }
  });

  it("the rules loader allows deeper nesting (Falco's loader sets 1000) and stops past it", () => {
    const loads = (n: number) => loadRules([{ name: 'r.yaml', content: rule(nested(n)) }]).ok;
    const max = deepestAccepted(loads, 1200);
    expect(max).toBeGreaterThan(DEFAULT_MAX_DEPTH);
    const content = rule(nested(max + 1));
    const r = loadRules([{ name: 'r.yaml', content }]);
    expect(r.ok).toBe(false);
    expect(r.errors[0].message).toContain('exceeded max depth limit of 1000');
    expect(r.errors[0].range.end).toBeLessThanOrEqual(content.length);
    // Far past the limit is as quick (no recursion overflow).
    const t0 = performance.now();
    expect(loadRules([{ name: 'r.yaml', content: rule(nested(50_000)) }]).ok).toBe(false);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

describe('macro expansion', () => {
  const doubling = (n: number) => {
    let y = '- macro: m0\n  condition: proc.name = a\n';
    for (let i = 1; i <= n; i++) y += `- macro: m${i}\n  condition: m${i - 1} or m${i - 1}\n`;
    return y + rule(`evt.type = execve and m${n}`);
  };

  it('a macro used exponentially often is cut off with a message at its reference, quickly', () => {
    const content = doubling(40);
    const t0 = performance.now();
    const r = loadRules([{ name: 'r.yaml', content }], { lenient: true });
    expect(performance.now() - t0).toBeLessThan(10_000);
    const tooLarge = r.errors.filter((e) => e.message.startsWith('macro expansion too large'));
    expect(tooLarge.length).toBeGreaterThan(0);
    const onRule = tooLarge.find((e) => e.itemType === 'rule');
    expect(onRule).toBeDefined();
    expect(content.slice(onRule!.range.start, onRule!.range.end)).toBe('m40');
  });

  it('below the limit the same shape loads and evaluates', () => {
    const r = loadRules([{ name: 'r.yaml', content: doubling(10) }]);
    expect(r.ok).toBe(true);
    const ev = sampleToEvent({ id: 'x', command: 'a' });
    expect(ev.ok && r.rules[0].filter!.evaluate(ev.event)).toBe(true);
  });

  it('resolveMacros: at the limit it inlines, one node past it reports', () => {
    const leaf = parseCondition('proc.name = a');
    const top = parseCondition('m or m');
    if (!leaf.ok || !top.ok) throw new Error('fixture');
    const macros = new Map([['m', leaf.ast]]);
    // Inlining `m or m` visits the or node, then each reference and the check it expands to.
    const size = 1 + 2 * 2;
    expect(resolveMacros(top.ast, macros, size).errors).toEqual([]);
    const past = resolveMacros(top.ast, macros, size - 1);
    expect(past.errors[0].message).toContain(`more than ${size - 1} nodes`);
    expect(MAX_EXPANDED_NODES).toBeGreaterThanOrEqual(10_000);
  });
});

describe('condition and rules file size', () => {
  it('a 100,000-character condition loads and evaluates', () => {
    const cond = Array.from({ length: 6000 }, (_, i) => `proc.name=a${i}`).join(' or ');
    expect(cond.length).toBeGreaterThan(100_000);
    const r = loadRules([{ name: 'r.yaml', content: rule(cond) }]);
    expect(r.ok).toBe(true);
    const ev = sampleToEvent({ id: 'x', command: 'a5999' });
    expect(ev.ok && r.rules[0].filter!.evaluate(ev.event)).toBe(true);
  });

  const input = (rulesText: string, samples = 1): AnalysisInput => ({
    rulesText, base: 'none', plugins: 'container', samples: Array.from({ length: samples }, (_, i) => ({ id: `s${i}`, command: 'ls' })),
  });

  it(`a rules file of ${MAX_RULES_CHARS} characters is analysed; one more is refused with a message at the cut`, () => {
    expect(applyLimits(input('#'.repeat(MAX_RULES_CHARS))).refused).toBeUndefined();
    const text = '#'.repeat(MAX_RULES_CHARS + 1);
    const r = applyLimits(input(text));
    expect(r.refused?.diagnostics[0].code).toBe('FRP_RULES_TOO_LARGE');
    expect(r.refused?.diagnostics[0].range).toEqual({ start: MAX_RULES_CHARS, end: text.length });
  });

  it('a 1 MB rules file with thousands of macros loads in seconds, not minutes', () => {
    let y = '';
    for (let i = 0; y.length < 1_000_000; i++) y += `- macro: m${i}\n  condition: proc.name = a${i} and proc.args contains "x${i}"\n`;
    const t0 = performance.now();
    const r = loadRules([{ name: 'r.yaml', content: y + rule('m0') }], { lenient: true });
    expect(r.errors).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(30_000);
  }, 60_000);

  it(`${MAX_SAMPLES} samples are evaluated; past that the rest are cut with a warning`, () => {
    expect(applyLimits(input('', MAX_SAMPLES)).problems).toEqual([]);
    const r = applyLimits(input('', MAX_SAMPLES + 5));
    expect(r.input.samples).toHaveLength(MAX_SAMPLES);
    expect(r.problems[0].code).toBe('FRP_TOO_MANY_SAMPLES');
  });
});

describe('share link size', () => {
  const state = (samplesYaml: string) => ({ v: 1 as const, rules: '', base: 'stock' as const, samplesYaml });

  it('a link that inflates to just under the cap opens; one that inflates past it is refused', () => {
    const under = encodeState(state('#'.repeat(MAX_PAYLOAD_BYTES - 200)));
    expect(decodeState(under).ok).toBe(true);
    const over = encodeState(state('#'.repeat(MAX_PAYLOAD_BYTES * 8)));
    expect(over.length).toBeLessThan(100_000); // tiny link, huge content
    const r = decodeState(over);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('expands to more than');
  });
});

describe('regex is linear time (RE2)', () => {
  it.each(['(a+)+$', '(a|aa)+$', '(.*a){20}', '^(a?){30}a{30}$'])('the hostile pattern %s on a long input finishes quickly', (pattern) => {
    const p = parseCondition(`proc.args regex "${pattern}"`);
    if (!p.ok) throw new Error(p.error.message);
    const c = compileCondition(p.ast);
    if (!c.ok) throw new Error(c.error.message);
    const ev = sampleToEvent({ id: 'x', command: `echo ${'a'.repeat(20_000)}!` });
    if (!ev.ok) throw new Error(ev.error.message);
    const t0 = performance.now();
    c.filter.evaluate(ev.event);
    expect(performance.now() - t0).toBeLessThan(1_000);
  });
});
