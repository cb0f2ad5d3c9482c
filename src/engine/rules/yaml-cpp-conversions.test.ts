import { describe, expect, it } from 'vitest';
import { decodeUint } from './reader-values';
import { parseEngineVersion } from './versions';

/**
 * yaml-cpp's convert<unsigned> (node/convert.h): a stream with the base left to the text, so hex
 * and octal spellings are numbers; Falco decodes required_engine_version and capture_duration so.
 */
describe('yaml-cpp unsigned conversion', () => {
  it.each([
    ['63', 63], ['+5', 5], ['0x3f', 63], ['0X10', 16], ['010', 8], ['0', 0], ['7 ', 7],
    ['08', null], ['-1', null], [' 7', null], ['1.5', null], ['4294967296', null], ['0x', null], ['abc', null],
  ])('%s -> %s', (text, want) => expect(decodeUint(text)).toBe(want));

  it('required_engine_version: 0x3f is 0.63.0 and 08 is not a number', () => {
    expect(parseEngineVersion('0x3f')).toMatchObject({ minor: 63 });
    expect(parseEngineVersion('08')).toBeNull();
  });
});
