import { describe, expect, it } from 'vitest';
import { mainThreadAnalyzer } from '../../worker/main-thread';
import { SEED_RULES_YAML, SEED_SAMPLES } from '../../engine/sample/seed';
import { hintsFor, type HintsInput } from './hints-for';

const input: HintsInput = { rulesText: SEED_RULES_YAML, base: 'stock', plugins: 'container', samples: SEED_SAMPLES, sampleDefaults: undefined };

describe('hintsFor', () => {
  it('finds the seed\'s unanchored contains "stop" backed by the stopwatch row, with a fix', () => {
    const hints = hintsFor(input);
    const stop = hints.find((h) => h.code === 'FRP_LINT_UNANCHORED_CONTAINS' && h.rows?.includes('s3'));
    expect(stop).toBeDefined();
    expect(SEED_RULES_YAML.slice(stop!.range.start, stop!.range.end)).toBe('proc.args contains "stop"');
    expect(stop!.fixes?.length).toBeGreaterThan(0);
    expect(hints.every((h) => h.severity === 'warning' || h.severity === 'info')).toBe(true);
  });

  it('computes once per input (editor markers and the Hints tab share one run)', () => {
    expect(hintsFor({ ...input })).toBe(hintsFor({ ...input }));
    expect(hintsFor({ ...input, rulesText: `${SEED_RULES_YAML}\n` })).not.toBe(hintsFor(input));
  });

  it('reads the load analyze() already made instead of loading the rules again', () => {
    mainThreadAnalyzer.analyze(input);
    const first = mainThreadAnalyzer.analysisLoad(input);
    hintsFor({ ...input, samples: [...SEED_SAMPLES] });
    expect(mainThreadAnalyzer.analysisLoad(input)).toBe(first);
  });

  it('never throws on text that does not load', () => {
    expect(hintsFor({ ...input, rulesText: '- rule: [unclosed' })).toEqual(expect.any(Array));
    expect(hintsFor({ ...input, rulesText: '' })).toEqual([]);
  });
});
