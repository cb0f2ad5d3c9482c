import { describe, expect, it } from 'vitest';
import { STOCK_RULES_FILE } from '../../src/engine/base/stock';
import { applyFix, lintRules, type LintEvent, type LintHint } from '../../src/engine/lint';
import { loadRules } from '../../src/engine/rules';
import { slice } from './helpers';

/**
 * Style-guide checks (spec §6.3): each fires on a bad example and stays silent on a good one,
 * and its quick fix (where one is meaningful) gives a file that loads, without the hint.
 */
const FILE = 'r.yaml';
const STANDARD = 'evt_type=%evt.type user=%user.name user_uid=%user.uid user_loginuid=%user.loginuid process=%proc.name proc_exepath=%proc.exepath parent=%proc.pname command=%proc.cmdline terminal=%proc.tty';

interface RuleParts {
  name?: string;
  condition?: string;
  output?: string;
  priority?: string;
  tags?: string | null;
}

export function ruleText(p: RuleParts = {}): string {
  const lines = [
    `- rule: ${p.name ?? 'Test Rule'}`,
    '  desc: A test rule.',
    `  condition: ${p.condition ?? 'spawned_process and proc.name = bash'}`,
    `  output: ${p.output ?? `Something happened | ${STANDARD} exe_flags=%evt.arg.flags`}`,
    `  priority: ${p.priority ?? 'WARNING'}`,
  ];
  if (p.tags !== null) lines.push(`  tags: ${p.tags ?? '[maturity_sandbox, host, process, mitre_execution, T1059]'}`);
  return lines.join('\n') + '\n';
}

function load(text: string) {
  return loadRules([STOCK_RULES_FILE, { name: FILE, content: text }], { lenient: true });
}

export function lint(text: string, events?: LintEvent[]): LintHint[] {
  return lintRules({ rulesText: text, file: FILE, load: load(text), events });
}

export function codesOf(text: string): string[] {
  return lint(text).map((h) => h.code);
}

export function hintOf(text: string, code: string, events?: LintEvent[]): LintHint {
  const h = lint(text, events).find((x) => x.code === code);
  expect(h, `${code} on\n${text}`).toBeDefined();
  return h!;
}

/** Applies fix `i` of the hint: the file loads without errors and the hint is gone. */
export function fixed(text: string, code: string, i = 0, events?: LintEvent[]): string {
  const h = hintOf(text, code, events);
  expect(h.fixes?.length, `${code} has a quick fix`).toBeGreaterThan(i);
  const out = applyFix(text, h.fixes![i]);
  expect(out).not.toBe(text);
  const l = loadRules([STOCK_RULES_FILE, { name: FILE, content: out }]);
  expect(l.errors.map((e) => e.message), out).toEqual([]);
  expect(lint(out, events).filter((x) => x.code === code).map((x) => slice(out, x.range)), out).toEqual([]);
  return out;
}

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
