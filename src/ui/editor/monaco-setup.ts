/**
 * Monaco comes from our own bundle, never from a CDN: @monaco-editor/react's loader is given the
 * bundled namespace (the core editor and the features we use, ./monaco-core.ts), and the editor
 * worker is built by Vite (`?worker`) and served from our origin.
 * This module is imported only by the lazily loaded editor chunk.
 */
import { monaco } from './monaco-core';
import { loader } from '@monaco-editor/react';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

// The generic editor worker (diffs, word-based suggestions, link detection) is the only one: the
// bundle has no language service that would ask for another (see ./monaco-core.ts).
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

loader.config({ monaco });

export { monaco };
