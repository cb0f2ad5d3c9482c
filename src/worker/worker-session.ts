/**
 * The analysis worker's state and scheduling, apart from the worker global (unit tested in Node).
 * Requests queue up while one is running; only the newest queued request is analysed, the others
 * are answered by nothing (the page has moved on). Samples and base files arrive only when they
 * change (protocol.ts), so they are remembered here. The verdicts go out first; the linter's hints
 * follow in a second message unless a newer request is already waiting (its hints will describe
 * the newer text).
 */
import type { AnalysisInput, BaseChoice } from '../engine/analyze';
import type { Sample } from '../engine/sample';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { SampleInterner } from './sample-interner';
import { analyzeForPage, lintForPage } from './worker-analysis';

export class WorkerSession {
  private pending: WorkerRequest | null = null;
  private scheduled = false;
  private readonly interner = new SampleInterner();
  private samples: Sample[] = [];
  private base: BaseChoice = 'stock';

  constructor(
    private readonly reply: (msg: WorkerResponse) => void,
    /** A macrotask: lets every message already queued arrive before the next step runs. */
    private readonly later: (fn: () => void) => void = (fn) => { setTimeout(fn, 0); },
    private readonly now: () => number = () => performance.now(),
  ) {}

  receive(req: WorkerRequest): void {
    // Remembered as they arrive, even for a request that is then skipped. Cloned samples are new
    // objects every time; interning gives analyze's per-sample cache stable identities, so editing
    // the rules re-evaluates but editing one sample costs one row.
    if (req.samples) this.samples = this.interner.intern(req.samples);
    if (req.base !== undefined) this.base = req.base;
    this.pending = req;
    if (this.scheduled) return;
    this.scheduled = true;
    this.later(() => this.run());
  }

  private run(): void {
    this.scheduled = false;
    const req = this.pending;
    this.pending = null;
    if (!req) return;
    const input: AnalysisInput = {
      rulesText: req.rulesText, base: this.base, plugins: req.plugins, samples: this.samples, sampleDefaults: req.sampleDefaults,
    };
    const t0 = this.now();
    try {
      this.reply({ type: 'result', rev: req.rev, analysis: analyzeForPage(input), ms: this.now() - t0 });
    } catch (err) {
      this.reply({ type: 'failed', rev: req.rev, message: err instanceof Error ? err.message : String(err) });
      return;
    }
    if (!req.lint) return;
    this.later(() => {
      if (this.pending) return; // a newer text is waiting: lint that one instead
      this.reply({ type: 'hints', rev: req.rev, rulesText: req.rulesText, hints: lintForPage(input) });
    });
  }
}
