/**
 * Nothing runs that the user typed: no eval-like sink exists anywhere in src/, and the built page
 * carries a Content-Security-Policy that allows only the app's own scripts and workers.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/worker/offline-plugin';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|tsx|js|mjs)$/.test(name)) out.push(p);
  }
  return out;
}

/** Code-execution and raw-HTML sinks (built from parts so this file does not match itself). */
const SINKS: { name: string; pattern: RegExp }[] = [
  { name: 'eval(', pattern: new RegExp('\\bev' + 'al\\s*\\(') },
  { name: 'new Function', pattern: new RegExp('new\\s+Fun' + 'ction\\b') },
  { name: 'dangerouslySetInnerHTML', pattern: new RegExp('dangerously' + 'SetInnerHTML') },
  { name: 'innerHTML =', pattern: new RegExp('\\.(inner|outer)' + 'HTML\\s*\\+?=') },
  { name: 'insertAdjacentHTML', pattern: new RegExp('insertAdjacent' + 'HTML') },
  { name: 'document.write', pattern: new RegExp('document\\.wri' + 'te') },
  { name: 'setTimeout with a string', pattern: new RegExp('set(Timeout|Interval)\\s*\\(\\s*[\'"`]') },
];

describe('no code from input', () => {
  const files = sourceFiles(path.join(repoRoot, 'src'));

  it('finds the sources to scan', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(SINKS)('no $name anywhere in src/', ({ pattern }) => {
    const hits: string[] = [];
    for (const f of files) {
      const lines = readFileSync(f, 'utf8').split('\n');
      lines.forEach((line, i) => {
        // Comments may name the sinks (e.g. "no eval here"); code may not use them.
        const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
        if (pattern.test(code)) hits.push(`${path.relative(repoRoot, f)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(hits).toEqual([]);
  });

  it('the Content-Security-Policy allows only same-origin scripts and workers, no inline script', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
    // Fetching a base rules file by address reads data only (connect-src), never code.
    for (const d of ['script-src', 'worker-src', 'style-src', 'img-src', 'font-src']) expect(directives.get(d)!.join(' ')).not.toMatch(/https?:/);
  });
});
