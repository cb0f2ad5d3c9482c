export { decodeState, encodeState, MAX_FRAGMENT_CHARS, MAX_PAYLOAD_BYTES, type DecodeResult } from './codec';
export type { BaseRuleset, PluginsChoice, ShareState } from './types';
export { createDraftStore, type DraftEntry, type DraftStorage, type DraftStore } from './drafts';
