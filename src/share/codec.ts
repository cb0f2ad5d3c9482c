import { deflateSync } from 'fflate';
import { decodeBase64url, encodeBase64url } from './base64url';
import { inflateBounded } from './bounded-inflate';
import { DICTIONARY_V1_TEXT } from './dictionary-v1';
import { decodeV0 } from './migrate-v0';
import type { ShareState } from './types';
import { isCount, isRecord, validate, type DecodeResult } from './validate';

/**
 * Share links: `v1.` + base64url(deflate-raw level 9, preset dictionary v1, of the payload).
 * Payload = one JSON header line, then the rules text, then the samples text, raw (the header
 * gives their lengths), so the texts compress against the dictionary without JSON escaping.
 * The format is described in FORMAT.md. Decoding is bounded and total: any string yields a
 * state or an error, never an exception.
 */

/** Longer fragments are refused before any work (a browser URL can carry far more). */
export const MAX_FRAGMENT_CHARS = 200_000;
/** Decompressed payload cap: stops a small link from expanding into gigabytes. */
export const MAX_PAYLOAD_BYTES = 2 * 1024 * 1024;

/**
 * How much a decoder accepts. Links use LINK_LIMITS; the person's own drafts, which are stored in
 * this encoding in the browser and hold far larger work than anyone would send as a link, pass
 * their own bounds (src/share/drafts.ts).
 */
export interface DecodeLimits {
  /** Longer input is refused before any work. */
  maxChars: number;
  /** Inflation stops past this many bytes. */
  maxPayloadBytes: number;
}

export const LINK_LIMITS: DecodeLimits = { maxChars: MAX_FRAGMENT_CHARS, maxPayloadBytes: MAX_PAYLOAD_BYTES };
export const CURRENT_VERSION = 1;

const DICTIONARY_V1 = new TextEncoder().encode(DICTIONARY_V1_TEXT);

export type { DecodeResult } from './validate';

interface HeaderV1 {
  base: ShareState['base'];
  rl: number;
  sl: number;
  selectedRule?: string;
  selectedSample?: number;
  plugins?: ShareState['plugins'];
  baseFiles?: string[];
}

/** The fragment for a state (without `#`); `#` + this is what goes after the page URL. */
export function encodeState(state: ShareState): string {
  const header: HeaderV1 = { base: state.base, rl: state.rules.length, sl: state.samplesYaml.length };
  if (state.selectedRule !== undefined) header.selectedRule = state.selectedRule;
  if (state.selectedSample !== undefined) header.selectedSample = state.selectedSample;
  if (state.plugins !== undefined) header.plugins = state.plugins;
  // Added after v1 shipped: older decoders ignore unknown header keys, so v1 links stay v1.
  if (state.baseFiles !== undefined) header.baseFiles = state.baseFiles;
  const payload = JSON.stringify(header) + '\n' + state.rules + state.samplesYaml;
  const compressed = deflateSync(new TextEncoder().encode(payload), { level: 9, dictionary: DICTIONARY_V1 });
  return `v${CURRENT_VERSION}.${encodeBase64url(compressed)}`;
}

export function decodeState(fragment: string, limits: DecodeLimits = LINK_LIMITS): DecodeResult {
  try {
    return decodeUnsafe(fragment, limits);
  } catch {
    // Nothing below should throw; this keeps "a bad link never breaks the page" unconditional.
    return { ok: false, error: 'This link could not be read.' };
  }
}

function decodeUnsafe(fragment: string, limits: DecodeLimits): DecodeResult {
  if (typeof fragment !== 'string') return { ok: false, error: 'No link data.' };
  let text = fragment.trim();
  if (text.startsWith('#')) text = text.slice(1);
  if (text === '') return { ok: false, error: 'The link has no playground data.' };
  if (text.length > limits.maxChars) return { ok: false, error: `The link is too long (${text.length} characters; at most ${limits.maxChars}).` };
  const m = /^v(\d{1,4})\.(.*)$/s.exec(text);
  if (!m) return decodeV0(text);
  const version = Number(m[1]);
  if (version === 0) return decodeV0(m[2]);
  if (version !== 1) return { ok: false, error: `This link uses format v${version}; this playground reads v0 and v1. It may come from a newer version.` };
  const bytes = decodeBase64url(m[2]);
  if (!bytes) return { ok: false, error: 'The link is damaged (characters outside base64url).' };
  const inflated = inflateBounded(bytes, limits.maxPayloadBytes, DICTIONARY_V1);
  if (!inflated.ok) {
    return { ok: false, error: inflated.error === 'too-large' ? `The link expands to more than ${limits.maxPayloadBytes} bytes.` : 'The link is damaged (it does not decompress).' };
  }
  const payload = new TextDecoder('utf-8', { fatal: false }).decode(inflated.bytes);
  return readPayloadV1(payload);
}

function readPayloadV1(payload: string): DecodeResult {
  const nl = payload.indexOf('\n');
  if (nl < 0) return { ok: false, error: 'The link is damaged (no header).' };
  let header: unknown;
  try {
    header = JSON.parse(payload.slice(0, nl));
  } catch {
    return { ok: false, error: 'The link is damaged (unreadable header).' };
  }
  if (!isRecord(header)) return { ok: false, error: 'The link is damaged (unreadable header).' };
  const body = payload.slice(nl + 1);
  const rl = header.rl;
  const sl = header.sl;
  if (!isCount(rl) || !isCount(sl) || rl + sl !== body.length) return { ok: false, error: 'The link is damaged (text lengths do not add up).' };
  return validate({ ...header, rules: body.slice(0, rl), samplesYaml: body.slice(rl) });
}
