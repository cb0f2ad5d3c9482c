import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../engine/analyze';
import { lintRules } from '../engine/lint';
import { SEED_RULES_YAML, SEED_SAMPLES } from '../engine/sample/seed';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { WorkerSession } from './worker-session';

/** A session whose macrotasks run when the test says so. */
function session() {
  const out: WorkerResponse[] = [];
  const tasks: (() => void)[] = [];
  const s = new WorkerSession((m) => out.push(structuredClone(m)), (fn) => { tasks.push(fn); }, () => 0);
  const flush = () => { while (tasks.length) tasks.shift()!(); };
  return { s, out, flush };
}

const req = (rev: number, extra: Partial<WorkerRequest> = {}): WorkerRequest => ({
  type: 'analyze', rev, rulesText: SEED_RULES_YAML, plugins: 'container', sampleDefaults: undefined, lint: true, ...extra,
});

const verdicts = (a: Analysis) => a.samples.map((r) => r.perRule);

describe('WorkerSession', () => {
  it('answers with the verdicts of a cold analysis (without events), then the hints', () => {
    const { s, out, flush } = session();
    s.receive(req(1, { samples: SEED_SAMPLES, base: 'stock' }));
    flush();
    expect(out.map((m) => m.type)).toEqual(['result', 'hints']);
    const result = out[0] as Extract<WorkerResponse, { type: 'result' }>;
    const cold = analyze({ rulesText: SEED_RULES_YAML, base: 'stock', plugins: 'container', samples: SEED_SAMPLES });
    expect(verdicts(result.analysis)).toEqual(verdicts(cold));
    expect(result.analysis.samples.every((r) => r.event === undefined)).toBe(true);
    const hints = out[1] as Extract<WorkerResponse, { type: 'hints' }>;
    expect(hints.rulesText).toBe(SEED_RULES_YAML);
    expect(hints.hints.map((h) => h.code)).toEqual(lintRules({ rulesText: SEED_RULES_YAML, file: 'rules.yaml', samples: SEED_SAMPLES }).map((h) => h.code));
    expect(hints.hints.length).toBeGreaterThan(0);
  });

  it('keeps the samples and base of earlier requests when a request leaves them out', () => {
    const { s, out, flush } = session();
    s.receive(req(1, { samples: SEED_SAMPLES, base: 'none' }));
    flush();
    // base 'none': the seed rule's macros are undefined, every verdict is an error
    expect(verdicts((out[0] as Extract<WorkerResponse, { type: 'result' }>).analysis).every((p) => Object.values(p).every((v) => v === 'error'))).toBe(true);
    s.receive(req(2, { base: 'stock' }));
    flush();
    const second = out.find((m) => m.rev === 2 && m.type === 'result') as Extract<WorkerResponse, { type: 'result' }>;
    expect(second.analysis.samples).toHaveLength(SEED_SAMPLES.length);
    expect(second.analysis.samples.map((r) => r.perRule['Impair Security Tools in Container'])).toEqual(['match', 'match', 'match']);
  });

  it('analyses only the newest of the requests queued meanwhile, and lints nothing stale', () => {
    const { s, out, flush } = session();
    s.receive(req(1, { samples: SEED_SAMPLES, base: 'stock' }));
    s.receive(req(2, { rulesText: `${SEED_RULES_YAML}\n` }));
    s.receive(req(3, { rulesText: `${SEED_RULES_YAML}\n\n` }));
    flush();
    expect(out.map((m) => `${m.type}:${m.rev}`)).toEqual(['result:3', 'hints:3']);
  });

  it('skips the hints of a text when a newer request arrived before they were computed', () => {
    const out: WorkerResponse[] = [];
    const tasks: (() => void)[] = [];
    const s = new WorkerSession((m) => out.push(m), (fn) => { tasks.push(fn); }, () => 0);
    s.receive(req(1, { samples: SEED_SAMPLES, base: 'stock' }));
    tasks.shift()!(); // analysis of rev 1; its lint task is queued
    s.receive(req(2)); // arrives before the lint task runs
    while (tasks.length) tasks.shift()!();
    expect(out.map((m) => `${m.type}:${m.rev}`)).toEqual(['result:1', 'result:2', 'hints:2']);
  });
});
