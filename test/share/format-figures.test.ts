import { deflateSync, gzipSync, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeBase64url } from '../../src/share/base64url';
import { encodeState } from '../../src/share/codec';
import { DICTIONARY_V1_TEXT } from '../../src/share/dictionary-v1';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { serializeSamplesYaml } from '../../src/engine/sample/yaml';
import type { ShareState } from '../../src/share/types';
import { realWorldDir } from '../samples/oracle-events';
import { toSample, type RealWorldCase } from '../samples/real-world-samples';
import { SEED_STATE_10 } from './share-fixtures';

/**
 * The figures behind FORMAT.md: the seed state with ten samples under each candidate encoding.
 * Printed for the document; only the chosen format's budget is asserted.
 */
describe('share link size of the seed state with ten samples', () => {
  it('v1 is the smallest of the candidates and under budget', () => {
    const s = SEED_STATE_10;
    const json = new TextEncoder().encode(JSON.stringify(s));
    const header = JSON.stringify({ base: s.base, rl: s.rules.length, sl: s.samplesYaml.length, selectedRule: s.selectedRule, selectedSample: s.selectedSample });
    const raw = new TextEncoder().encode(header + '\n' + s.rules + s.samplesYaml);
    const dictionary = new TextEncoder().encode(DICTIONARY_V1_TEXT);
    const b64 = (bytes: Uint8Array) => encodeBase64url(bytes).length;
    const figures: [string, number][] = [
      ['JSON, plain base64url (no compression)', b64(json)],
      ['JSON, gzip level 9', b64(gzipSync(json, { level: 9 }))],
      ['JSON, zlib level 9', b64(zlibSync(json, { level: 9 }))],
      ['JSON, deflate-raw level 1', b64(deflateSync(json, { level: 1 }))],
      ['JSON, deflate-raw level 6', b64(deflateSync(json, { level: 6 }))],
      ['JSON, deflate-raw level 9', b64(deflateSync(json, { level: 9 }))],
      ['header + raw texts, deflate-raw level 9', b64(deflateSync(raw, { level: 9 }))],
      ['JSON, deflate-raw level 9 + dictionary v1', b64(deflateSync(json, { level: 9, dictionary }))],
      ['v1 (header + raw texts, deflate-raw 9 + dictionary), with `v1.`', encodeState(s).length],
    ];
    console.log(`input: ${json.length} bytes of JSON\n` + figures.map(([k, v]) => `${String(v).padStart(5)}  ${k}`).join('\n'));
    const v1 = figures[figures.length - 1][1];
    expect(v1).toBeLessThan(1500);
    for (const [, v] of figures.slice(0, -1)) expect(v1).toBeLessThanOrEqual(v);
  });

  it('the dictionary still pays off on a rule it has never seen', () => {
    const rules = readFileSync(path.join(realWorldDir, '016-pkg-mgmt-apk-manifest-exception.yaml'), 'utf8');
    const c = parse(rules) as RealWorldCase;
    const state: ShareState = { v: 1, rules: c.alt_rule ?? c.rule, base: 'none', samplesYaml: serializeSamplesYaml(c.samples.map(toSample)) };
    const json = new TextEncoder().encode(JSON.stringify(state));
    const plain = encodeBase64url(deflateSync(json, { level: 9 })).length;
    const v1 = encodeState(state).length;
    console.log(`real-world 016 (exceptions rule, 8 samples): ${json.length} bytes of JSON; deflate-raw 9: ${plain}; v1: ${v1}`);
    expect(v1).toBeLessThan(plain);
  });
});
