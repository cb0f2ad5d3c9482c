import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeBase64url } from '../../src/share/base64url';
import { decodeState, encodeState, MAX_FRAGMENT_CHARS } from '../../src/share/codec';
import { DICTIONARY_V1_TEXT } from '../../src/share/dictionary-v1';
import type { ShareState } from '../../src/share/types';
import { SEED_STATE_10 } from './share-fixtures';

const stateArb: fc.Arbitrary<ShareState> = fc.record(
  {
    v: fc.constant(1 as const),
    rules: fc.string({ unit: 'binary', maxLength: 400 }),
    base: fc.constantFrom('stock' as const, 'none' as const, 'upstream' as const),
    samplesYaml: fc.string({ unit: 'binary', maxLength: 400 }),
    selectedRule: fc.string({ unit: 'binary', maxLength: 40 }),
    selectedSample: fc.nat(1000),
    plugins: fc.constantFrom('container' as const, 'none' as const),
  },
  { requiredKeys: ['v', 'rules', 'base', 'samplesYaml'] },
);

/** A v1 link with a hand-made payload (header line + texts), to test validation. */
function linkWithPayload(payload: string): string {
  const dict = new TextEncoder().encode(DICTIONARY_V1_TEXT);
  return 'v1.' + encodeBase64url(deflateSync(new TextEncoder().encode(payload), { level: 9, dictionary: dict }));
}

describe('share codec', () => {
  it('round-trips any state', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const r = decodeState(encodeState(state));
        expect(r).toEqual({ ok: true, state, warnings: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('accepts the fragment with its #', () => {
    expect(decodeState('#' + encodeState(SEED_STATE_10))).toMatchObject({ ok: true, state: SEED_STATE_10 });
  });

  it('keeps the seed state with ten samples under 1,500 characters', () => {
    expect(encodeState(SEED_STATE_10).length).toBeLessThan(1500);
  });

  it('never throws, whatever the input', () => {
    const damaged = fc.tuple(fc.nat(), fc.string({ maxLength: 3 })).map(([at, junk]) => {
      const good = encodeState(SEED_STATE_10);
      const i = 3 + (at % (good.length - 3));
      return good.slice(0, i) + junk + good.slice(i + 1);
    });
    const arbitrary = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string().map((s) => 'v1.' + s),
      fc.uint8Array({ maxLength: 200 }).map((b) => 'v1.' + encodeBase64url(b)),
      fc.uint8Array({ maxLength: 200 }).map((b) => encodeBase64url(b)),
      damaged,
    );
    fc.assert(
      fc.property(arbitrary, (text) => {
        const r = decodeState(text);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a decompression bomb without inflating it', () => {
    const bomb = deflateSync(new Uint8Array(8 * 1024 * 1024), { level: 9, dictionary: new TextEncoder().encode(DICTIONARY_V1_TEXT) });
    const link = 'v1.' + encodeBase64url(bomb);
    expect(link.length).toBeLessThan(MAX_FRAGMENT_CHARS);
    expect(decodeState(link)).toEqual({ ok: false, error: expect.stringContaining('expands to more than') });
  });

  it('refuses over-long fragments before decoding', () => {
    expect(decodeState('v1.' + 'A'.repeat(MAX_FRAGMENT_CHARS))).toEqual({ ok: false, error: expect.stringContaining('too long') });
  });

  it('names a newer format instead of failing obscurely', () => {
    expect(decodeState('v7.abc')).toEqual({ ok: false, error: expect.stringContaining('format v7') });
  });

  it.each([
    ['', 'no playground data'],
    ['v1.@@@', 'outside base64url'],
    ['v1.AAAA', 'does not decompress'],
    ['hello world', 'not a playground link'],
  ])('explains why %j cannot be read', (text, message) => {
    expect(decodeState(text)).toEqual({ ok: false, error: expect.stringContaining(message) });
  });

  it('validates every header field: bad choices fall back with a warning, bad texts are refused', () => {
    const ok = decodeState(linkWithPayload('{"base":"everything","rl":2,"sl":3,"selectedRule":7,"selectedSample":-1,"plugins":"k8s"}\nabxyz'));
    expect(ok).toEqual({
      ok: true,
      state: { v: 1, rules: 'ab', samplesYaml: 'xyz', base: 'stock' },
      warnings: [expect.stringContaining("'everything'"), expect.stringContaining("'k8s'")],
    });
    expect(decodeState(linkWithPayload('{"base":"stock","rl":5,"sl":3}\nabxyz'))).toEqual({ ok: false, error: expect.stringContaining('lengths') });
    expect(decodeState(linkWithPayload('[1,2]\nab'))).toEqual({ ok: false, error: expect.stringContaining('header') });
    expect(decodeState(linkWithPayload('no header'))).toEqual({ ok: false, error: expect.stringContaining('header') });
  });
});

describe('share codec: old links keep opening', () => {
  // Fixture: a link of the v0 prototype (plain base64 JSON with a list of command lines).
  const V0_LINK = 'eyJydWxlcyI6Ii0gcnVsZTogU2hlbGwgaW4gY29udGFpbmVyXG4gIGRlc2M6IHNoZWxsXG4gIGNvbmRpdGlvbjogcHJvYy5uYW1lID0gYmFzaFxuICBvdXRwdXQ6IHNoZWxsIChjb21tYW5kPSVwcm9jLmNtZGxpbmUpXG4gIHByaW9yaXR5OiBXQVJOSU5HXG4iLCJzYW1wbGVzIjpbImJhc2ggLWkiLCJscyAtbGEiXSwiYmFzZSI6Im5vbmUifQ==';

  it('v0 (prototype) links migrate to v1', () => {
    const r = decodeState('#' + V0_LINK);
    expect(r).toEqual({
      ok: true,
      migratedFrom: 0,
      warnings: [],
      state: {
        v: 1,
        rules: '- rule: Shell in container\n  desc: shell\n  condition: proc.name = bash\n  output: shell (command=%proc.cmdline)\n  priority: WARNING\n',
        base: 'none',
        samplesYaml: 'samples:\n  - bash -i\n  - ls -la\n',
      },
    });
    expect(decodeState('v0.' + V0_LINK)).toMatchObject({ ok: true, migratedFrom: 0 });
  });
});
