/**
 * Everything that reads or writes a link (the versioned codec with its compressor, the samples
 * YAML, the draft history), in one module that url-sync.ts fetches at startup without waiting for
 * it: the first verdicts of one's own work need none of it. A link to open at startup is the
 * exception, and waits for it (src/main.tsx).
 */
export { decodeState } from '../share';
export { applySelection, applyShareState, currentFragment, sameWork, toShareState } from './share-link';
export { keepWorkBeforeReplacing, restoreDraft, stashCurrentWork } from './persistence';
