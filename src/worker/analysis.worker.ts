/// <reference lib="webworker" />
/**
 * The analysis worker: runs `analyze` off the page's thread for large work (many samples, a big
 * base ruleset). Requests queue up while one is running; when it finishes only the newest queued
 * request is analysed, the others are answered by nothing (the page has moved on).
 */
import { analyze } from '../engine/analyze';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { SampleInterner } from './sample-interner';

declare const self: DedicatedWorkerGlobalScope;

let pending: WorkerRequest | null = null;
let scheduled = false;
const interner = new SampleInterner();

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  pending = e.data;
  if (scheduled) return;
  scheduled = true;
  // A macrotask: lets every message already queued arrive first, so only the newest is analysed.
  setTimeout(run, 0);
};

function run(): void {
  scheduled = false;
  const req = pending;
  pending = null;
  if (!req) return;
  const t0 = performance.now();
  let reply: WorkerResponse;
  try {
    // Cloned samples are new objects every time; interning gives analyze's per-sample cache
    // stable identities, so editing the rules re-evaluates but editing one sample costs one row.
    const input = { ...req.input, samples: interner.intern(req.input.samples) };
    reply = { type: 'result', rev: req.rev, analysis: analyze(input), ms: performance.now() - t0 };
  } catch (err) {
    reply = { type: 'failed', rev: req.rev, message: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
}
