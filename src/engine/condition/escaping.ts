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
  const out = new Unescaped();
  let escaped = false;
  for (let i = 1; i < last; i++) {
    const c = raw[i];
    if (!escaped) {
      if (c === '\\') escaped = true;
      else out.text(c);
      continue;
    }
    escaped = false;
    switch (c) {
      case 'b': out.text('\b'); break;
      case 'f': out.text('\f'); break;
      case 'n': out.text('\n'); break;
      case 'r': out.text('\r'); break;
      case 't': out.text('\t'); break;
      // `\ ` becomes a lone backslash and the space is dropped: a legacy quirk kept by
      // escaping.cpp for an old wrongly-escaped upstream rule.
      case ' ':
      case '\\': out.text('\\'); break;
      case '/': out.text('/'); break;
      case '"':
        if (quote !== '"') return { ok: false, message: `invalid \\" escape in '-quoted string` };
        out.text('"');
        break;
      case "'":
        if (quote !== "'") return { ok: false, message: `invalid \\' escape in "-quoted string` };
        out.text("'");
        break;
      case 'x': {
        if (i + 2 >= last) return { ok: false, message: 'truncated hex char escape sequence' };
        const h = raw.slice(i + 1, i + 3);
        if (!isHexDigit(h[0]) || !isHexDigit(h[1])) {
          return { ok: false, message: `invalid hex char escape sequence: ${h}` };
        }
        out.byte(parseInt(h, 16));
        i += 2;
        break;
      }
      default:
        return { ok: false, message: `unsupported string escape sequence: \\${c}` };
    }
  }
  return { ok: true, value: out.value() };
}

/**
 * The unescaped text being built: characters, until the first \x80..\xff byte switches it to
 * UTF-8 bytes (decoded at the end). A class, not a closure over locals: this runs for every quoted
 * string of every condition, and named closures are costly under tsx (see eval/comparators.ts).
 */
class Unescaped {
  private out = '';
  private bytes: number[] | null = null;

  text(t: string): void {
    if (this.bytes) for (const b of new TextEncoder().encode(t)) this.bytes.push(b);
    else this.out += t;
  }

  byte(b: number): void {
    if (b >= 0x80 && !this.bytes) {
      this.bytes = Array.from(new TextEncoder().encode(this.out));
      this.out = '';
    }
    if (this.bytes) this.bytes.push(b);
    else this.out += String.fromCharCode(b);
  }

  value(): string {
    return this.bytes ? new TextDecoder().decode(new Uint8Array(this.bytes)) : this.out;
  }
}


/** A character escapeValue escapes or that makes it quote the value. */
const NEEDS_ESCAPE = /[\b\f\n\r\t\\" ='\0]/;

/**
 * libsinsp's `escape_str`, used by `ast::as_string`: control characters and `\`, `"` are escaped,
 * and the value is double-quoted when it contained any of them, a space, `=`, `'` or NUL. Note what
 * it does NOT do: `(`, `)` and `,` stay bare and the empty string prints as nothing, so its output
 * does not always parse back.
 */
export function escapeValue(value: string): string {
  // Most values (every item of an expanded list) have nothing to escape or quote.
  if (!NEEDS_ESCAPE.test(value)) return value;
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
