/**
 * Decoding of item values with Falco's checks, messages and contexts (falco rule_loader_reader.cpp
 * `decode_val_generic`, `decode_seq`, `decode_tags`, `decode_overrides`, `warn_unknown_keys`,
 * `decode_exception_info_entry`). yaml-cpp's `IsDefined`/`IsNull`/`IsScalar` map to the YNode kinds.
 */
import { LoadProblem, type LoadContext, type MessageSink } from './context';
import type { ExceptionEntry } from './infos';
import { MappedText, encodeOrigin } from './mapped-text';
import { scalarOrigins } from './scalar-origins';
import type { LoadCache } from './load-cache';
import { lineColumn, mapGet, type YMap, type YNode, type YScalar } from './yaml-tree';

export const YAML_VALIDATE = 'LOAD_ERR_YAML_VALIDATE';

export class ValueDecoder {
  constructor(
    readonly fileIndex: number,
    readonly file: string,
    readonly content: string,
    readonly sink: MessageSink,
    private readonly cache?: LoadCache,
  ) {}

  root(): LoadContext {
    return { fileIndex: this.fileIndex, file: this.file, range: { start: 0, end: 0 }, itemType: 'rules content', itemName: '' };
  }

  /** A context at `node`; an unnamed context reports its nearest named ancestor's type and name. */
  ctx(node: YNode | undefined, itemType: string, itemName: string, parent: LoadContext): LoadContext {
    const range = node ? { start: node.start, end: Math.max(node.end, node.start) } : parent.range;
    if (itemName === '' && parent.itemName !== '') return { ...parent, range, itemType: parent.itemType, itemName: parent.itemName };
    return { fileIndex: this.fileIndex, file: this.file, range, itemType, itemName };
  }

  fail(message: string, ctx: LoadContext, code = YAML_VALIDATE): never {
    throw new LoadProblem(code, message, ctx);
  }

  mapped(node: YScalar): MappedText {
    return this.cache ? this.cache.mapped(node, this.fileIndex, () => this.mapScalar(node)) : this.mapScalar(node);
  }

  private mapScalar(node: YScalar): MappedText {
    const offsets = scalarOrigins(this.content, node.start, node.end, node.value, node.style);
    const origins = new Float64Array(offsets.length);
    for (let i = 0; i < offsets.length; i++) origins[i] = encodeOrigin(this.fileIndex, offsets[i]);
    return new MappedText(node.value, origins);
  }

  /** decode_val_generic: the scalar node of `key`, or undefined when optional/empty-allowed. */
  scalarOf(item: YMap, key: string, ctx: LoadContext, optional: boolean, canBeEmpty: boolean): YScalar | undefined {
    const val = mapGet(item, key);
    if (val === undefined && optional) return undefined;
    if (val === undefined) this.fail(`Item has no mapping for key '${key}'`, ctx);
    if (val.kind === 'null' && canBeEmpty) return undefined;
    if (val.kind === 'null') this.fail(`Mapping for key '${key}' is empty`, ctx);
    const valctx = this.ctx(val, 'value for', key, ctx);
    if (val.kind !== 'scalar') this.fail('Value is not a scalar value', valctx);
    if (val.value === '' && canBeEmpty) return undefined;
    if (val.value === '') this.fail('Value must be non-empty', valctx);
    return val;
  }

  str(item: YMap, key: string, ctx: LoadContext, optional = false, canBeEmpty = false): string | undefined {
    return this.scalarOf(item, key, ctx, optional, canBeEmpty)?.value;
  }

  bool(item: YMap, key: string, ctx: LoadContext, optional: boolean): boolean | undefined {
    const node = this.scalarOf(item, key, ctx, optional, false);
    if (!node) return undefined;
    const b = decodeBool(node.value);
    if (b === null) this.fail("Can't decode YAML scalar value", this.ctx(node, 'value for', key, ctx));
    return b;
  }

  uint(item: YMap, key: string, ctx: LoadContext, optional: boolean): number | undefined {
    const node = this.scalarOf(item, key, ctx, optional, false);
    if (!node) return undefined;
    const n = decodeUint(node.value);
    if (n === null) this.fail("Can't decode YAML scalar value", this.ctx(node, 'value for', key, ctx));
    return n;
  }

  /** decode_seq: a sequence of scalars. */
  seq(item: YMap, key: string, ctx: LoadContext, optional: boolean): string[] | undefined {
    const val = mapGet(item, key);
    if (val === undefined && optional) return undefined;
    if (val === undefined) this.fail(`Item has no mapping for key '${key}'`, ctx);
    const valctx = this.ctx(val, 'value for', key, ctx);
    if (val.kind !== 'seq') this.fail('Value is not a sequence', valctx);
    const out: string[] = [];
    for (const v of val.items) {
      if (v.kind !== 'scalar') this.fail('sequence value is not scalar', this.ctx(v, 'list item', '', valctx));
      out.push(v.value);
    }
    return out;
  }

  tags(item: YMap, ctx: LoadContext): Set<string> | undefined {
    const list = this.seq(item, 'tags', ctx, true);
    return list ? new Set(list) : undefined;
  }

  warnUnknownKeys(item: YMap, expected: Set<string>, ctx: LoadContext): void {
    for (const e of item.entries) {
      // it->first.as<std::string>(): a null key reads "null", a collection key is a bad conversion.
      const key = this.asString(e.key);
      // Falco reports it on the item; the editor underlines the key itself.
      if (!expected.has(key)) this.sink.warning('LOAD_UNKNOWN_KEY', `Unknown key '${key}'. The key will be ignored.`, ctx, { start: e.key.start, end: e.key.end });
    }
  }

  /** decode_overrides */
  overrides(item: YMap, appendable: Set<string>, replaceable: Set<string>, ctx: LoadContext): { append: Set<string>; replace: Set<string> } {
    const append = new Set<string>();
    const replace = new Set<string>();
    const val = mapGet(item, 'override');
    if (val === undefined) return { append, replace };
    const octx = this.ctx(item, 'overrides', '', ctx);
    // Iterating a sequence as a map yields "zombie" keys: as<std::string>() throws yaml-cpp's
    // InvalidNode, which read() reports as LOAD_ERR_VALIDATE on the file (a scalar or null
    // `override` iterates over nothing).
    if (val.kind === 'seq' && val.items.length > 0) {
      this.fail('invalid node; this may result from using a map iterator as a sequence iterator, or vice-versa', this.root(), 'LOAD_ERR_VALIDATE');
    }
    if (val.kind !== 'map') return { append, replace };
    for (const e of val.entries) {
      const key = this.asString(e.key);
      const op = this.asString(e.value);
      if (op === 'append') {
        if (!appendable.has(key)) this.fail(`Key '${key}' cannot be appended to, use 'replace' instead`, this.ctx(e.key, 'overrides', key, octx));
        append.add(key);
      } else if (op === 'replace') {
        if (!replaceable.has(key)) this.fail(`Key '${key}' cannot be replaced`, this.ctx(e.key, 'overrides', key, octx));
        replace.add(key);
      } else {
        let msg = `Invalid override operation for key '${key}': '${op}'. Allowed values are: `;
        if (appendable.has(key)) msg += 'append ';
        if (replaceable.has(key)) msg += 'replace ';
        this.fail(msg, this.ctx(e.value, 'value for', key, octx));
      }
    }
    return { append, replace };
  }

  /**
   * yaml-cpp `Node::as<std::string>()`: a scalar's text, "null" for a null node, and for a sequence
   * or map a TypedBadConversion ("bad conversion" at the node's mark) that read() reports as
   * LOAD_ERR_VALIDATE on the file.
   */
  asString(node: YNode): string {
    if (node.kind === 'scalar') return node.value;
    if (node.kind === 'null') return 'null';
    const { line, column } = lineColumn(this.content, node.start);
    return this.fail(`yaml-cpp: error at line ${line}, column ${column}: bad conversion`, this.root(), 'LOAD_ERR_VALIDATE');
  }

  exceptionEntry(val: YNode, ctx: LoadContext): ExceptionEntry {
    const out: ExceptionEntry = { isList: false, item: MappedText.synthetic(''), items: [] };
    const valctx = this.ctx(val, 'value for', '', ctx);
    if (val.kind === 'scalar') {
      if (val.value === '') this.fail('Value must be non-empty', valctx);
      out.item = this.mapped(val);
    } else if (val.kind === 'seq') {
      out.isList = true;
      for (const v of val.items) out.items.push(this.exceptionEntry(v, this.ctx(v, 'exception', '', valctx)));
    }
    return out;
  }

  optionalEntry(ex: YMap, key: string, ctx: LoadContext, optional: boolean): ExceptionEntry | undefined {
    const val = mapGet(ex, key);
    if (val === undefined && optional) return undefined;
    if (val === undefined) this.fail(`Item has no mapping for key '${key}'`, ctx);
    return this.exceptionEntry(val, this.ctx(val, 'value for', key, ctx));
  }

}

/** falco_utils `trim`: whitespace on both ends (positions kept). */
export function trimMapped(m: MappedText): MappedText {
  const start = m.text.length - m.text.replace(/^[ \t\n\r\f\v]+/, '').length;
  const end = m.text.replace(/[ \t\n\r\f\v]+$/, '').length;
  return m.slice(start, Math.max(start, end));
}

/** yaml-cpp `convert<bool>`: y/yes/true/on and n/no/false/off in lower, UPPER or Capitalised form. */
export function decodeBool(v: string): boolean | null {
  const forms = (w: string) => [w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1)];
  for (const w of ['y', 'yes', 'true', 'on']) if (forms(w).includes(v)) return true;
  for (const w of ['n', 'no', 'false', 'off']) if (forms(w).includes(v)) return false;
  return null;
}

/**
 * yaml-cpp's convert<uint32_t>: the scalar is read by a stream with the base left to the text
 * (`stream.unsetf(std::ios::dec)`: 0x.. hex, 0.. octal, else decimal), an optional '+', no leading
 * blank, trailing blanks allowed, a leading '-' refused for unsigned types, nothing out of range.
 */
export function decodeUint(v: string): number | null {
  const m = /^\+?(?:0[xX]([0-9a-fA-F]+)|(0[0-7]*)|([1-9][0-9]*))[ \t\n\v\f\r]*$/.exec(v);
  if (!m) return null;
  const n = m[1] !== undefined ? parseInt(m[1], 16) : m[2] !== undefined ? parseInt(m[2], 8) : Number(m[3]);
  return n <= 0xffffffff ? n : null;
}

