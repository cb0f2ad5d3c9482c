import { afterEach, describe, expect, it } from 'vitest';
import { resetToSeed, useAppStore } from './store';
import { SEED_RULE_NAME } from '../engine/sample/seed';

const state = () => useAppStore.getState();

afterEach(() => resetToSeed());

describe('explain slice: expectations and the baseline', () => {
  it('sets, changes and removes one rule\'s expectation on one sample', () => {
    state().setExpectation('s1', 'Other rule', 'no_alert');
    expect(state().samples[0].expect).toEqual({ [SEED_RULE_NAME]: 'alert', 'Other rule': 'no_alert' });
    state().setExpectation('s1', SEED_RULE_NAME, undefined);
    state().setExpectation('s1', 'Other rule', undefined);
    expect('expect' in state().samples[0]).toBe(false);
    expect(state().samples[1].expect).toEqual({ [SEED_RULE_NAME]: 'alert' });
  });
  it('pins and clears a baseline; a reset forgets it', () => {
    expect(state().baseline).toBeNull();
    state().pinBaseline({ s1: { R: 'match' } });
    expect(state().baseline?.verdicts).toEqual({ s1: { R: 'match' } });
    state().clearBaseline();
    expect(state().baseline).toBeNull();
    state().pinBaseline({ s1: { R: 'miss' } });
    resetToSeed();
    expect(state().baseline).toBeNull();
  });
});
