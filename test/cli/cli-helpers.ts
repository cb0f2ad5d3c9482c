import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repoRoot, 'bin/falco-rule-playground.mjs');

/** Runs the real CLI launcher as a user would. */
export function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh directory with the given files; returns their paths by name. */
export function workspace(files: Record<string, string>): Record<string, string> & { dir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'frp-cli-'));
  const out: Record<string, string> = { dir };
  for (const [name, content] of Object.entries(files)) {
    const p = path.join(dir, name);
    writeFileSync(p, content);
    out[name] = p;
  }
  return out as Record<string, string> & { dir: string };
}
