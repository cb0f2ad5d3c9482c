import type { Scalar } from '../event/extract';

/**
 * Text of a value as libsinsp's sinsp_filter_check::rawval_to_string prints it: integers in
 * decimal (or upper-case hex for PF_HEX), doubles with one decimal, booleans as true/false, strings
 * verbatim.
 */
export function renderScalar(v: Scalar, type: string, printFormat = ''): string {
  if (typeof v === 'string') return type === 'BYTEBUF' ? renderBytes(v) : v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'bigint') return printFormat === 'PF_10_PADDED_DEC' ? v.toString().padStart(9, '0') : v.toString();
  if (type === 'DOUBLE') return v.toFixed(1);
  if (printFormat === 'PF_HEX' && v >= 0) return Math.trunc(v).toString(16).toUpperCase();
  if (printFormat === 'PF_OCT' && v >= 0) return Math.trunc(v).toString(8);
  if (printFormat === 'PF_10_PADDED_DEC') return String(v).padStart(9, '0');
  return String(v);
}

/** List values render as `(a,b)` (sinsp_filter_check::tostring for EPF_IS_LIST fields). */
export function renderList(vs: Scalar[], type: string, printFormat = ''): string {
  return '(' + vs.map((v) => renderScalar(v, type, printFormat)).join(',') + ')';
}

/**
 * PT_BYTEBUF values print through binary_buffer_to_string with the default format: every byte
 * outside 0x20-0x7e (NUL separators, tabs, UTF-8 sequences) becomes '.'.
 */
function renderBytes(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x20-\x7e]*$/.test(s)) return s;
  let out = '';
  for (const b of new TextEncoder().encode(s)) out += b >= 0x20 && b <= 0x7e ? String.fromCharCode(b) : '.';
  return out;
}
