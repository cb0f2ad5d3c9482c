import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnalysisService, type WorkerLike } from './analysis-service';
import { analyze, createAnalyzer, type AnalysisInput } from '../engine/analyze';
import { MAIN_THREAD_INLINED_NODES, MAX_INLINE_EVALUATED_NODES } from './main-thread';
import type { WorkerRequest, WorkerResponse } from './protocol';

class FakeWorker implements WorkerLike {
  sent: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(m: WorkerRequest) { this.sent.push(structuredClone(m)); }
  terminate() { this.terminated = true; }
  answer(msg: WorkerResponse) { this.onmessage?.({ data: msg } as MessageEvent<WorkerResponse>); }
}

const RULE = '- rule: R\n  desc: d\n  condition: proc.name = ls\n  output: o\n  priority: WARNING\n';
const input = (n: number, rulesText = RULE): AnalysisInput => ({
  rulesText, base: 'none', plugins: 'container', samples: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, command: i % 2 ? 'ls' : 'cat' })),
});

afterEach(() => vi.useRealTimers());

describe('AnalysisService', () => {
  it('analyses small work inline, at once', () => {
    const workers: FakeWorker[] = [];
    const s = new AnalysisService({ createWorker: () => { const w = new FakeWorker(); workers.push(w); return w; } });
    const v = s.view(input(3));
    expect(v.stale).toBe(false);
    expect(v.analysis.samples.map((r) => r.perRule.R)).toEqual(['miss', 'match', 'miss']);
    expect(workers).toHaveLength(0);
    expect(s.view(input(3)).analysis.samples).toHaveLength(3);
  });

  it('sends large work to the worker and drops answers to older revisions', () => {
    const w = new FakeWorker();
    const s = new AnalysisService({ createWorker: () => w, inlineWeightLimit: 10 });
    let notified = 0;
    s.subscribe(() => notified++);
    const first = input(50);
    expect(s.view(first).stale).toBe(true);
    const second = input(60);
    s.view(second);
    expect(w.sent.map((m) => m.rev)).toEqual([1, 2]);
    const empty = { diagnostics: [], baseDiagnostics: [], rules: [], samples: [] };
    w.answer({ type: 'result', rev: 1, analysis: { ...empty, samples: [] }, ms: 1 });
    expect(notified).toBe(0); // stale answer ignored
    w.answer({ type: 'result', rev: 2, analysis: { ...empty, rules: [{ name: 'R', enabled: true, priority: 'Warning', range: { start: 0, end: 1 } }] }, ms: 1 });
    expect(notified).toBe(1);
    const v = s.view(second);
    expect(v.stale).toBe(false);
    expect(v.analysis.rules.map((r) => r.name)).toEqual(['R']);
  });

  it('a worker that does not answer in time is replaced and the page gets a message', () => {
    vi.useFakeTimers();
    const made: FakeWorker[] = [];
    const s = new AnalysisService({ createWorker: () => { const w = new FakeWorker(); made.push(w); return w; }, inlineWeightLimit: 10, timeoutMs: 100 });
    s.view(input(50));
    vi.advanceTimersByTime(150);
    expect(made[0].terminated).toBe(true);
    const v = s.view(input(50));
    expect(v.analysis.diagnostics[0].code).toBe('FRP_ANALYSIS_ABORTED');
    s.view(input(51));
    expect(made).toHaveLength(2);
  });

  it('without workers everything runs inline', () => {
    const s = new AnalysisService({ createWorker: () => null, inlineWeightLimit: 10 });
    const v = s.view(input(50));
    expect(v.stale).toBe(false);
    expect(v.analysis.samples).toHaveLength(50);
  });

  it('a rules file over the size limit is refused with a message, nothing is analysed', () => {
    const s = new AnalysisService({ createWorker: () => null });
    const v = s.view(input(1, '#'.repeat(2_000_001)));
    expect(v.analysis.diagnostics[0].code).toBe('FRP_RULES_TOO_LARGE');
    expect(v.analysis.samples).toEqual([]);
  });

  it('leaves out of a request the samples and base the worker already has; a new worker gets them again', () => {
    vi.useFakeTimers();
    const made: FakeWorker[] = [];
    const s = new AnalysisService({ createWorker: () => { const w = new FakeWorker(); made.push(w); return w; }, inlineWeightLimit: 10, timeoutMs: 100 });
    const first = input(50);
    s.view(first);
    s.view({ ...first, rulesText: `${RULE}\n` });
    expect(made[0].sent[0].samples).toHaveLength(50);
    expect(made[0].sent[0].base).toBe('none');
    expect(made[0].sent[1].samples).toBeUndefined();
    expect(made[0].sent[1].base).toBeUndefined();
    expect(made[0].sent[1].rulesText).toBe(`${RULE}\n`);
    const more = { ...first, samples: [...first.samples, { id: 'x', command: 'ls' }] };
    s.view(more);
    expect(made[0].sent[2].samples).toHaveLength(51);
    vi.advanceTimersByTime(150); // no answer: the worker is replaced
    s.view({ ...more, rulesText: `${RULE}\n\n` });
    expect(made[1].sent[0].samples).toHaveLength(51);
    expect(made[1].sent[0].base).toBe('none');
  });

  it("rebuilds each answered row's event from the page's own sample, on first read", () => {
    const w = new FakeWorker();
    const s = new AnalysisService({ createWorker: () => w, inlineWeightLimit: 10 });
    const i = input(50);
    s.view(i);
    const cold = analyze(i);
    const withoutEvents = cold.samples.map(({ event: _e, ...rest }) => rest);
    w.answer({ type: 'result', rev: 1, analysis: { ...cold, samples: withoutEvents }, ms: 1 });
    const v = s.view(i);
    expect(v.analysis.samples[1].event?.proc.comm).toBe('ls');
    expect(v.analysis.samples[0].event?.proc.comm).toBe('cat');
    expect(v.analysis.samples[1].event).toBe(v.analysis.samples[1].event); // built once
  });

  it("hands out the worker's hints for heavy work, never letting older hints replace newer ones", () => {
    const w = new FakeWorker();
    const s = new AnalysisService({ createWorker: () => w, inlineWeightLimit: 10 });
    s.view(input(50));
    s.view(input(50, `${RULE}\n`));
    expect(s.usesWorker()).toBe(true);
    expect(s.workerHints()).toBeNull();
    const hint = { code: 'FRP_LINT_X', severity: 'info' as const, message: 'm', range: { start: 0, end: 1 } };
    w.answer({ type: 'hints', rev: 2, rulesText: `${RULE}\n`, hints: [hint] });
    w.answer({ type: 'hints', rev: 1, rulesText: RULE, hints: [] });
    expect(s.workerHints()).toEqual({ rulesText: `${RULE}\n`, hints: [hint] });
    s.view(input(3)); // small work again: the page lints it itself
    expect(s.usesWorker()).toBe(false);
    expect(s.workerHints()).toBeNull();
  });

  describe('light by size, heavy by expansion', () => {
    /** Doubling macros m0 ... m{depth} and `rules` rules each using the last one. */
    const doubling = (depth: number, rules: number) => {
      let y = '- macro: m0\n  condition: proc.name = zzz\n';
      for (let i = 1; i <= depth; i++) y += `- macro: m${i}\n  condition: m${i - 1} or m${i - 1}\n`;
      for (let r = 0; r < rules; r++) y += `- rule: R${r}\n  desc: d\n  condition: evt.type = execve and m${depth}\n  output: o\n  priority: WARNING\n`;
      return y;
    };

    it("the auditor's 28.7 KB file (m15 doubling, 300 rules) goes to the worker after a bounded look, not a 20 s freeze", () => {
      const text = doubling(15, 300);
      expect(text.length).toBeLessThan(30_000);
      const w = new FakeWorker();
      const s = new AnalysisService({ createWorker: () => w, analyzer: createAnalyzer({ maxInlinedNodes: MAIN_THREAD_INLINED_NODES }) });
      const t0 = performance.now();
      const v = s.view(input(3, text));
      const ms = performance.now() - t0;
      expect(v.stale).toBe(true);
      expect(w.sent).toHaveLength(1);
      expect(s.placement(input(3, text))).toBe('worker');
      expect(ms).toBeLessThan(1_500); // ~60 ms here; analysing it inline took ~20 s before the budgets
    });

    it('a file within the expansion budget whose samples would walk too many nodes goes to the worker too', () => {
      // m11: 4,095 nodes per evaluation, within the budget; with 300 samples, 1.2 million nodes.
      const text = doubling(11, 1);
      const w = new FakeWorker();
      const analyzer = createAnalyzer({ maxInlinedNodes: MAIN_THREAD_INLINED_NODES });
      const s = new AnalysisService({ createWorker: () => w, analyzer, inlineWeightLimit: 1_000 });
      const few = input(3, text);
      expect(analyzer.expansion(few).budgetExceeded).toBe(false);
      expect(s.view(few).stale).toBe(false);
      const many = input(Math.ceil(MAX_INLINE_EVALUATED_NODES / analyzer.expansion(few).ruleNodes) + 1, text);
      expect(s.view(many).stale).toBe(true);
      expect(w.sent).toHaveLength(1);
    });

    it('the seed-sized ordinary file stays inline', () => {
      const s = new AnalysisService({ createWorker: () => new FakeWorker(), analyzer: createAnalyzer({ maxInlinedNodes: MAIN_THREAD_INLINED_NODES }) });
      expect(s.view(input(200)).stale).toBe(false);
      expect(s.placement(input(200))).toBe('here');
      expect(s.placement(input(1, '#'.repeat(2_000_001)))).toBe('refused');
    });
  });

  it('a large rules text nested deeper than YAML allows is answered here at once, not sent to the worker', () => {
    const w = new FakeWorker();
    const s = new AnalysisService({ createWorker: () => w });
    const t0 = performance.now();
    const v = s.view(input(3, '['.repeat(2_000_000)));
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect(v.stale).toBe(false);
    expect(w.sent).toHaveLength(0);
    expect(v.analysis.diagnostics[0].code).toBe('LOAD_ERR_YAML_PARSE');
    expect(v.analysis.diagnostics[0].message).toContain('nesting deeper than 499 levels');
  });
});
