import { describe, expect, it } from 'vitest';
import { SEED_RULES_YAML, SEED_FIXED_RULES_YAML, SEED_RULE_NAME } from '../../src/engine/sample/seed';
import { analyze, ruleExplainContext, USER_RULES_FILE } from '../../src/engine/analyze';
import { explainEvent, explainSources, renderAlert } from '../../src/engine/explain';
import { explainAll, explainOne, flatten, marked, rulesWith } from './helpers';

const MACROS = `
- list: firewall_tools
  items: [iptables, ip6tables]
- list: stop_words
  items: [stop, kill]
- macro: firewall
  condition: proc.name in (firewall_tools)
- macro: inner
  condition: proc.args contains "-F"
- macro: flushing
  condition: firewall and inner
`;

describe('explanation tree: logic and short-circuit', () => {
  it('and stops at the first false child; the rest is not evaluated', () => {
    const e = explainOne('proc.name = ls and proc.args contains stop', 'systemctl stop falco');
    expect(e.root.kind).toBe('and');
    expect(e.root.children?.map((c) => c.status)).toEqual(['false', 'not_evaluated']);
  });
  it('or stops at the first true child', () => {
    const e = explainOne('proc.name = systemctl or proc.name = ls', 'systemctl stop falco');
    expect(e.root.status).toBe('true');
    expect(e.root.children?.map((c) => c.status)).toEqual(['true', 'not_evaluated']);
  });
  it('not over a missing value is true, the check itself says "no value"', () => {
    const e = explainOne('not fd.name = /etc/passwd', 'ls');
    expect(e.root.kind).toBe('not');
    expect(e.root.status).toBe('true');
    expect(e.root.children?.[0]).toMatchObject({ kind: 'check', status: 'no_value', values: [{ field: 'fd.name', value: null }] });
  });
  it('ids are paths, the same for every sample', () => {
    const [a, b] = explainAll(rulesWith('proc.name = ls or (proc.name = cat and proc.args contains x)'), ['ls', 'cat x']);
    expect(flatten(a.root).map((n) => n.id)).toEqual(flatten(b.root).map((n) => n.id));
    expect(flatten(a.root).map((n) => n.id)).toEqual(['0', '0.0', '0.1', '0.1.0', '0.1.1']);
  });
});

describe('explanation tree: macros and lists', () => {
  it('keeps macro names, nested, with their bodies as children', () => {
    const e = explainOne('flushing', 'iptables -F', MACROS);
    expect(e.root).toMatchObject({ kind: 'macro', text: 'flushing', status: 'true' });
    expect(e.root.macro).toMatchObject({ name: 'flushing', condition: 'firewall and inner', file: USER_RULES_FILE });
    const body = e.root.children![0];
    expect(body.kind).toBe('and');
    expect(body.children!.map((c) => [c.kind, c.text, c.status])).toEqual([['macro', 'firewall', 'true'], ['macro', 'inner', 'true']]);
    const inner = body.children![1].children![0];
    expect(inner).toMatchObject({ kind: 'check', text: 'proc.args contains "-F"' });
    expect(marked(inner)).toEqual(['-F']);
  });
  it('shows list names with their items', () => {
    const e = explainOne('flushing', 'iptables -F', MACROS);
    const check = flatten(e.root).find((n) => n.text === 'proc.name in (firewall_tools)')!;
    expect(check.lists).toEqual([{ name: 'firewall_tools', items: ['iptables', 'ip6tables'] }]);
    const direct = explainOne('proc.args contains anyof (stop_words)', 'systemctl stop falco', MACROS);
    expect(direct.root.lists).toEqual([{ name: 'stop_words', items: ['stop', 'kill'] }]);
    expect(marked(direct.root)).toEqual(['stop']);
  });
  it('ranges point into the rules text, inside the macro for its clauses', () => {
    const text = rulesWith('flushing and proc.name != ls', MACROS);
    const [e] = explainAll(text, ['iptables -F']);
    const nodes = flatten(e.root);
    for (const n of nodes) expect(n.range, n.text).toBeDefined();
    const slice = (t: string) => { const n = nodes.find((x) => x.text === t)!; return text.slice(n.range!.start, n.range!.end); };
    expect(slice('proc.args contains "-F"')).toBe('proc.args contains "-F"');
    expect(slice('flushing')).toBe('flushing');
    expect(slice('proc.name != ls')).toBe('proc.name != ls');
  });
  it('a false macro inside not', () => {
    const e = explainOne('proc.name = systemctl and not firewall', 'systemctl stop falco', MACROS);
    expect(e.root.children![1]).toMatchObject({ kind: 'not', status: 'true' });
    expect(e.root.children![1].children![0]).toMatchObject({ kind: 'macro', text: 'firewall', status: 'false' });
  });
  it('exceptions appear after the written condition', () => {
    const text = `
- rule: R
  desc: d
  condition: proc.name = systemctl
  output: "hit %proc.name"
  priority: NOTICE
  exceptions:
    - name: allowed
      fields: [proc.args]
      comps: [contains]
      values: [[reload]]
`;
    const [stop, reload] = explainAll(text, ['systemctl stop falco', 'systemctl reload x']);
    expect(stop.root.children![0]).toMatchObject({ kind: 'check', text: 'proc.name = systemctl', status: 'true' });
    expect(stop.root.children![1]).toMatchObject({ kind: 'exception', status: 'true' });
    expect(reload.matched).toBe(false);
    expect(reload.root.children![1].status).toBe('false');
  });
});

describe('the seed rule', () => {
  const input = (rulesText: string) => ({
    rulesText, base: 'stock' as const, plugins: 'container' as const,
    samples: [{ id: 'sw', command: 'systemctl reload falco-helper-stopwatch.service' }, { id: 'st', command: 'systemctl stop falco' }],
  });
  function explainSeed(rulesText: string) {
    const inp = input(rulesText);
    const a = analyze(inp);
    const ctx = ruleExplainContext(inp, SEED_RULE_NAME)!;
    const sources = explainSources(rulesText, USER_RULES_FILE, ctx);
    return { ctx, a, ex: a.samples.map((s) => explainEvent(ctx, sources, s.event!)!) };
  }
  it('the stopwatch row matches because of the stop in stopwatch and the falco in the unit name', () => {
    const { ex } = explainSeed(SEED_RULES_YAML);
    const nodes = flatten(ex[0].root);
    expect(ex[0].matched).toBe(true);
    const stop = nodes.find((n) => n.text === 'proc.args contains "stop"' && n.status === 'true')!;
    const m = stop.matches![0];
    expect(m.value).toBe('reload falco-helper-stopwatch.service');
    expect(m.value.slice(m.start, m.end)).toBe('stop');
    expect(m.value.slice(0, m.end)).toBe('reload falco-helper-stop');
    const falco = nodes.find((n) => n.text === 'proc.args contains "falco"' && n.status === 'true')!;
    expect(marked(falco)).toEqual(['falco']);
    expect(nodes.filter((n) => n.kind === 'macro').map((n) => n.text))
      .toEqual(['spawned_process', 'container', 'user_known_security_tool_disable_activities', 'never_true']);
    // Base-file macros reveal their reference in the user's rule.
    const sp = nodes.find((n) => n.text === 'spawned_process')!;
    expect(sp.macro?.file).not.toBe(USER_RULES_FILE);
    expect(sp.children![0].range).toEqual(sp.range);
  });
  it('after the reviewer\'s fix the stopwatch row is explained as a miss', () => {
    const { ex } = explainSeed(SEED_FIXED_RULES_YAML);
    expect(ex[0].matched).toBe(false);
    expect(ex[1].matched).toBe(true);
  });
  it('renders the alert with the priority first', () => {
    const { ctx, a } = explainSeed(SEED_RULES_YAML);
    const alert = renderAlert(ctx, a.samples[1].event!)!;
    expect(alert.startsWith('Warning Security tool disabled or firewall rules cleared in container | args=stop falco ')).toBe(true);
  });
});

describe('when the written text and the trace disagree', () => {
  it('an appended condition is explained from the trace, with the verdict intact', () => {
    const text = `
- rule: R
  desc: d
  condition: proc.name = systemctl
  output: "hit %proc.name"
  priority: NOTICE
- rule: R
  condition: and proc.args contains stop
  override:
    condition: append
`;
    const [e] = explainAll(text, ['systemctl stop falco']);
    expect(e.matched).toBe(true);
    const checks = flatten(e.root).filter((n) => n.kind === 'check');
    expect(checks.map((c) => c.status)).toEqual(['true', 'true']);
    expect(marked(checks[1])).toEqual(['stop']);
  });
  it('a rule without a compiled filter has no explanation', () => {
    expect(() => explainOne('proc.nmae = x', 'ls')).toThrow(/rules do not load/);
  });
});

describe('clause text', () => {
  it('keeps the spaces inside quoted values and joins wrapped lines', () => {
    const text = `
- rule: R
  desc: d
  condition: >
    proc.args contains "a  b" or
    proc.name in (ls,
      cat)
  output: "hit %proc.name"
  priority: NOTICE
`;
    const [e] = explainAll(text, ['ls']);
    expect(e.root.children!.map((c) => c.text)).toEqual(['proc.args contains "a  b"', 'proc.name in (ls, cat)']);
  });
});
