/**
 * Messages between the page and the analysis worker. Every request carries a revision number; the
 * worker answers only the newest request it has seen (older queued ones are skipped), and the page
 * drops any answer whose revision is not the latest it sent, so a slow answer never overwrites a
 * newer one.
 */
import type { Analysis, AnalysisInput } from '../engine/analyze';

export interface AnalyzeRequest {
  type: 'analyze';
  rev: number;
  input: AnalysisInput;
}

export type WorkerRequest = AnalyzeRequest;

export type WorkerResponse =
  | { type: 'result'; rev: number; analysis: Analysis; ms: number }
  | { type: 'failed'; rev: number; message: string };
