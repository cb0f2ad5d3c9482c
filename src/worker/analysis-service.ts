/**
 * Where the page gets its analysis: small work runs synchronously (the seed's few samples answer
 * within the same frame as the keystroke), large work goes to a Web Worker so typing never waits
 * for it. Worker answers carry the revision they answer; anything older than the newest request is
 * dropped. A worker that does not answer within `timeoutMs` is terminated and replaced, and the
 * page shows the previous verdicts with a positioned "took too long" problem instead of freezing.
 *
 * No React here: the hook (src/ui/hooks/useAnalysis.ts) subscribes and asks for a view.
 */
import type { Analysis, AnalysisInput, Analyzer, BaseChoice, SampleResult } from '../engine/analyze';
import type { Diagnostic } from '../engine/diagnostics';
import type { LintHint } from '../engine/lint';
import { cachedSampleToEvent, type Sample, type SampleDefaults } from '../engine/sample';
import { onRegexEngineChange, regexEngineState } from '../engine/eval/regex';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { applyLimits, withLimitProblems } from './limits';
import { MAX_INLINE_EVALUATED_NODES, mainThreadAnalyzer } from './main-thread';
import { yamlTooDeep } from '../engine/text/yaml-depth';

export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

export interface ServiceOptions {
  /** Creates the worker; returns null when workers are unavailable (everything runs inline). */
  createWorker: () => WorkerLike | null;
  /** Work above this weight goes to the worker (weight ≈ samples + characters of rules / 200). */
  inlineWeightLimit?: number;
  /**
   * Analyses on this thread (default: the page's, main-thread.ts). Work within the weight goes to
   * the worker all the same when its load passes this analyzer's expansion budget or a sample's
   * evaluation would walk too many nodes (`maxInlineEvaluatedNodes`).
   */
  analyzer?: Analyzer;
  /** Samples x compiled rule nodes evaluated on this thread at most. */
  maxInlineEvaluatedNodes?: number;
  /** A worker answer slower than this is abandoned (the worker is replaced). */
  timeoutMs?: number;
  now?: () => number;
}

export interface ServiceView {
  analysis: Analysis;
  /** True while a newer input is being analysed in the worker (the verdicts shown are older). */
  stale: boolean;
}

/** The linter's hints the worker computed, and the rules text their ranges index. */
export interface WorkerHints {
  rulesText: string;
  hints: LintHint[];
}

export const EMPTY_ANALYSIS: Analysis = { diagnostics: [], baseDiagnostics: [], rules: [], samples: [] };

/** Large enough for the seed with a few hundred samples; the stock base is small. */
export const DEFAULT_INLINE_WEIGHT_LIMIT = 400;
export const DEFAULT_TIMEOUT_MS = 15_000;

export function workWeight(input: AnalysisInput): number {
  const baseChars = typeof input.base === 'string' ? 0 : input.base.files.reduce((n, f) => n + f.content.length, 0);
  return input.samples.length + (input.rulesText.length + baseChars) / 200;
}

export class AnalysisService {
  private readonly opts: Required<ServiceOptions>;
  private worker: WorkerLike | null = null;
  private workerBroken = false;
  private rev = 0;
  private lastInput: AnalysisInput | null = null;
  private shown: ServiceView = { analysis: EMPTY_ANALYSIS, stale: false };
  private timer: ReturnType<typeof setTimeout> | null = null;
  private listeners = new Set<() => void>();
  private version = 0;
  private baseOverride: BaseChoice | null = null;
  /** Problems from applyLimits for the input being analysed (added to the worker's answer). */
  private limitProblems: Diagnostic[] = [];
  /** Last worker round trip, for the benchmark and curious people. */
  lastWorkerMs: number | null = null;
  /** What the current worker already holds, so a request can leave it out (see protocol.ts). */
  private sentSamples: Sample[] | null = null;
  private sentBase: BaseChoice | null = null;
  /** The samples and defaults of the newest request: the answer's events are rebuilt from them. */
  private postedSamples: Sample[] = [];
  private postedDefaults: SampleDefaults | undefined;
  private hints: WorkerHints | null = null;
  private hintsRev = 0;
  /** Whether the newest input went to the worker (then the hints come from it too). */
  private lastWentToWorker = false;
  /** The input on screen uses `regex` and RE2 has not arrived yet (src/engine/eval/regex.ts). */
  private waitingForRegex = false;
  private readonly stopRegexListener: () => void;

  constructor(opts: ServiceOptions) {
    this.opts = {
      inlineWeightLimit: DEFAULT_INLINE_WEIGHT_LIMIT,
      analyzer: mainThreadAnalyzer,
      maxInlineEvaluatedNodes: MAX_INLINE_EVALUATED_NODES,
      timeoutMs: DEFAULT_TIMEOUT_MS,
      now: () => performance.now(),
      ...opts,
    };
    // RE2 arrived (or failed to): what was shown as pending gets its verdicts now.
    this.stopRegexListener = onRegexEngineChange(() => {
      if (!this.waitingForRegex) return;
      this.waitingForRegex = false;
      this.lastInput = null;
      this.version++;
      for (const l of [...this.listeners]) l();
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes whenever a worker answer (or a timeout) changes what `view` returns. */
  getVersion = (): number => this.version;

  /**
   * The analysis to show for `input`. Idempotent for the same input (fields compared by identity),
   * so every panel can call it during render.
   */
  view(authored: AnalysisInput): ServiceView {
    if (this.lastInput && sameInput(this.lastInput, authored)) return this.shown;
    this.lastInput = authored;
    this.waitingForRegex = false; // set again if this input is analysed here and needs RE2
    const limited = applyLimits(this.baseOverride ? { ...authored, base: this.baseOverride } : authored);
    this.limitProblems = limited.problems;
    if (limited.refused) {
      this.rev++;
      this.clearTimer();
      this.shown = { analysis: limited.refused, stale: false };
      return this.shown;
    }
    const input = limited.input;
    const inline = !this.goesToWorker(input);
    this.lastWentToWorker = !inline;
    if (inline) {
      this.rev++; // any answer still on its way is now stale
      this.clearTimer();
      this.shown = this.analyzeHere(input);
      return this.shown;
    }
    if (this.post(input)) this.shown = { analysis: this.shown.analysis, stale: true };
    return this.shown;
  }

  /**
   * Whether the service analyses `input` in the worker (the linter and the explanation follow the
   * same choice), or says here why not: a file past the size limit is analysed nowhere.
   */
  placement(authored: AnalysisInput): 'here' | 'worker' | 'refused' {
    const limited = applyLimits(this.baseOverride ? { ...authored, base: this.baseOverride } : authored);
    if (limited.refused) return 'refused';
    return this.goesToWorker(limited.input) ? 'worker' : 'here';
  }

  private goesToWorker(input: AnalysisInput): boolean {
    if (this.workerBroken) return false;
    if (workWeight(input) <= this.opts.inlineWeightLimit) return !this.fitsHere(input);
    // Large, but nested deeper than YAML allows: the answer is that error, found here in a few
    // milliseconds (text/yaml-depth.ts) rather than after starting the worker and copying 2 MB to it.
    return !this.tooDeep(input.rulesText);
  }

  private deepMemo: { text: string; deep: boolean } | null = null;

  private tooDeep(text: string): boolean {
    if (this.deepMemo?.text !== text) this.deepMemo = { text, deep: yamlTooDeep(text) !== null };
    return this.deepMemo.deep;
  }

  /**
   * Whether work light by its size is light in fact: its load (compiled here, within the main
   * thread's expansion budget, and memoized for the analysis that follows) stayed within that
   * budget, and evaluating the samples walks few enough nodes.
   */
  private fitsHere(input: AnalysisInput): boolean {
    const e = this.opts.analyzer.expansion(input);
    return !e.budgetExceeded && e.ruleNodes * input.samples.length <= this.opts.maxInlineEvaluatedNodes;
  }

  /**
   * Replaces the store's base ruleset by these files (the benchmark loads the upstream rules this
   * way: they are not part of the app). null goes back to the authored choice.
   */
  setBaseOverride(files: { name: string; content: string }[] | null): void {
    this.baseOverride = files ? { files } : null;
    this.lastInput = null;
    this.version++;
    for (const l of [...this.listeners]) l();
  }

  /**
   * The worker's hints for the newest input it was given, or null when that input was analysed
   * inline (the page lints it itself) or no hints have arrived yet. They may describe an older
   * text than the one on screen: compare `rulesText` before placing their ranges.
   */
  workerHints(): WorkerHints | null {
    return this.lastWentToWorker ? this.hints : null;
  }

  /** Whether the newest input is analysed by the worker (heavy work). */
  usesWorker(): boolean {
    return this.lastWentToWorker;
  }

  dispose(): void {
    this.stopRegexListener();
    this.clearTimer();
    this.worker?.terminate();
    this.worker = null;
  }

  /**
   * Analyses `input` on this thread. A `regex` compiled before RE2 arrived has no verdict yet (its
   * rule reads as "still loading"), and no wrong verdict may be shown: the previous verdicts stay,
   * marked stale (none at first: the rows read as pending), until the engine is installed.
   */
  private analyzeHere(input: AnalysisInput): ServiceView {
    const analysis = withLimitProblems(this.opts.analyzer.analyze(input), this.limitProblems);
    const regex = regexEngineState();
    if (!regex.ready && regex.missed) {
      this.waitingForRegex = true;
      return { analysis: this.shown.analysis, stale: true };
    }
    return { analysis, stale: false };
  }

  /** Sends `input` to the worker; false when it was analysed here instead. */
  private post(input: AnalysisInput): boolean {
    const worker = this.ensureWorker();
    if (!worker) {
      this.rev++;
      this.lastWentToWorker = false;
      this.shown = this.analyzeHere(input);
      return false;
    }
    const rev = ++this.rev;
    const sent = this.opts.now();
    const request: WorkerRequest = {
      type: 'analyze', rev, rulesText: input.rulesText, plugins: input.plugins, sampleDefaults: input.sampleDefaults, lint: true,
      ...(input.samples !== this.sentSamples ? { samples: input.samples } : {}),
      ...(input.base !== this.sentBase ? { base: input.base } : {}),
    };
    try {
      worker.postMessage(request);
    } catch {
      // Not cloneable or the worker is gone: analyse here rather than show nothing.
      this.workerBroken = true;
      this.lastWentToWorker = false;
      this.shown = this.analyzeHere(input);
      return false;
    }
    this.sentSamples = input.samples;
    this.sentBase = input.base;
    this.postedSamples = input.samples;
    this.postedDefaults = input.sampleDefaults;
    this.clearTimer();
    this.timer = setTimeout(() => this.onTimeout(rev, sent), this.opts.timeoutMs);
    return true;
  }

  private ensureWorker(): WorkerLike | null {
    if (this.worker || this.workerBroken) return this.worker;
    let w: WorkerLike | null = null;
    try {
      w = this.opts.createWorker();
    } catch {
      w = null;
    }
    if (!w) {
      this.workerBroken = true;
      return null;
    }
    // A new worker holds nothing yet: its first request carries the samples and the base.
    this.sentSamples = null;
    this.sentBase = null;
    w.onmessage = (e) => this.onAnswer(e.data);
    w.onerror = () => {
      // The worker script failed (e.g. blocked): keep working inline from now on.
      this.workerBroken = true;
      this.worker = null;
      const last = this.lastInput;
      this.lastInput = null; // the next view() analyses inline
      if (last) this.publish({ analysis: this.shown.analysis, stale: false });
    };
    this.worker = w;
    return w;
  }

  private onAnswer(msg: WorkerResponse): void {
    if (msg.type === 'hints') {
      // Hints of an older text still beat none (the consumers check which text they index), but
      // never replace newer ones.
      if (msg.rev < this.hintsRev) return;
      this.hintsRev = msg.rev;
      this.hints = { rulesText: msg.rulesText, hints: msg.hints };
      this.version++;
      for (const l of [...this.listeners]) l();
      return;
    }
    if (msg.rev !== this.rev) return; // an older request's answer: a newer one is coming
    this.clearTimer();
    if (msg.type === 'result') {
      this.lastWorkerMs = msg.ms;
      const analysis = { ...msg.analysis, samples: withEvents(msg.analysis.samples, this.postedSamples, this.postedDefaults) };
      this.publish({ analysis: withLimitProblems(analysis, this.limitProblems), stale: false });
    } else {
      this.publish({ analysis: withProblem(this.shown.analysis, `internal error in the analysis worker: ${msg.message}`), stale: false });
    }
  }

  private onTimeout(rev: number, sent: number): void {
    if (rev !== this.rev) return;
    this.timer = null;
    this.worker?.terminate();
    this.worker = null; // a fresh one is created for the next edit
    const secs = ((this.opts.now() - sent) / 1000).toFixed(1);
    this.publish({
      analysis: withProblem(this.shown.analysis,
        `analysis stopped after ${secs} s: the rules or samples take too long to evaluate; the verdicts shown are from the last complete analysis`),
      stale: false,
    });
  }

  private publish(view: ServiceView): void {
    this.shown = view;
    this.version++;
    for (const l of [...this.listeners]) l();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}

/**
 * The worker's rows get their `event` back as a lazy property: built (and cached per sample) from
 * the page's own sample the first time a panel reads it, so an answer costs nothing for rows no
 * one looks at.
 */
function withEvents(results: SampleResult[], samples: Sample[], defaults: SampleDefaults | undefined): SampleResult[] {
  return results.map((r, i) => {
    const sample = samples[i];
    if (r.error || !sample || sample.id !== r.sampleId) return r;
    let event: SampleResult['event'];
    let built = false;
    return Object.defineProperty(r, 'event', {
      enumerable: true,
      configurable: true,
      get() {
        if (!built) {
          built = true;
          const e = cachedSampleToEvent(sample, defaults);
          event = e.ok ? e.event : undefined;
        }
        return event;
      },
    });
  });
}

function withProblem(a: Analysis, message: string): Analysis {
  const d: Diagnostic = { code: 'FRP_ANALYSIS_ABORTED', severity: 'error', message, range: { start: 0, end: 0 } };
  return { ...a, diagnostics: [d, ...a.diagnostics.filter((x) => x.code !== d.code)] };
}

function sameInput(a: AnalysisInput, b: AnalysisInput): boolean {
  return a.rulesText === b.rulesText && a.base === b.base && a.plugins === b.plugins
    && a.samples === b.samples && a.sampleDefaults === b.sampleDefaults;
}
