/**
 * The `eval` CLI end to end: oracle lines (condition and rules-file cases) plus a malformed line
 * piped through `node bin/falco-rule-playground.mjs eval`, answers compared with
 * ../shared/tools/oracle-compare.mjs (its exit code and agreement line).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sharedDir = path.resolve(repoRoot, '../shared');
const bin = path.join(repoRoot, 'bin/falco-rule-playground.mjs');

function oracleLines(file: string, pick: (i: number) => boolean): string[] {
  const p = path.join(sharedDir, 'oracle', file);
  if (!existsSync(p)) throw new Error(`oracle file ${p} is missing: this test needs ../shared next to the repo`);
  return readFileSync(p, 'utf8').split('\n').filter((l) => l.trim() !== '').filter((_, i) => pick(i));
}

describe('falco-rule-playground eval', () => {
  it('answers condition and rules-file cases like the oracle, and survives a malformed line', () => {
    const rules = oracleLines('rules.jsonl', (i) => i % 40 === 0);
    const conditions = oracleLines('grammar.jsonl', (i) => i % 100 === 0);
    const cases = [...rules, ...conditions];
    const input = [rules[0], '{"id": "broken-1", "files": [', ...cases.slice(1)].join('\n') + '\n';
    const out = execFileSync(process.execPath, [bin, 'eval'], { input, cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 << 20 });
    const answers = out.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
    expect(answers).toHaveLength(cases.length + 1);
    expect(answers[1]).toMatchObject({ id: 'broken-1' });
    expect(String(answers[1].error)).toMatch(/malformed JSON/);
    expect(answers.map((a) => a.id)).toEqual([JSON.parse(rules[0]).id, 'broken-1', ...cases.slice(1).map((l) => JSON.parse(l).id)]);

    const dir = mkdtempSync(path.join(tmpdir(), 'frp-eval-'));
    writeFileSync(path.join(dir, 'cases.jsonl'), cases.join('\n') + '\n');
    writeFileSync(path.join(dir, 'answers.jsonl'), out);
    const cmp = spawnSync(process.execPath, [path.join(sharedDir, 'tools/oracle-compare.mjs'), path.join(dir, 'cases.jsonl'), path.join(dir, 'answers.jsonl')], { encoding: 'utf8' });
    expect(cmp.stdout).toContain(`agreement ${cases.length}/${cases.length}`);
    expect(cmp.status).toBe(0);
  });

  it('answers a case of the wrong shape with an error line naming the key, and goes on', () => {
    const event = {
      exe: 'ls', comm: 'ls', exepath: '/usr/bin/ls', args: ['-l'], cwd: '/', uid: 0, loginuid: 0, tty: 0, env: [],
      parent: { exe: 'bash', comm: 'bash', exepath: '/usr/bin/bash', args: [], cwd: '/', uid: 0, loginuid: 0, tty: 0, env: [] },
    };
    const good = { id: 'good', condition: 'proc.name = ls', event, fields: ['proc.pname'], plugins: [] };
    const rulesFile = { name: 'r.yaml', content: '- rule: R\n  desc: d\n  condition: spawned_process and proc.name = ls\n  output: o\n  priority: INFO\n- macro: spawned_process\n  condition: evt.type = execve\n' };
    // [case, the error it must get]
    const bad: [unknown, string][] = [
      [{ ...good, id: 'fields-string', fields: 'proc.name' }, '"fields" must be an array of field names (strings), not a string'],
      [{ ...good, id: 'fields-number', fields: ['proc.name', 3] }, '"fields" must be an array of field names (strings), not an array'],
      [{ ...good, id: 'plugins-null', plugins: null }, '"plugins" must be an array of plugin names'],
      [{ ...good, id: 'plugins-string', plugins: 'container' }, '"plugins" must be an array of plugin names'],
      [{ ...good, id: 'condition-number', condition: 1 }, '"condition" must be a string, not a number'],
      [{ id: 'no-event', condition: 'proc.name = ls' }, '"event" is missing'],
      [{ ...good, id: 'event-args', event: { ...event, args: '-l' } }, '"event.args" must be an array of strings'],
      [{ ...good, id: 'parent-uid', event: { ...event, parent: { ...event.parent, uid: -1 } } }, '"event.parent.uid" must be an integer from 0 to 4294967295, not a number (-1)'],
      [{ id: 'no-content', files: [{ name: 'r.yaml' }] }, '"files[0].content" must be a string (the YAML text), not missing'],
      [{ id: 'file-null', files: [null] }, '"files[0]" must be an object with "name" and "content", not null'],
      [{ id: 'files-object', files: { name: 'r.yaml' } }, '"files" must be an array of {"name", "content"} objects, not an object'],
      [{ id: 'rules-plugins-null', files: [rulesFile], plugins: null }, '"plugins" must be an array of plugin names'],
      [{ id: 'events-bad', files: [rulesFile], events: [event, { ...event, env: 'A=1' }] }, '"events[1].env" must be an array of "NAME=value" strings'],
      [{ id: 'both', files: [rulesFile], condition: 'proc.name = ls', event }, 'a case has "condition" (a condition case) or "files" (a rules-file case), not both'],
      [{ condition: 'proc.name = ls', event }, '"id" must be a string or a number, not missing'],
      [[good], 'a case must be a JSON object, not an array'],
    ];
    const lines = [JSON.stringify(good), ...bad.map(([c]) => JSON.stringify(c)), JSON.stringify({ id: 'rules-good', files: [rulesFile], events: [event] }), JSON.stringify(good)];
    const out = execFileSync(process.execPath, [bin, 'eval'], { input: lines.join('\n') + '\n', cwd: repoRoot, encoding: 'utf8' });
    const answers = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(answers).toHaveLength(lines.length);
    const goodAnswer = { id: 'good', compiled: true, error: null, stage: null, pos: null, match: true, fields: { 'proc.pname': 'bash' } };
    expect(answers[0]).toEqual(goodAnswer);
    bad.forEach(([c, message], i) => {
      const id = (c as { id?: unknown }).id ?? null;
      expect(answers[i + 1], JSON.stringify(c)).toEqual({ id: typeof id === 'string' ? id : null, error: expect.stringContaining(`malformed case: ${message}`) });
    });
    expect(answers[bad.length + 1]).toMatchObject({ id: 'rules-good', load: { ok: true, errors: [] }, results: [{ matched_rules: ['R'], first_match: 'R' }] });
    expect(answers[bad.length + 2]).toEqual(goodAnswer);
  });

  it('prints help', () => {
    const out = execFileSync(process.execPath, [bin, 'eval', '--help'], { cwd: repoRoot, encoding: 'utf8' });
    expect(out).toMatch(/usage: falco-rule-playground eval/);
    const top = execFileSync(process.execPath, [bin, '--help'], { cwd: repoRoot, encoding: 'utf8' });
    expect(top).toMatch(/eval/);
  });
});
