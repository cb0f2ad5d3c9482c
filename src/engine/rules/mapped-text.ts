/**
 * A string that remembers, for every UTF-16 unit, where it came from in the rules files.
 *
 * Falco builds the final condition of a rule by pure text operations (exception text, `append`
 * concatenation, list substitution: rule_loader_compiler.cpp `build_rule_exception_infos`,
 * `resolve_list`), then parses it. To point an error of the parsed text back at characters the user
 * can see, every text operation here carries an origin per character.
 *
 * An origin is `fileIndex * FILE_STRIDE + offset`, or -1 for characters the loader synthesised.
 */
export const FILE_STRIDE = 2 ** 26;

export interface Origin { fileIndex: number; offset: number }

export function encodeOrigin(fileIndex: number, offset: number): number {
  return fileIndex * FILE_STRIDE + offset;
}

export function decodeOrigin(code: number): Origin | null {
  if (code < 0) return null;
  return { fileIndex: Math.floor(code / FILE_STRIDE), offset: code % FILE_STRIDE };
}

export class MappedText {
  readonly origins: Float64Array;

  constructor(readonly text: string, origins: ArrayLike<number>) {
    this.origins = origins instanceof Float64Array ? origins : Float64Array.from(origins);
  }

  static synthetic(text: string, origin = -1): MappedText {
    return new MappedText(text, new Float64Array(text.length).fill(origin));
  }

  static concat(parts: (MappedText | string)[]): MappedText {
    let text = '';
    for (const p of parts) text += typeof p === 'string' ? p : p.text;
    const origins = new Float64Array(text.length);
    let at = 0;
    for (const p of parts) {
      if (typeof p === 'string') {
        origins.fill(-1, at, at + p.length);
        at += p.length;
      } else {
        origins.set(p.origins, at);
        at += p.text.length;
      }
    }
    return new MappedText(text, origins);
  }

  get length(): number { return this.text.length; }

  slice(start: number, end = this.text.length): MappedText {
    return new MappedText(this.text.slice(start, end), this.origins.subarray(start, end));
  }

  /** The origin nearest to `index` that is known (looking left first, then right). */
  originAt(index: number): number {
    const n = this.origins.length;
    if (n === 0) return -1;
    const i = Math.max(0, Math.min(index, n - 1));
    for (let k = i; k >= 0; k--) if (this.origins[k] >= 0) return this.origins[k];
    for (let k = i + 1; k < n; k++) if (this.origins[k] >= 0) return this.origins[k];
    return -1;
  }

  /** Maps a half-open range of this text to a file range when both ends land in one file. */
  mapRange(start: number, end: number): { fileIndex: number; start: number; end: number } | null {
    const a = decodeOrigin(this.originAt(start));
    if (!a) return null;
    const lastIndex = Math.max(start, end - 1);
    const b = decodeOrigin(this.originAt(lastIndex));
    if (!b || b.fileIndex !== a.fileIndex || b.offset < a.offset) {
      return { fileIndex: a.fileIndex, start: a.offset, end: a.offset + 1 };
    }
    return { fileIndex: a.fileIndex, start: a.offset, end: b.offset + 1 };
  }
}

/** Two texts map to the same file offsets (memos keyed by text also need their positions). */
export function sameOrigins(a: Float64Array, b: Float64Array): boolean {
  if (a === b) return true;
  const n = a.length;
  if (n !== b.length) return false;
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}
