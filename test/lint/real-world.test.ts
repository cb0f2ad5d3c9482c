import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lintRules } from '../../src/engine/lint';
import { loadRules } from '../../src/engine/rules';

/**
 * The real-world cases of the shared corpus: the linter should point at the trap each case is
 * about, on the rule as it was first written.
 */
const repoRoot = path.resolve(__dirname, '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');

function caseRule(file: string): string {
  const p = path.join(corpus, 'real-world', file);
  if (!existsSync(p)) throw new Error(`Real-world corpus case missing: looked for ${p} (expected ../shared/corpus next to the repo).`);
  return String((parse(readFileSync(p, 'utf8')) as { rule: string }).rule);
}

describe('linter on the real-world cases', () => {
  it.each([
    ['001-netcat-hostname-substring.yaml', 'FRP_LINT_UNANCHORED_CONTAINS'],
    ['012-comm-truncation-list-items.yaml', 'FRP_LINT_COMM_TRUNCATED'],
    ['014-shebang-script-cmdline.yaml', 'FRP_LINT_CMDLINE_STARTS_WITH_PATH'],
    ['018-missing-parent-negation.yaml', 'FRP_LINT_NEGATION_MISSING_VALUE'],
  ])('%s → %s', (file, code) => {
    const text = file.startsWith('014') ? String((parse(readFileSync(path.join(corpus, 'real-world', file), 'utf8')) as { alt_rule: string }).alt_rule) : caseRule(file);
    const load = loadRules([{ name: 'rules.yaml', content: text }], { lenient: true });
    expect(lintRules({ rulesText: text, file: 'rules.yaml', load }).map((h) => h.code)).toContain(code);
  });
});

describe('linter on the upstream rules files', () => {
  it('never throws and gives positioned FRP_ hints inside the text', () => {
    const dir = path.join(corpus, 'falcosecurity-rules');
    if (!existsSync(dir)) throw new Error(`Upstream rules corpus missing: looked for ${dir}.`);
    const files = ['falco_rules.yaml', 'falco-incubating_rules.yaml', 'falco-sandbox_rules.yaml'].map((n) => ({ name: n, content: readFileSync(path.join(dir, n), 'utf8') }));
    const load = loadRules(files, { lenient: true });
    for (const f of files) {
      const hints = lintRules({ rulesText: f.content, file: f.name, load });
      expect(hints.length).toBeGreaterThan(0);
      for (const h of hints) {
        expect(h.code).toMatch(/^FRP_LINT_/);
        expect(h.range.start).toBeGreaterThanOrEqual(0);
        expect(h.range.end).toBeLessThanOrEqual(f.content.length);
        expect(h.range.end).toBeGreaterThanOrEqual(h.range.start);
      }
    }
  });
});
