import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../share';
import { readBaseFiles } from './persistence-base';

describe('kept upstream base files', () => {
  it('only well-formed entries come back from storage', () => {
    expect(readBaseFiles(null)).toEqual([]);
    expect(readBaseFiles({ name: 'a' })).toEqual([]);
    expect(readBaseFiles([{ name: 'a.yaml', content: 'x' }, { name: 1, content: 'y' }, null, { name: 'b.yaml' }]))
      .toEqual([{ name: 'a.yaml', content: 'x' }]);
  });
});

describe('upstream file names in a link', () => {
  it('round-trip, and a hostile list is dropped with a warning instead of breaking the link', () => {
    const ok = decodeState(encodeState({ v: 1, rules: 'r', base: 'upstream', samplesYaml: '', baseFiles: ['falco_rules.yaml'] }));
    expect(ok.ok && ok.state.baseFiles).toEqual(['falco_rules.yaml']);
    for (const baseFiles of [Array.from({ length: 17 }, (_, i) => `f${i}.yaml`), ['x'.repeat(201)], [''], 'falco_rules.yaml']) {
      const r = decodeState(encodeState({ v: 1, rules: 'r', base: 'upstream', samplesYaml: '', baseFiles: baseFiles as string[] }));
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.state.baseFiles).toBeUndefined();
      expect(r.warnings.join(' ')).toContain('upstream rules files');
    }
  });
});
