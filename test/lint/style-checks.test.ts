import { describe, expect, it } from 'vitest';
import { STOCK_RULES_FILE } from '../../src/engine/base/stock';
import { lintRules, type LintEvent } from '../../src/engine/lint';
import { loadRules } from '../../src/engine/rules';
import { codesOf, fixed, hintOf, lint, lintEvents, ruleText, slice, STANDARD } from './helpers';

const FILE = 'r.yaml';


/**
 * Style-guide checks (spec §6.3): each fires on a bad example and stays silent on a good one,
 * and its quick fix (where one is meaningful) gives a file that loads, without the hint.
 */
describe('output style', () => {
  it('says nothing about a well-formed spawned-process rule', () => {
    expect(codesOf(ruleText()).filter((c) => c.includes('OUTPUT'))).toEqual([]);
  });

  it('network rules print connection, lport, rport, fd_type and fd_proto (item 19)', () => {
    const bad = ruleText({ condition: 'evt.type = connect and fd.sport = 4444', output: `Outbound connection | ${STANDARD}`, tags: '[maturity_sandbox, host, network, mitre_command_and_control, T1071]' });
    expect(hintOf(bad, 'FRP_LINT_OUTPUT_NETWORK_FIELDS').message).toContain('connection=%fd.name lport=%fd.lport rport=%fd.rport fd_type=%fd.type fd_proto=%fd.l4proto');
    const out = fixed(bad, 'FRP_LINT_OUTPUT_NETWORK_FIELDS');
    expect(out).toContain(`${STANDARD} connection=%fd.name lport=%fd.lport rport=%fd.rport fd_type=%fd.type fd_proto=%fd.l4proto\n`);
    expect(codesOf(ruleText())).not.toContain('FRP_LINT_OUTPUT_NETWORK_FIELDS');
  });

  it('file rules print file=%fd.name (item 20)', () => {
    const bad = ruleText({ condition: 'evt.type in (open, openat, openat2) and fd.name startswith /etc/', output: `File opened | ${STANDARD}` });
    const out = fixed(bad, 'FRP_LINT_OUTPUT_FILE_FIELD');
    expect(out).toContain(`${STANDARD} file=%fd.name\n`);
    expect(codesOf(ruleText())).not.toContain('FRP_LINT_OUTPUT_FILE_FIELD');
    // A network rule prints fd.name as the connection instead.
    expect(codesOf(ruleText({ condition: 'evt.type = connect and fd.sport = 4444', output: `x | ${STANDARD}` }))).not.toContain('FRP_LINT_OUTPUT_FILE_FIELD');
  });
});

describe('output style: the other hints', () => {
  it('%container.info is deprecated (OUTPUT_CONTAINER_INFO)', () => {
    const bad = ruleText({ output: `Shell | ${STANDARD} exe_flags=%evt.arg.flags %container.info` });
    expect(fixed(bad, 'FRP_LINT_OUTPUT_CONTAINER_INFO')).toContain(`exe_flags=%evt.arg.flags\n`);
    expect(codesOf(ruleText())).not.toContain('FRP_LINT_OUTPUT_CONTAINER_INFO');
  });

  it('no id fields in upstream outputs (OUTPUT_ID_FIELD)', () => {
    const bad = ruleText({ output: `Shell | ${STANDARD} pid=%proc.pid exe_flags=%evt.arg.flags` });
    expect(slice(bad, hintOf(bad, 'FRP_LINT_OUTPUT_ID_FIELD').range)).toBe('pid=%proc.pid');
    expect(fixed(bad, 'FRP_LINT_OUTPUT_ID_FIELD')).toContain('terminal=%proc.tty exe_flags=%evt.arg.flags\n');
    expect(codesOf(ruleText())).not.toContain('FRP_LINT_OUTPUT_ID_FIELD');
  });

  it('a sentence, " | ", then the fields (OUTPUT_LAYOUT)', () => {
    const bad = ruleText({ output: `Shell spawned ${STANDARD} exe_flags=%evt.arg.flags` });
    expect(fixed(bad, 'FRP_LINT_OUTPUT_LAYOUT')).toContain(`output: Shell spawned | ${STANDARD}`);
    // Fields woven into the sentence need their author: no fix.
    expect(hintOf(ruleText({ output: `Shell %proc.name spawned by %proc.pname (${STANDARD})` }), 'FRP_LINT_OUTPUT_LAYOUT').fixes).toBeUndefined();
    expect(codesOf(ruleText())).not.toContain('FRP_LINT_OUTPUT_LAYOUT');
  });

  it('exe_flags only in spawned-process rules: the "must not" branch of OUTPUT_EXE_FLAGS', () => {
    const bad = ruleText({ condition: 'evt.type in (open, openat) and fd.name = /etc/shadow', output: `Shadow opened | ${STANDARD} file=%fd.name flags=%evt.arg.flags` });
    const h = hintOf(bad, 'FRP_LINT_OUTPUT_EXE_FLAGS');
    expect(h.message).toContain('belongs only in rules on spawned processes');
    expect(fixed(bad, 'FRP_LINT_OUTPUT_EXE_FLAGS')).toContain('file=%fd.name\n');
    // The "must" branch on a spawned-process rule without it.
    expect(hintOf(ruleText({ output: `Shell | ${STANDARD}` }), 'FRP_LINT_OUTPUT_EXE_FLAGS').message).toContain('include exe_flags=%evt.arg.flags');
    expect(codesOf(ruleText())).not.toContain('FRP_LINT_OUTPUT_EXE_FLAGS');
  });
});

describe('tag style', () => {
  it('a new rule is not maturity_stable (item 27)', () => {
    const bad = ruleText({ tags: '[maturity_stable, host, process, mitre_execution, T1059]' });
    expect(fixed(bad, 'FRP_LINT_TAGS_NEW_STABLE')).toContain('tags: [maturity_sandbox, host,');
    expect(fixed(bad, 'FRP_LINT_TAGS_NEW_STABLE', 1)).toContain('tags: [maturity_incubating, host,');
    expect(codesOf(ruleText())).not.toContain('FRP_LINT_TAGS_NEW_STABLE');
    // A rule of the base ruleset redefined in the user's file is not new.
    const base = { name: 'base.yaml', content: ruleText({ tags: '[maturity_stable, host]' }) + ruleText({ name: 'Other Rule' }) };
    const text = ruleText({ tags: '[maturity_stable, host, process, mitre_execution, T1059]' });
    const l = loadRules([STOCK_RULES_FILE, base, { name: FILE, content: text }], { lenient: true });
    expect(lintRules({ rulesText: text, file: FILE, load: l }).map((h) => h.code)).not.toContain('FRP_LINT_TAGS_NEW_STABLE');
  });

  it('rules carry tags (TAGS_MISSING), and the fix adds what the condition tells', () => {
    const bad = ruleText({ tags: null, condition: 'spawned_process and container and proc.name = bash' });
    expect(hintOf(bad, 'FRP_LINT_TAGS_MISSING').range).toEqual({ start: 8, end: 17 });
    const out = fixed(bad, 'FRP_LINT_TAGS_MISSING');
    expect(out).toMatch(/  priority: WARNING\n  tags: \[maturity_sandbox, container, process\]\n$/);
    expect(fixed(ruleText({ tags: '[]', condition: 'evt.type = connect and not container' }), 'FRP_LINT_TAGS_MISSING')).toContain('tags: [maturity_sandbox, host, network]');
    expect(codesOf(ruleText())).not.toContain('FRP_LINT_TAGS_MISSING');
  });

  it('tags the workload: host and/or container (TAGS_WORKLOAD)', () => {
    const bad = ruleText({ tags: '[maturity_sandbox, process, mitre_execution, T1059]', condition: 'spawned_process and container and proc.name = bash' });
    expect(fixed(bad, 'FRP_LINT_TAGS_WORKLOAD')).toContain('tags: [maturity_sandbox, container, process,');
    const block = ruleText({ tags: '\n    - maturity_sandbox\n    - process', condition: 'spawned_process and proc.name = bash' });
    expect(fixed(block, 'FRP_LINT_TAGS_WORKLOAD')).toContain('    - maturity_sandbox\n    - host\n    - container\n    - process');
    const onlyMaturity = ruleText({ tags: '[maturity_sandbox]', condition: 'spawned_process and not container' });
    expect(fixed(onlyMaturity, 'FRP_LINT_TAGS_WORKLOAD')).toContain('tags: [maturity_sandbox, host]');
    expect(codesOf(ruleText())).not.toContain('FRP_LINT_TAGS_WORKLOAD');
  });

  it('a MITRE tactic comes with its technique and the other way round (TAGS_MITRE, no fix)', () => {
    for (const tags of ['[maturity_sandbox, host, mitre_execution]', '[maturity_sandbox, host, T1059]']) {
      const h = hintOf(ruleText({ tags }), 'FRP_LINT_TAGS_MITRE');
      expect(h.fixes).toBeUndefined();
    }
    expect(codesOf(ruleText())).not.toContain('FRP_LINT_TAGS_MITRE');
  });
});

/** Verdicts of the file's first rule on some events (the file must load). */
function verdicts(text: string, events: LintEvent[]): boolean[] {
  const l = loadRules([STOCK_RULES_FILE, { name: FILE, content: text }]);
  expect(l.errors.map((e) => e.message)).toEqual([]);
  const r = l.rules.find((x) => x.file === FILE)!;
  return events.map((e) => r.filter!.evaluate(e.event));
}

describe('structure style', () => {
  const events = lintEvents('bash -i', 'sh -c id', 'ls -la');
  const hostEvents = events.map((e) => ({ ...e, event: { ...e.event, container: null } }));
  const all = [...events, ...hostEvents];

  it('moves the event-type restriction first (EVTTYPE_FIRST), keeping every verdict', () => {
    const bad = ruleText({ condition: '(proc.name = bash or proc.name = sh) and container and spawned_process' });
    const out = fixed(bad, 'FRP_LINT_EVTTYPE_FIRST');
    expect(out).toContain('condition: spawned_process and (proc.name = bash or proc.name = sh) and container\n');
    expect(verdicts(out, all)).toEqual(verdicts(bad, all));
    expect(codesOf(ruleText())).not.toContain('FRP_LINT_EVTTYPE_FIRST');
  });

  it('places container right after the event type (item 10)', () => {
    const bad = ruleText({ condition: 'spawned_process and proc.name in (bash, sh) and not proc.pname = sshd and container' });
    const out = fixed(bad, 'FRP_LINT_CONTAINER_EARLY');
    expect(out).toContain('condition: spawned_process and container and proc.name in (bash, sh) and not proc.pname = sshd\n');
    expect(verdicts(out, all)).toEqual(verdicts(bad, all));
    expect(codesOf(ruleText({ condition: 'spawned_process and container and proc.name = bash' }))).not.toContain('FRP_LINT_CONTAINER_EARLY');
  });

  it('removes "not not" (DOUBLE_NEGATION), keeping the parentheses it needs', () => {
    const bad = ruleText({ condition: 'spawned_process and not not (proc.name = bash or proc.name = sh)' });
    const out = fixed(bad, 'FRP_LINT_DOUBLE_NEGATION');
    expect(out).toContain('condition: spawned_process and (proc.name = bash or proc.name = sh)\n');
    expect(verdicts(out, all)).toEqual(verdicts(bad, all));
    expect(codesOf(ruleText())).not.toContain('FRP_LINT_DOUBLE_NEGATION');
  });

  it('writes an or of negations as one exclusion (item 11)', () => {
    const bad = ruleText({ condition: 'spawned_process and (not proc.name = bash or not (proc.args contains "-i" or proc.args = ""))' });
    const out = fixed(bad, 'FRP_LINT_NEGATED_OR');
    expect(out).toContain('condition: spawned_process and (not (proc.name = bash and (proc.args contains "-i" or proc.args = "")))\n');
    expect(verdicts(out, all)).toEqual(verdicts(bad, all));
    expect(codesOf(ruleText({ condition: 'spawned_process and not (proc.name = bash and proc.args contains "-i")' }))).not.toContain('FRP_LINT_NEGATED_OR');
  });

  it('keeps one kind of event per rule (item 8, no fix)', () => {
    const h = hintOf(ruleText({ condition: 'evt.type in (execve, connect) and proc.name = bash' }), 'FRP_LINT_MIXED_EVTTYPES');
    expect(h.message).toContain('execve, connect');
    expect(h.fixes).toBeUndefined();
    expect(codesOf(ruleText({ condition: 'evt.type in (open, openat, openat2) and fd.name = /etc/shadow', output: `x | ${STANDARD} file=%fd.name` }))).not.toContain('FRP_LINT_MIXED_EVTTYPES');
    expect(codesOf(ruleText({ condition: 'spawned_process and evt.type = connect' }))).toContain('FRP_LINT_MIXED_EVTTYPES');
  });

  it('orders the keys (KEY_ORDER), moving each value and its comment lines', () => {
    const bad = '- rule: Test Rule\n  priority: WARNING\n  condition: >\n    spawned_process and\n    proc.name = bash\n  # why bash\n  desc: A test rule.\n  enabled: true\n  output: Shell | command=%proc.cmdline\n  tags: [maturity_sandbox, host]\n';
    const out = fixed(bad, 'FRP_LINT_KEY_ORDER');
    expect(out).toBe('- rule: Test Rule\n  desc: A test rule.\n  condition: >\n    spawned_process and\n    proc.name = bash\n  # why bash\n  output: Shell | command=%proc.cmdline\n  enabled: true\n  priority: WARNING\n  tags: [maturity_sandbox, host]\n');
    expect(verdicts(out, all)).toEqual(verdicts(bad, all));
    expect(codesOf(ruleText())).not.toContain('FRP_LINT_KEY_ORDER');
  });

  it('raises a DEBUG priority to INFO', () => {
    expect(fixed(ruleText({ priority: 'DEBUG' }), 'FRP_LINT_PRIORITY_DEBUG')).toContain('  priority: INFO\n');
  });

  it('renames a macro or list to lowercase_with_underscores with its uses (NAME_STYLE)', () => {
    const bad = '- list: MyShells\n  items: [bash, sh]\n- list: all_tools\n  items: [MyShells, ls]\n- macro: ShellSpawned\n  condition: spawned_process and proc.name in (MyShells)\n' + ruleText({ condition: 'ShellSpawned and container' });
    let out = fixed(bad, 'FRP_LINT_NAME_STYLE');
    out = fixed(out, 'FRP_LINT_NAME_STYLE');
    expect(out).toContain('- list: my_shells\n  items: [bash, sh]\n- list: all_tools\n  items: [my_shells, ls]\n- macro: shell_spawned\n  condition: spawned_process and proc.name in (my_shells)\n');
    expect(out).toContain('condition: shell_spawned and container\n');
    expect(verdicts(out, all)).toEqual(verdicts(bad, all));
    // A use the fix would not rewrite (here: in an exception's values) means no fix.
    const elsewhere = bad.replace('  tags:', '  exceptions:\n    - name: x\n      fields: [proc.name]\n      values: [[MyShells]]\n  tags:');
    expect(lint(elsewhere).filter((h) => h.code === 'FRP_LINT_NAME_STYLE' && h.item?.name === 'MyShells').map((h) => h.fixes)).toEqual([undefined]);
  });

  it('offers no fix for a rule name (samples keep their expectations under it)', () => {
    const h = hintOf(ruleText({ name: 'test rule' }), 'FRP_LINT_RULE_NAME');
    expect(h.fixes).toBeUndefined();
  });
});
