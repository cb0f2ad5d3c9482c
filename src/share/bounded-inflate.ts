import { Inflate } from 'fflate';

/**
 * Raw-DEFLATE decompression that stops as soon as the output passes `maxBytes`, so a small
 * hostile link cannot expand into gigabytes (deflate reaches ~1000:1). The input is fed in small
 * chunks: each push can produce at most ~chunk x 1032 bytes before we get to check the total.
 */
const CHUNK = 256;

export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; error: 'too-large' | 'corrupt' };

export function inflateBounded(input: Uint8Array, maxBytes: number, dictionary?: Uint8Array): InflateResult {
  const parts: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  let ended = false;
  const inflater = new Inflate(dictionary ? { dictionary } : {}, (chunk, final) => {
    total += chunk.length;
    if (total > maxBytes) tooLarge = true;
    else parts.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let i = 0; i < input.length && !tooLarge; i += CHUNK) {
      inflater.push(input.subarray(i, i + CHUNK), i + CHUNK >= input.length);
    }
    if (input.length === 0) inflater.push(new Uint8Array(0), true);
  } catch {
    return { ok: false, error: 'corrupt' };
  }
  if (tooLarge) return { ok: false, error: 'too-large' };
  if (!ended) return { ok: false, error: 'corrupt' };
  const bytes = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    bytes.set(p, o);
    o += p.length;
  }
  return { ok: true, bytes };
}
