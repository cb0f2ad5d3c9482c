import { afterEach, describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../share';
import { applyShareState, toShareState } from './share-link';
import { resetToSeed, useAppStore } from './store';

afterEach(() => resetToSeed());

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

  it('reports unreadable samples and an unsupported base instead of failing', () => {
    const problems = applyShareState({ v: 1, rules: 'x', base: 'upstream', samplesYaml: 'samples: [' });
    expect(problems.length).toBe(2);
    expect(useAppStore.getState().base).toBe('stock');
    expect(useAppStore.getState().rulesText).toBe('x');
  });
});
