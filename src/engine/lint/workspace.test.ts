import { describe, expect, it } from 'vitest';
import { STOCK_RULES_FILE } from '../base/stock';
import { SEED_RULES_YAML, SEED_SAMPLES } from '../sample/seed';
import { lintWorkspace } from './workspace';

describe('lintWorkspace', () => {
  it('loads, converts the samples and lints in one call', () => {
    const hints = lintWorkspace({ rulesText: SEED_RULES_YAML, file: 'rules.yaml', baseFiles: [STOCK_RULES_FILE], samples: SEED_SAMPLES });
    const stop = hints.find((h) => h.code === 'FRP_LINT_UNANCHORED_CONTAINS' && h.rows?.length);
    expect(stop?.rows).toEqual([SEED_SAMPLES[2].id]);
    expect(hints.every((h) => h.file === 'rules.yaml' && h.code.startsWith('FRP_'))).toBe(true);
  });
  it('still lints when the file does not load', () => {
    const text = '- rule: R\n  desc: d.\n  condition: proc.nmae = x and proc.args contains stop\n  output: o\n  priority: INFO\n';
    const hints = lintWorkspace({ rulesText: text, file: 'rules.yaml', baseFiles: [] });
    expect(hints.map((h) => h.code)).toContain('FRP_LINT_UNANCHORED_CONTAINS');
  });
});
