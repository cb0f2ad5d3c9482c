import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Reads ../shared/oracle/<file> from the repo root; a missing corpus is a failure, never a skip. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const oracleDir = path.resolve(repoRoot, '../shared/oracle');
export const realWorldDir = path.resolve(repoRoot, '../shared/corpus/real-world');

export function readJsonl<T>(file: string): T[] {
  if (!existsSync(file)) throw new Error(`Oracle corpus not found: looked for ${file} (expected ../shared next to the repo).`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

export interface OracleProcess {
  exe: string;
  comm: string;
  exepath: string;
  args: string[];
  cwd: string;
  uid: number;
  loginuid: number;
  tty: number;
  env: string[];
  exe_flags?: number;
  parent?: OracleProcess;
  user?: string;
}

export interface OracleCase {
  id: string;
  condition: string;
  event: OracleProcess;
  expect: { match: boolean; fields?: Record<string, string | null> };
}
