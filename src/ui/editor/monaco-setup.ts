/**
 * Monaco comes from our own bundle, never from a CDN: @monaco-editor/react's loader is given the
 * bundled namespace, and the editor worker is built by Vite (`?worker`) and served from our origin.
 * This module is imported only by the lazily loaded editor chunk.
 */
import * as monaco from 'monaco-editor';
import { loader } from '@monaco-editor/react';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

// Every language would get the generic editor worker: we register no language services that need
// their own (json/ts/css/html workers are never asked for because no model uses those languages).
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

loader.config({ monaco });

export { monaco };
