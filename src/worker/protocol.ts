/**
 * Messages between the page and the analysis worker. Every request carries a revision number; the
 * worker answers only the newest request it has seen (older queued ones are skipped), and the page
 * drops any answer whose revision is not the latest it sent, so a slow answer never overwrites a
 * newer one.
 *
 * A keystroke changes the rules text only, so a request leaves out the samples and the base files
 * when they are the ones this worker already has (`undefined` = "as in my previous request"):
 * cloning a thousand samples and a 200 KB base on every keystroke cost more than analysing them.
 * Answers carry no events (a sample's event depends only on the sample, so the page rebuilds it
 * from its own copy when a panel needs it), which keeps the answer small.
 */
import type { Analysis, AnalysisInput, BaseChoice } from '../engine/analyze';
import type { LintHint } from '../engine/lint';
import type { Sample } from '../engine/sample';

export interface AnalyzeRequest {
  type: 'analyze';
  rev: number;
  rulesText: string;
  plugins: AnalysisInput['plugins'];
  sampleDefaults: AnalysisInput['sampleDefaults'];
  /** Absent: the samples of the previous request. */
  samples?: Sample[];
  /** Absent: the base of the previous request. */
  base?: BaseChoice;
  /** Also lint the rules (answered by a separate `hints` message after the result). */
  lint: boolean;
}

export type WorkerRequest = AnalyzeRequest;

export type WorkerResponse =
  | { type: 'result'; rev: number; analysis: Analysis; ms: number }
  | { type: 'hints'; rev: number; rulesText: string; hints: LintHint[] }
  | { type: 'failed'; rev: number; message: string };
