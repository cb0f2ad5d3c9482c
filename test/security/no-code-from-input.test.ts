/**
 * Nothing runs that the user typed: no eval-like sink exists anywhere in src/, the built page
 * carries a Content-Security-Policy that allows only the app's own scripts and workers, and the
 * Markdown the editor renders (hovers, completion details) turns no user text into a link, an
 * image or HTML.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Marked } from 'monaco-editor/base/common/marked/marked.js';
import { CONTENT_SECURITY_POLICY } from '../../src/worker/offline-plugin';
import { hover } from '../../src/engine/language/hover';
import { complete } from '../../src/engine/language/completion';
import type { LanguageContext } from '../../src/engine/language/names';

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

describe('no HTML or links from input in the editor\'s Markdown', () => {
  const evil = '[Click](https://attacker.example/p) ![x](https://attacker.example/t.png) <img src=x onerror=alert(1)> <a href="javascript:alert(2)">a</a> https://attacker.example www.attacker.example';
  const fence = '```';
  const text = [
    `- macro: m_[x](https://attacker.example)<b>`,
    `  condition: |`,
    `    proc.name = a`,
    `    ${fence}`,
    `    ${evil}`,
    `    ${fence}`,
    `- list: l_<img src=x>`,
    `  items: ["${evil.replace(/"/g, "'")}", '${fence}', b]`,
    `- rule: R <script>alert(1)</script>`,
    `  desc: ${evil}`,
    `  condition: evt.type = execve and m_[x](https://attacker.example)<b> and proc.name in (l_<img src=x>) and proc.cmdline contains "${fence}\n${evil.replace(/"/g, "'")}"`,
    `  output: "${evil.replace(/"/g, "'")} %proc.cmdline %proc.name"`,
    `  priority: "[x](https://attacker.example)"`,
    '',
  ].join('\n');
  const ctx: LanguageContext = {
    baseFiles: [{ name: '[base](https://attacker.example)<img src=x>.yaml', content: `- macro: base_m\n  condition: proc.name = "${evil.replace(/"/g, "'")}"\n` }],
    fieldValue: () => `${fence}\n${evil}\n\n${evil}`,
  };
  const render = (md: string) => new Marked().parse(md, { async: false }) as string;
  /** Tags Markdown makes of our own formatting; anything else came from input. */
  const ALLOWED = new Set(['p', 'strong', 'em', 'code', 'pre', 'br']);

  function check(md: string, where: string, problems: string[]) {
    const html = render(md);
    for (const m of html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)) {
      if (!ALLOWED.has(m[1].toLowerCase())) problems.push(`${where}: <${m[1]}> from ${JSON.stringify(md.slice(0, 120))}`);
    }
    if (/<[^>]*\s(href|src|on\w+)\s*=/i.test(html)) problems.push(`${where}: an attribute in ${JSON.stringify(html.slice(0, 160))}`);
  }

  it('every hover over the hostile file renders to text and our own formatting only', () => {
    const problems: string[] = [];
    let hovers = 0;
    for (let offset = 0; offset < text.length; offset++) {
      const h = hover(text, offset, ctx);
      if (!h) continue;
      hovers++;
      check(h.contents, `hover at ${offset}`, problems);
    }
    expect(hovers).toBeGreaterThan(50);
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('every completion detail over the hostile file does too', () => {
    const problems: string[] = [];
    let docs = 0;
    for (let offset = 0; offset <= text.length; offset++) {
      for (const it of complete(text, offset, ctx).items) {
        if (!it.documentation) continue;
        docs++;
        check(it.documentation, `completion ${it.label} at ${offset}`, problems);
      }
    }
    expect(docs).toBeGreaterThan(100);
    expect(problems.slice(0, 5)).toEqual([]);
  });
});

