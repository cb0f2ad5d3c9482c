/** Names, units and targets of the benchmark figures (issue 8). */
export type Figures = Record<string, number>;

interface FigureSpec {
  label: string;
  unit: string;
  digits?: number;
  target?: { value: number; better: 'lower' | 'higher' };
}

export const FIGURES: Record<string, FigureSpec> = {
  'engine.load_ms.1_files': { label: 'load+compile falco_rules.yaml', unit: 'ms' },
  'engine.load_ms.2_files': { label: 'load+compile + falco-incubating_rules.yaml', unit: 'ms' },
  'engine.load_ms.3_files': { label: 'load+compile + falco-sandbox_rules.yaml (all three)', unit: 'ms', target: { value: 100, better: 'lower' } },
  'engine.evals_per_s.upstream': { label: 'evaluations/s, all upstream rules × 1,000 samples', unit: '/s', digits: 0 },
  'engine.evals_per_s.seed': { label: 'evaluations/s, seed rule × 1,000 samples', unit: '/s', digits: 0, target: { value: 4_000_000, better: 'higher' } },
  'engine.evals_per_s.seed_fresh': { label: '  the same, every field extracted again for each evaluation (no target)', unit: '/s', digits: 0 },
  'engine.cli_eval_s.cases20000': { label: '`eval` CLI, 20,000 condition cases (one process)', unit: 's', digits: 2, target: { value: 60, better: 'lower' } },
  'engine.compile_us_per_char': { label: 'compile time per condition character (libsinsp ≈ 0.25)', unit: 'µs/char', digits: 3, target: { value: 0.25, better: 'lower' } },
  'engine.reanalyze_ms.upstream1000': { label: 're-analysis after a one-character edit, upstream base + 1,000 samples', unit: 'ms', digits: 2, target: { value: 30, better: 'lower' } },
  'engine.reanalyze_ms.seed200': { label: 're-analysis after a one-character edit, seed rule + 200 samples', unit: 'ms', digits: 2, target: { value: 4, better: 'lower' } },
  'browser.first_verdicts_ms': { label: 'navigation → first verdicts (fresh profile)', unit: 'ms', target: { value: 1000, better: 'lower' } },
  'browser.keystroke_ms.seed200.median': { label: 'keystroke → verdicts, seed rule, 200 samples, median (16 keys/s)', unit: 'ms' },
  'browser.keystroke_ms.seed200.p95': { label: 'keystroke → verdicts, seed rule, 200 samples, p95 (16 keys/s)', unit: 'ms', target: { value: 16, better: 'lower' } },
  'browser.keystroke_ms.seed200.burst_p95': { label: '  the same, keys back to back (stress, no target), p95', unit: 'ms' },
  'browser.keystroke_ms.upstream1000.median': { label: 'keystroke → verdicts, upstream base, 1,000 samples, median (16 keys/s)', unit: 'ms' },
  'browser.keystroke_ms.upstream1000.p95': { label: 'keystroke → verdicts, upstream base, 1,000 samples, p95 (16 keys/s)', unit: 'ms', target: { value: 100, better: 'lower' } },
  'browser.keystroke_ms.upstream1000.burst_p95': { label: '  the same, keys back to back (stress, no target), p95', unit: 'ms' },
  'browser.first_verdict_js_gzip_kb': { label: 'JS for the first verdicts (gzip)', unit: 'KB', target: { value: 200, better: 'lower' } },
  'browser.app_total_gzip_kb': { label: 'whole app, all files (gzip)', unit: 'KB' },
  'browser.monaco_lazy_gzip_kb': { label: 'of which loaded after first verdicts (editor, Monaco, workers)', unit: 'KB' },
  'browser.heap_mb.samples10000': { label: 'JS heap, page, 10,000 samples', unit: 'MB' },
  'browser.heap_mb.samples10000.workers': { label: '  the analysis worker\'s heap at the same time', unit: 'MB' },
  'browser.heap_mb.samples10000.total': { label: '  page + workers', unit: 'MB' },
};
