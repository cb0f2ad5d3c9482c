/**
 * `test`: rules files + a samples file with expectations -> a pass/fail table, like a unit-test
 * run for Falco rules (CI friendly: exit 1 on a failed expectation, 2 on bad input, JSON and
 * JUnit reports).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { baseFiles, STOCK_FILE_NAME } from '../engine/base/stock';
import { evaluateRules, loadRules, type LoadMessage, type LoadResult } from '../engine/rules';
import { sampleToEvent } from '../engine/sample/to-event';
import type { Expectation } from '../engine/sample/types';
import { parseSamplesYaml, type SamplesFile } from '../engine/sample/yaml';
import type { Command } from './command';

const HELP = `usage: falco-rule-playground test RULES.yaml [MORE.yaml ...] --samples SAMPLES.yaml
                                  [--base stock|none] [--plugins container|none]
                                  [--json FILE|-] [--junit FILE]

Loads the base ruleset (default: stock macros and lists) and the rules files in order, turns every
sample of SAMPLES.yaml into the execve event Falco would see, and checks each expectation
(expect: {<rule name>: alert|no_alert}).

  --samples FILE   samples file (format: src/engine/sample/yaml.ts)
  --base NAME      stock (default) or none
  --plugins NAME   container (default: container.* fields known) or none
  --json FILE|-    write a JSON report (to stdout with -, instead of the table)
  --junit FILE     write a JUnit XML report

Exit status: 0 all expectations met, 1 some failed, 2 bad input (unreadable file, rules that do not
load, a sample that cannot be run, an expectation for an unknown rule, a report that cannot be
written). A samples file without any expectation checks nothing: it exits 0 with a warning.
`;

export interface CliOptions {
  files: string[];
  flags: Map<string, string>;
}

/** `--name value` flags (listed in `known`) and positional file names. */
export function parseCliArgs(args: string[], known: string[]): { ok: true; value: CliOptions } | { ok: false; message: string } {
  const files: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (!known.includes(name)) return { ok: false, message: `unknown option --${name}` };
      const value = eq > 0 ? a.slice(eq + 1) : args[++i];
      if (value === undefined) return { ok: false, message: `--${name} needs a value` };
      flags.set(name, value);
    } else files.push(a);
  }
  return { ok: true, value: { files, flags } };
}

export function readText(path: string): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (e) {
    return { ok: false, message: `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
}

/** `file:line:col: message` for a position given as an offset. */
export function where(file: string, text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${file}:${before.length}:${before[before.length - 1].length + 1}`;
}

export function readSamples(path: string): { ok: true; file: SamplesFile; text: string } | { ok: false; message: string } {
  const read = readText(path);
  if (!read.ok) return read;
  const file = parseSamplesYaml(read.text);
  const errors = file.diagnostics.filter((d) => d.severity === 'error');
  for (const d of file.diagnostics.filter((x) => x.severity !== 'error')) process.stderr.write(`${where(path, read.text, d.range.start)}: warning: ${d.message}\n`);
  if (errors.length > 0) return { ok: false, message: errors.map((d) => `${where(path, read.text, d.range.start)}: ${d.message} [${d.code}]`).join('\n') };
  return { ok: true, file, text: read.text };
}

interface Row {
  sample: string;
  command: string;
  rule: string;
  expected: Expectation;
  actual: Expectation | 'error';
  pass: boolean;
  detail?: string;
  output?: string;
}

export function formatLoadMessage(m: LoadMessage): string {
  return `${m.file}:${m.line}:${m.column}: ${m.severity}: ${m.message} [${m.code}]`;
}

export const testCommand: Command = {
  summary: 'check the expectations of a samples file against rules files (exit 1 on failure)',
  help: HELP,
  async run(args) {
    const parsed = parseCliArgs(args, ['samples', 'base', 'plugins', 'json', 'junit']);
    const bad = (message: string) => {
      process.stderr.write(`test: ${message}\n`);
      return 2;
    };
    if (!parsed.ok) return bad(`${parsed.message}\n\n${HELP}`);
    const { files, flags } = parsed.value;
    const samplesPath = flags.get('samples');
    if (files.length === 0) return bad(`give at least one rules file\n\n${HELP}`);
    if (!samplesPath) return bad(`--samples SAMPLES.yaml is required\n\n${HELP}`);
    const base = flags.get('base') ?? 'stock';
    if (base !== 'stock' && base !== 'none') return bad(`--base must be stock or none, not ${base}`);
    const plugins = flags.get('plugins') ?? 'container';
    if (plugins !== 'container' && plugins !== 'none') return bad(`--plugins must be container or none, not ${plugins}`);

    const rulesFiles = [];
    for (const f of files) {
      const read = readText(f);
      if (!read.ok) return bad(read.message);
      rulesFiles.push({ name: f, content: read.text });
    }
    const samples = readSamples(samplesPath);
    if (!samples.ok) return bad(`the samples file has errors:\n${samples.message}`);

    const loaded: LoadResult = loadRules([...baseFiles(base), ...rulesFiles], { plugins });
    // The stock file defines more than one rules file uses: its "unused" warnings are noise.
    for (const w of loaded.warnings) if (w.file !== STOCK_FILE_NAME) process.stderr.write(formatLoadMessage(w) + '\n');
    if (!loaded.ok) return bad(`the rules do not load:\n${loaded.errors.map(formatLoadMessage).join('\n')}`);

    const ruleNames = new Set(loaded.rules.map((r) => r.name));
    const rows: Row[] = [];
    let badInput = false;
    for (const s of samples.file.samples) {
      const expectations = Object.entries(s.expect ?? {});
      if (expectations.length === 0) continue;
      const conv = sampleToEvent(s, samples.file.defaults);
      const result = conv.ok ? evaluateRules(loaded, conv.event) : undefined;
      for (const [rule, expected] of expectations) {
        const row: Row = { sample: s.id, command: s.command, rule, expected, actual: 'error', pass: false };
        if (!conv.ok) {
          row.detail = `sample cannot run: ${conv.error.message}`;
          badInput = true;
        } else if (!ruleNames.has(rule)) {
          row.detail = `no rule named '${rule}' is loaded`;
          badInput = true;
        } else {
          const hit = result!.matched.includes(rule);
          row.actual = hit ? 'alert' : 'no_alert';
          row.pass = row.actual === expected;
          if (hit && result!.outputs[rule] !== undefined) row.output = result!.outputs[rule];
        }
        rows.push(row);
      }
    }

    if (rows.length === 0) {
      // Not an error (a samples file is often started without expectations), but a run that
      // checks nothing must not look like a green one.
      process.stderr.write(`test: warning: no sample in ${samplesPath} states an expectation (expect: {RULE: alert|no_alert}); nothing was checked\n`);
    }
    const passed = rows.filter((r) => r.pass).length;
    const failed = rows.filter((r) => !r.pass && r.actual !== 'error').length;
    const errors = rows.filter((r) => r.actual === 'error').length;
    const summary = { expectations: rows.length, passed, failed, errors, samples: samples.file.samples.length };
    const json = flags.get('json');
    if (json !== '-') process.stdout.write(table(rows) + `\n${passed} passed, ${failed} failed${errors ? `, ${errors} errors` : ''} (${rows.length} expectations, ${summary.samples} samples)\n`);
    let unwritten = false;
    if (json !== undefined) {
      const report = JSON.stringify({ summary, results: rows }, null, 2) + '\n';
      if (json === '-') process.stdout.write(report);
      else unwritten = !writeReport('JSON', json, report) || unwritten;
    }
    const junit = flags.get('junit');
    if (junit !== undefined) unwritten = !writeReport('JUnit', junit, junitXml(rows)) || unwritten;
    // A report CI expects and does not find is bad input (2), not a failed expectation (1).
    if (unwritten) return 2;
    if (badInput) {
      process.stderr.write('test: some expectations could not be checked (see the table)\n');
      return 2;
    }
    return failed > 0 ? 1 : 0;
  },
};

/** Writes a report; on failure says so on one line (no stack trace) and returns false. */
function writeReport(kind: string, path: string, text: string): boolean {
  try {
    writeFileSync(path, text);
    return true;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why: Record<string, string> = { ENOENT: 'no such directory', EACCES: 'permission denied', EISDIR: 'it is a directory', EROFS: 'read-only file system', ENOTDIR: 'a parent is not a directory' };
    process.stderr.write(`test: cannot write the ${kind} report to ${path}: ${err.code ? `${err.code}${why[err.code] ? ` (${why[err.code]})` : ''}` : err.message}\n`);
    return false;
  }
}

function table(rows: Row[]): string {
  const head = ['RESULT', 'SAMPLE', 'COMMAND', 'RULE', 'EXPECTED', 'GOT'];
  const body = rows.map((r) => [r.pass ? 'PASS' : r.actual === 'error' ? 'ERROR' : 'FAIL', r.sample, clip(r.command, 48), clip(r.rule, 40), r.expected, r.actual === 'error' ? r.detail ?? 'error' : r.actual]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  return [line(head), ...body.map(line)].join('\n');
}

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? flat.slice(0, n - 1) + '…' : flat;
}

function junitXml(rows: Row[]): string {
  const esc = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
  const failures = rows.filter((r) => !r.pass && r.actual !== 'error').length;
  const errors = rows.filter((r) => r.actual === 'error').length;
  const cases = rows.map((r) => {
    const open = `  <testcase classname="${esc(r.rule)}" name="${esc(`${r.sample}: ${r.command}`)}">`;
    if (r.pass) return `${open}</testcase>`;
    if (r.actual === 'error') return `${open}\n    <error message="${esc(r.detail ?? 'error')}"/>\n  </testcase>`;
    return `${open}\n    <failure message="expected ${r.expected}, got ${r.actual}">${esc(r.output ?? '')}</failure>\n  </testcase>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="falco-rule-playground" tests="${rows.length}" failures="${failures}" errors="${errors}">\n${cases.join('\n')}\n</testsuite>\n`;
}
