import { expect } from 'vitest';
import { STOCK_RULES_FILE } from '../../src/engine/base/stock';
import type { FalcoEvent, ProcessInfo } from '../../src/engine/event/types';
import { applyFix, lintRules, type LintEvent, type LintHint } from '../../src/engine/lint';
import { loadRules } from '../../src/engine/rules';

/** A minimal execve event for `argv`, parent bash unless `parent` is null. */
export function execEvent(argv: string[], parent: ProcessInfo | null = bashParent()): FalcoEvent {
  const exe = argv[0];
  const comm = new TextDecoder().decode(new TextEncoder().encode(exe.slice(exe.lastIndexOf('/') + 1)).slice(0, 15));
  return {
    type: 'execve',
    res: 'SUCCESS',
    num: 1,
    proc: { exe, comm, exepath: `/usr/bin/${comm}`, args: argv.slice(1), cwd: '/root', uid: 0, loginuid: 0, tty: 34816, env: [], parent },
    container: { id: '3ad7b26ded6d', image: 'docker.io/library/nginx:1.25', repository: 'docker.io/library/nginx', tag: '1.25' },
  };
}

export function bashParent(): ProcessInfo {
  return { exe: '-bash', comm: 'bash', exepath: '/usr/bin/bash', args: [], cwd: '/root', uid: 0, loginuid: 0, tty: 34816, env: [], parent: null };
}

export function lintEvents(...lines: string[]): LintEvent[] {
  return lines.map((l, i) => ({ sampleId: `s${i + 1}`, label: l, event: execEvent(l.split(' ')) }));
}

export function slice(text: string, r: { start: number; end: number }): string {
  return text.slice(r.start, r.end);
}

const FILE = 'r.yaml';
export const STANDARD = 'evt_type=%evt.type user=%user.name user_uid=%user.uid user_loginuid=%user.loginuid process=%proc.name proc_exepath=%proc.exepath parent=%proc.pname command=%proc.cmdline terminal=%proc.tty';

interface RuleParts {
  name?: string;
  condition?: string;
  output?: string;
  priority?: string;
  tags?: string | null;
}

/**
 * A one-rule file for the style and trap tests (spec §6.3): the parts not given follow the style
 * guide, so only the hint under test fires.
 */
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

function loadWithStock(text: string) {
  return loadRules([STOCK_RULES_FILE, { name: FILE, content: text }], { lenient: true });
}

export function lint(text: string, events?: LintEvent[]): LintHint[] {
  return lintRules({ rulesText: text, file: FILE, load: loadWithStock(text), events });
}

export function codesOf(text: string): string[] {
  return lint(text).map((h) => h.code);
}

export function hintOf(text: string, code: string, events?: LintEvent[]): LintHint {
  const h = lint(text, events).find((x) => x.code === code);
  expect(h, `${code} on\n${text}`).toBeDefined();
  return h!;
}

/** Applies fix `i` of the first hint with that code: the file loads without errors and the hint is gone. */
export function fixed(text: string, code: string, i = 0, events?: LintEvent[]): string {
  const h = hintOf(text, code, events);
  expect(h.fixes?.length, `${code} has a quick fix`).toBeGreaterThan(i);
  const out = applyFix(text, h.fixes![i]);
  expect(out).not.toBe(text);
  const l = loadRules([STOCK_RULES_FILE, { name: FILE, content: out }]);
  expect(l.errors.map((e) => e.message), out).toEqual([]);
  // The hint is gone (when the file has several of that code, one fewer remains).
  const before = lint(text, events).filter((x) => x.code === code).length;
  expect(lint(out, events).filter((x) => x.code === code).map((x) => slice(out, x.range)), out).toHaveLength(before - 1);
  return out;
}

