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

  it('prints help', () => {
    const out = execFileSync(process.execPath, [bin, 'eval', '--help'], { cwd: repoRoot, encoding: 'utf8' });
    expect(out).toMatch(/usage: falco-rule-playground eval/);
    const top = execFileSync(process.execPath, [bin, '--help'], { cwd: repoRoot, encoding: 'utf8' });
    expect(top).toMatch(/eval/);
  });
});
