import { EVENT_TYPE_NAMES } from '../fields/event-table-data';
import type { Scalar } from '../event/extract';

/**
 * Parsing of constant right-hand values into a field's type, as sinsp_filter_value_parser::
 * string_to_rawval does at compile time. Errors carry libsinsp's exact texts.
 */
export type ParsedValue = { ok: true; value: Scalar } | { ok: false; message: string };

const U64 = 1n << 64n;
const I64_MAX = (1n << 63n) - 1n;
const I64_MIN = -(1n << 63n);

/**
 * sscanf("%<int>%c") == 1: optional leading blanks, optional sign, decimal digits, and nothing
 * after them (sinsp_numparser). Returns the literal as a BigInt, or null.
 */
function scanDecimal(s: string): bigint | null {
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)$/.exec(s);
  if (!m) return null;
  const n = BigInt(m[2]);
  return m[1] === '-' ? -n : n;
}

/** glibc strtol: saturates at the long range. */
function strtol(n: bigint): bigint {
  return n > I64_MAX ? I64_MAX : n < I64_MIN ? I64_MIN : n;
}
/** glibc strtoul: magnitude saturates at ULONG_MAX, a '-' negates modulo 2^64. */
function strtoul(n: bigint): bigint {
  const mag = n < 0n ? -n : n;
  if (mag >= U64) return U64 - 1n;
  return n < 0n ? (U64 - mag) % U64 : n;
}
function wrapSigned(n: bigint, bits: number): bigint {
  return BigInt.asIntN(bits, n);
}
function wrapUnsigned(n: bigint, bits: number): bigint {
  return BigInt.asUintN(bits, n);
}

const notNumber = (s: string): ParsedValue => ({ ok: false, message: `${s} is not a valid number` });

function signed(s: string, bits: number): ParsedValue {
  const n = scanDecimal(s);
  if (n === null) return notNumber(s);
  return { ok: true, value: Number(wrapSigned(strtol(n), bits)) };
}
function unsigned(s: string, bits: number): ParsedValue {
  const n = scanDecimal(s);
  if (n === null) return notNumber(s);
  return { ok: true, value: Number(wrapUnsigned(strtoul(n), bits)) };
}

/** A few /etc/services names getservbyname resolves (PT_PORT values may be service names). */
const SERVICES: Record<string, number> = {
  ftp: 21, ssh: 22, telnet: 23, smtp: 25, domain: 53, http: 80, pop3: 110, imap: 143,
  https: 443, ldap: 389, mysql: 3306, postgresql: 5432, 'http-alt': 8080,
};

const EVENT_TYPES = new Set(EVENT_TYPE_NAMES);

export function isKnownEventType(name: string): boolean {
  return EVENT_TYPES.has(name);
}

/** Parses `text` for a field of PT_`type`. `fieldName` enables evt.type validation. */
export function parseValue(text: string, type: string, fieldName?: string): ParsedValue {
  if (type === 'BYTEBUF') return { ok: true, value: text };
  if (text.includes('\0')) {
    return { ok: false, message: 'filter error: filter value cannot contain a NUL byte (\\x00)' };
  }
  switch (type) {
    case 'INT8': return signed(text, 8);
    case 'INT16': return signed(text, 16);
    case 'INT32': return signed(text, 32);
    case 'INT64': case 'FD': case 'ERRNO': case 'PID': return signed(text, 64);
    case 'UINT8': case 'FLAGS8': case 'ENUMFLAGS8': case 'L4PROTO': return unsigned(text, 8);
    case 'UINT16': case 'FLAGS16': case 'ENUMFLAGS16': return unsigned(text, 16);
    case 'UINT32': case 'FLAGS32': case 'ENUMFLAGS32': case 'MODE': case 'UID': case 'GID': return unsigned(text, 32);
    case 'UINT64': case 'RELTIME': case 'ABSTIME': return unsigned(text, 64);
    case 'DOUBLE': return signed(text, 32);
    case 'PORT': {
      if (text === '') return { ok: true, value: 0 };
      if (/^\d+$/.test(text)) return { ok: true, value: Number(text) & 0xffff };
      const port = SERVICES[text];
      return port === undefined ? { ok: false, message: `unrecognized protocol ${text}` } : { ok: true, value: port };
    }
    case 'BOOL':
      if (text === 'true') return { ok: true, value: true };
      if (text === 'false') return { ok: true, value: false };
      return { ok: false, message: `filter error: unrecognized boolean value ${text}` };
    case 'CHARBUF': case 'FSPATH': case 'FSRELPATH':
      // sinsp_filter_check_event::validate_filter_value: evt.type values must name an event.
      if (fieldName === 'evt.type' && !EVENT_TYPES.has(text)) {
        return { ok: false, message: `unknown event type ${text}` };
      }
      return { ok: true, value: text };
    case 'IPV4ADDR': return ipv4(text) ? { ok: true, value: text } : { ok: false, message: `unrecognized IPv4 address ${text}` };
    case 'IPADDR': return text.includes('.') ? parseValue(text, 'IPV4ADDR') : { ok: true, value: text };
    case 'IPNET': case 'IPV4NET': case 'IPV6NET':
      if (!text.includes('/')) return { ok: false, message: `unrecognized IP network ${text}` };
      return { ok: true, value: text };
    default:
      return { ok: true, value: text };
  }
}

function ipv4(s: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  return !!m && m.slice(1).every((x) => Number(x) <= 255);
}

/** sinsp_utils::unhex: an even number of hex digits (bcontains / bstartswith values). */
export function unhex(s: string): string | null {
  if (s.length % 2 !== 0 || !/^[0-9A-Fa-f]*$/.test(s)) return null;
  let out = '';
  for (let i = 0; i < s.length; i += 2) out += String.fromCharCode(parseInt(s.slice(i, i + 2), 16));
  return out;
}

/** A JS string's UTF-8 bytes as a latin1 string (one char per byte), for byte-level comparisons. */
export function utf8Bytes(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = '';
  for (const b of new TextEncoder().encode(s)) out += String.fromCharCode(b);
  return out;
}

/** UTF-8 byte length up to the first NUL (strnlen on the C string): what len() returns. */
export function cStringByteLength(s: string): number {
  const nul = s.indexOf('\0');
  const t = nul >= 0 ? s.slice(0, nul) : s;
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(t) ? t.length : new TextEncoder().encode(t).length;
}
