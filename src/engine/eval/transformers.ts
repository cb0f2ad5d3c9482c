import type { Scalar } from '../event/extract';
import { asciiLower, asciiUpper } from './glob';
import { cStringByteLength } from './values';

/**
 * Single-value transformers (libsinsp sinsp_filter_transformers/*.cpp): which input types each
 * accepts, what type it produces, and the per-value function (null = the value is dropped, which
 * makes the whole extraction fail, as b64 does on undecodable input).
 */
export interface TransformerSpec {
  accepts: (type: string, list: boolean) => boolean;
  result: (type: string, list: boolean) => { type: string; list: boolean };
  apply: (v: Scalar, inputType: string) => Scalar | null;
}

const STRINGISH = new Set(['CHARBUF', 'FSPATH', 'FSRELPATH']);
const same = (type: string, list: boolean) => ({ type, list });

export const TRANSFORMERS: Record<string, TransformerSpec> = {
  tolower: { accepts: (t) => STRINGISH.has(t), result: same, apply: (v) => asciiLower(String(v)) },
  toupper: { accepts: (t) => STRINGISH.has(t), result: same, apply: (v) => asciiUpper(String(v)) },
  b64: { accepts: (t) => t === 'CHARBUF' || t === 'BYTEBUF', result: same, apply: (v) => base64Decode(String(v)) },
  basename: {
    accepts: (t) => STRINGISH.has(t),
    result: same,
    apply: (v) => {
      const s = String(v);
      return s.slice(s.lastIndexOf('/') + 1);
    },
  },
  // len() of a list counts elements and of a string its bytes up to the first NUL (strnlen).
  len: {
    accepts: (t, list) => list || STRINGISH.has(t) || t === 'BYTEBUF',
    result: () => ({ type: 'UINT64', list: false }),
    apply: (v, inputType) => (inputType === 'BYTEBUF' ? new TextEncoder().encode(String(v)).length : cStringByteLength(String(v))),
  },
};

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const REV = new Map([...B64].map((c, i) => [c, i]));

/**
 * Base64::decodeWithoutPadding (libsinsp base64.h): up to two trailing '=' are ignored, every other
 * character must be in the standard alphabet, and the unused low bits of the last character must be
 * zero. Decoded bytes are read back as UTF-8 when valid, else one character per byte.
 */
export function base64Decode(input: string): string | null {
  if (input === '') return '';
  let n = input.length;
  if (input[n - 1] === '=') {
    n--;
    if (n > 0 && input[n - 1] === '=') n--;
  }
  if (n === 0) return null;
  if (n % 4 === 1) return null;
  const bytes: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = REV.get(input[i]);
    if (c === undefined) return null;
    const last = i === n - 1;
    switch (i % 4) {
      case 0: bytes.push((c << 2) & 0xff); break;
      case 1:
        bytes[bytes.length - 1] |= c >> 4;
        if (last) {
          if ((c & 0b1111) !== 0) return null;
        } else bytes.push((c << 4) & 0xff);
        break;
      case 2:
        bytes[bytes.length - 1] |= c >> 2;
        if (last) {
          if ((c & 0b11) !== 0) return null;
        } else bytes.push((c << 6) & 0xff);
        break;
      case 3: bytes[bytes.length - 1] |= c; break;
    }
  }
  const arr = Uint8Array.from(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(arr);
  } catch {
    return String.fromCharCode(...arr);
  }
}
