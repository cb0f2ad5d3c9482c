export { decodeState, encodeState, LINK_LIMITS, MAX_FRAGMENT_CHARS, MAX_PAYLOAD_BYTES, type DecodeLimits, type DecodeResult } from './codec';
export type { BaseRuleset, PluginsChoice, ShareState } from './types';
export { createDraftStore, DRAFT_LIMITS, type DraftEntry, type DraftStorage, type DraftStore, type StashResult } from './drafts';
export { isQuotaError, storageFailure, type StorageFailure } from './storage-errors';
