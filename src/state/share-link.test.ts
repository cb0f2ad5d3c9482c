import { afterEach, describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../share';
import { applyShareState, sameWork, toShareState } from './share-link';
import { analysisBase } from './selectors';
import { resetToSeed, useAppStore } from './store';

afterEach(() => { resetToSeed(); useAppStore.getState().setUpstreamFiles([]); });

describe('store ⇄ share state', () => {
  it('round-trips the authored input through the real codec', () => {
    const s = useAppStore.getState();
    s.addSamples(['ip6tables -X']);
    s.updateSample(s.samples[0].id, { cwd: '/tmp', user: 'www-data' });
    s.setPlugins('none');
    s.selectRule('Impair Security Tools in Container');
    const before = useAppStore.getState();
    const decoded = decodeState(encodeState(toShareState(before)));
    expect(decoded.ok).toBe(true);
    resetToSeed();
    expect(applyShareState(decoded.ok ? decoded.state : toShareState(before))).toEqual([]);
    const after = useAppStore.getState();
    expect(after.rulesText).toBe(before.rulesText);
    expect(after.plugins).toBe('none');
    expect(after.selectedRule).toBe('Impair Security Tools in Container');
    expect(after.samples.map(({ id: _id, ...rest }) => rest)).toEqual(before.samples.map(({ id: _id, ...rest }) => rest));
    expect(after.samples.findIndex((x) => x.id === after.selectedSampleId))
      .toBe(before.samples.findIndex((x) => x.id === before.selectedSampleId));
  });

  it('reports unreadable samples instead of failing', () => {
    const problems = applyShareState({ v: 1, rules: 'x', base: 'stock', samplesYaml: 'samples: [' });
    expect(problems.length).toBe(1);
    expect(useAppStore.getState().rulesText).toBe('x');
  });

  it('an upstream base travels as file names; without the files the stock macros stand in', () => {
    applyShareState({ v: 1, rules: 'x', base: 'upstream', baseFiles: ['falco_rules.yaml', 'falco-incubating_rules.yaml'], samplesYaml: '' });
    const s = useAppStore.getState();
    expect(s.upstream).toEqual(['falco_rules.yaml', 'falco-incubating_rules.yaml']);
    expect(analysisBase(s)).toBe('stock');
    const shared = decodeState(encodeState(toShareState(s)));
    expect(shared.ok && shared.state.base).toBe('upstream');
    expect(shared.ok && shared.state.baseFiles).toEqual(['falco_rules.yaml', 'falco-incubating_rules.yaml']);
    // An old link's 'upstream' names no files: Falco's default ruleset file is meant.
    applyShareState({ v: 1, rules: 'x', base: 'upstream', samplesYaml: '' });
    expect(useAppStore.getState().upstream).toEqual(['falco_rules.yaml']);
  });

  it('uses the loaded upstream files, in the order the link names them, with a stable identity', () => {
    const s = useAppStore.getState();
    s.setUpstreamFiles([{ name: 'b.yaml', content: '- list: b\n  items: []\n' }, { name: 'a.yaml', content: '- list: a\n  items: []\n' }]);
    s.setUpstream(['a.yaml', 'b.yaml']);
    const st = useAppStore.getState();
    const base = analysisBase(st);
    expect(typeof base === 'object' && base.files.map((f) => f.name)).toEqual(['a.yaml', 'b.yaml']);
    expect(analysisBase(useAppStore.getState())).toBe(base);
    s.setBase('none');
    expect(useAppStore.getState().upstream).toBeNull();
    expect(analysisBase(useAppStore.getState())).toBe('none');
  });

  it('same work ignores the selection', () => {
    const a = toShareState(useAppStore.getState());
    expect(sameWork(a, { ...a, selectedRule: 'other', selectedSample: 2 })).toBe(true);
    expect(sameWork(a, { ...a, rules: a.rules + '\n' })).toBe(false);
  });
});
