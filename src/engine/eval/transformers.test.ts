import { describe, expect, it } from 'vitest';
import { base64Decode, TRANSFORMERS } from './transformers';

describe('transformers', () => {
  it('b64 decodes with or without padding and rejects bad input', () => {
    expect(base64Decode('aGVsbG8=')).toBe('hello');
    expect(base64Decode('aGVsbG8')).toBe('hello');
    expect(base64Decode('')).toBe('');
    expect(base64Decode('a')).toBeNull();
    expect(base64Decode('aGVsbG9')).toBeNull(); // non-zero unused bits
    expect(base64Decode('a$==')).toBeNull();
    expect(base64Decode('==')).toBeNull();
  });
  it('basename keeps the text after the last slash', () => {
    const b = TRANSFORMERS.basename.apply;
    expect(b('/usr/bin/ls', 'CHARBUF')).toBe('ls');
    expect(b('/usr/bin/', 'CHARBUF')).toBe('');
    expect(b('ls', 'CHARBUF')).toBe('ls');
  });
  it('case mapping is ASCII only', () => {
    expect(TRANSFORMERS.toupper.apply('abcé', 'CHARBUF')).toBe('ABCé');
    expect(TRANSFORMERS.tolower.apply('ABCÉ', 'CHARBUF')).toBe('abcÉ');
  });
  it('type rules follow transform_type', () => {
    expect(TRANSFORMERS.tolower.accepts('UINT32', false)).toBe(false);
    expect(TRANSFORMERS.b64.accepts('BYTEBUF', false)).toBe(true);
    expect(TRANSFORMERS.len.accepts('UINT64', true)).toBe(true);
    expect(TRANSFORMERS.len.result('CHARBUF', false)).toEqual({ type: 'UINT64', list: false });
  });
});
