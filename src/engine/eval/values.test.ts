import { describe, expect, it } from 'vitest';
import { cStringByteLength, parseValue, unhex } from './values';

const val = (t: string, type: string, field?: string) => {
  const r = parseValue(t, type, field);
  return r.ok ? r.value : `ERR ${r.message}`;
};

describe('constant parsing (string_to_rawval)', () => {
  it('numbers are decimal only, with optional leading blanks and sign', () => {
    expect(val('42', 'INT64')).toBe(42);
    expect(val(' 7', 'UINT32')).toBe(7);
    expect(val('+5', 'INT64')).toBe(5);
    expect(val('7 ', 'UINT32')).toBe('ERR 7  is not a valid number');
    expect(val('0x10', 'INT64')).toBe('ERR 0x10 is not a valid number');
    expect(val('1.5', 'INT64')).toBe('ERR 1.5 is not a valid number');
    expect(val('', 'UINT32')).toBe('ERR  is not a valid number');
    expect(val('-', 'UINT32')).toBe('ERR - is not a valid number');
  });
  it('unsigned types wrap negative values, int64 saturates', () => {
    expect(val('-1', 'UINT32')).toBe(4294967295);
    expect(val('99999999999999999999999', 'INT64')).toBe(Number((1n << 63n) - 1n));
  });
  it('booleans are exactly true/false', () => {
    expect(val('true', 'BOOL')).toBe(true);
    expect(val('TRUE', 'BOOL')).toBe('ERR filter error: unrecognized boolean value TRUE');
    expect(val('1', 'BOOL')).toBe('ERR filter error: unrecognized boolean value 1');
  });
  it('validates evt.type names (the empty name included, as libsinsp accepts it)', () => {
    expect(val('execve', 'CHARBUF', 'evt.type')).toBe('execve');
    expect(val('', 'CHARBUF', 'evt.type')).toBe('');
    expect(val('exceve', 'CHARBUF', 'evt.type')).toBe('ERR unknown event type exceve');
    expect(val('exceve', 'CHARBUF', 'proc.name')).toBe('exceve');
  });
  it('rejects NUL bytes except in byte buffers', () => {
    expect(val('a\0b', 'CHARBUF')).toBe('ERR filter error: filter value cannot contain a NUL byte (\\x00)');
    expect(val('a\0b', 'BYTEBUF')).toBe('a\0b');
  });
  it('unhex needs an even number of hex digits', () => {
    expect(unhex('4854')).toBe('HT');
    expect(unhex('485')).toBeNull();
    expect(unhex('zz')).toBeNull();
  });
  it('len counts UTF-8 bytes up to the first NUL', () => {
    expect(cStringByteLength('abc')).toBe(3);
    expect(cStringByteLength('é')).toBe(2);
    expect(cStringByteLength('ab\0cd')).toBe(2);
  });
});
