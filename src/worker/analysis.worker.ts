/// <reference lib="webworker" />
/**
 * The analysis worker: runs `analyze` (and the linter) off the page's thread for large work (many
 * samples, a big base ruleset). The logic lives in worker-session.ts; this file only wires it to
 * the worker's messages.
 */
// The worker is started for heavy work, off the page's critical path: RE2 comes with it.
import '../engine/eval/re2-install';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { WorkerSession } from './worker-session';

declare const self: DedicatedWorkerGlobalScope;

const session = new WorkerSession((msg: WorkerResponse) => self.postMessage(msg));
self.onmessage = (e: MessageEvent<WorkerRequest>) => session.receive(e.data);
