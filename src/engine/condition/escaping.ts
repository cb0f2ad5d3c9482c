/**
 * Quoted-string escapes of the condition language, following libsinsp
 * userspace/libsinsp/filter/escaping.cpp (`unescape_str`, `escape_str`).
 */

/** Result of unescaping: the value, or libsinsp's exact error text. */
export type UnescapeResult = { ok: true; value: string } | { ok: false; message: string };

function isHexDigit(c: string): boolean {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/**
 * Unescapes a complete quoted token, delimiters included (`"a\tb"` → `a<TAB>b`).
 *
 * `\xHH` yields one *byte*. Bytes below 0x80 are plain characters; when high bytes were produced the
 * whole value is rebuilt as UTF-8 and decoded, so `"\xc3\xa9"` is `é` (an invalid sequence decodes
 * to U+FFFD: JavaScript strings cannot hold raw bytes).
 */
export function unescapeQuoted(raw: string): UnescapeResult {
  const quote = raw[0];
  const last = raw.length - 1; // index of the closing delimiter
  let out = '';
  let bytes: number[] | null = null; // switched on by the first \x80..\xff
  const emitText = (t: string) => {
    if (bytes) for (const b of new TextEncoder().encode(t)) bytes.push(b);
    else out += t;
  };
  let escaped = false;
  for (let i = 1; i < last; i++) {
    const c = raw[i];
    if (!escaped) {
      if (c === '\\') escaped = true;
      else emitText(c);
      continue;
    }
    escaped = false;
    switch (c) {
      case 'b': emitText('\b'); break;
      case 'f': emitText('\f'); break;
      case 'n': emitText('\n'); break;
      case 'r': emitText('\r'); break;
      case 't': emitText('\t'); break;
      // `\ ` becomes a lone backslash and the space is dropped: a legacy quirk kept by
      // escaping.cpp for an old wrongly-escaped upstream rule.
      case ' ':
      case '\\': emitText('\\'); break;
      case '/': emitText('/'); break;
      case '"':
        if (quote !== '"') return { ok: false, message: `invalid \\" escape in '-quoted string` };
        emitText('"');
        break;
      case "'":
        if (quote !== "'") return { ok: false, message: `invalid \\' escape in "-quoted string` };
        emitText("'");
        break;
      case 'x': {
        if (i + 2 >= last) return { ok: false, message: 'truncated hex char escape sequence' };
        const h = raw.slice(i + 1, i + 3);
        if (!isHexDigit(h[0]) || !isHexDigit(h[1])) {
          return { ok: false, message: `invalid hex char escape sequence: ${h}` };
        }
        const b = parseInt(h, 16);
        if (b >= 0x80 && !bytes) {
          bytes = Array.from(new TextEncoder().encode(out));
          out = '';
        }
        if (bytes) bytes.push(b);
        else out += String.fromCharCode(b);
        i += 2;
        break;
      }
      default:
        return { ok: false, message: `unsupported string escape sequence: \\${c}` };
    }
  }
  if (bytes) return { ok: true, value: new TextDecoder().decode(new Uint8Array(bytes)) };
  return { ok: true, value: out };
}

/**
 * libsinsp's `escape_str`, used by `ast::as_string`: control characters and `\`, `"` are escaped,
 * and the value is double-quoted when it contained any of them, a space, `=`, `'` or NUL. Note what
 * it does NOT do: `(`, `)` and `,` stay bare and the empty string prints as nothing, so its output
 * does not always parse back.
 */
export function escapeValue(value: string): string {
  let res = '';
  let quote = false;
  for (const c of value) {
    switch (c) {
      case '\b': quote = true; res += '\\b'; break;
      case '\f': quote = true; res += '\\f'; break;
      case '\n': quote = true; res += '\\n'; break;
      case '\r': quote = true; res += '\\r'; break;
      case '\t': quote = true; res += '\\t'; break;
      case '\\': quote = true; res += '\\\\'; break;
      case '"': quote = true; res += '\\"'; break;
      case ' ': case '=': case "'": case '\0': quote = true; res += c; break;
      default: res += c;
    }
  }
  return quote ? `"${res}"` : res;
}
