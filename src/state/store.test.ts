import { afterEach, describe, expect, it } from 'vitest';
import { resetToSeed, useAppStore } from './store';
import { readSaved } from './saved';
import { effectiveSampleId } from './selectors';
import { SEED_RULES_YAML, SEED_SAMPLES } from '../engine/sample/seed';

const state = () => useAppStore.getState();

afterEach(() => resetToSeed());

describe('app store (authored input only)', () => {
  it('starts from the seed rule and samples', () => {
    expect(state().rulesText).toBe(SEED_RULES_YAML);
    expect(state().samples.map((s) => s.command)).toEqual(SEED_SAMPLES.map((s) => s.command));
    expect(effectiveSampleId(state())).toBe(SEED_SAMPLES[0].id);
  });

  it('adds one sample per command with fresh ids and selects the last', () => {
    const ids = state().addSamples(['ls', 'id']);
    expect(new Set([...ids, ...SEED_SAMPLES.map((s) => s.id)]).size).toBe(SEED_SAMPLES.length + 2);
    expect(state().samples.slice(-2).map((s) => s.command)).toEqual(['ls', 'id']);
    expect(state().selectedSampleId).toBe(ids[1]);
  });

  it('duplicates next to the original and deletes, moving the selection to a neighbour', () => {
    const first = SEED_SAMPLES[0].id;
    const copy = state().duplicateSample(first)!;
    expect(state().samples[1]).toEqual({ ...state().samples[0], id: copy });
    state().deleteSample(copy);
    expect(state().samples.map((s) => s.id)).toEqual(SEED_SAMPLES.map((s) => s.id));
    expect(state().selectedSampleId).toBe(SEED_SAMPLES[1].id);
  });

  it('updates one sample without touching the others (unchanged samples keep identity)', () => {
    const before = state().samples;
    state().updateSample(before[1].id, { command: 'systemctl stop auditd' });
    expect(state().samples[1].command).toBe('systemctl stop auditd');
    expect(state().samples[0]).toBe(before[0]);
  });

  it('moves the selection with clamping at both ends', () => {
    state().moveSampleSelection(-1);
    expect(state().selectedSampleId).toBe(SEED_SAMPLES[0].id);
    state().moveSampleSelection(1);
    state().moveSampleSelection(1);
    state().moveSampleSelection(1);
    expect(state().selectedSampleId).toBe(SEED_SAMPLES[2].id);
  });

  it('resetToSeed keeps the theme preference', () => {
    state().setTheme('dark');
    state().setRulesText('x');
    resetToSeed();
    expect(state().rulesText).toBe(SEED_RULES_YAML);
    expect(state().theme).toBe('dark');
    state().setTheme('system');
  });
});

describe('readSaved (untrusted localStorage)', () => {
  it('keeps well-formed fields and drops the rest', () => {
    expect(readSaved({ rulesText: 'r', base: 'weird', plugins: 'none', samples: [{ id: 'a', command: 'ls' }], theme: 5 }))
      .toEqual({ rulesText: 'r', plugins: 'none', samples: [{ id: 'a', command: 'ls' }] });
    expect(readSaved({ samples: [{ id: 1 }] })).toEqual({});
    expect(readSaved('garbage')).toEqual({});
    expect(readSaved(null)).toEqual({});
  });
});
