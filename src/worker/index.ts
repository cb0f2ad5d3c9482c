/**
 * The page's analysis service (one per page), with the real Web Worker. Vite bundles the worker
 * from the `new URL(..., import.meta.url)` form as a same-origin module file (CSP worker-src 'self').
 */
import { AnalysisService, type WorkerLike } from './analysis-service';

export { AnalysisService, EMPTY_ANALYSIS, workWeight, type ServiceView, type WorkerLike } from './analysis-service';

function createWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'analysis' }) as unknown as WorkerLike;
}

export const analysisService = new AnalysisService({ createWorker });
