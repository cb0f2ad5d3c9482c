/**
 * A small read-only view of a YAML document with the semantics Falco's reader relies on (yaml-cpp:
 * every scalar is text until a `convert<T>` decodes it, `~`/`null`/empty are null, aliases
 * resolve to their anchor, no merge keys, duplicate keys allowed and the first one wins).
 * Built on the `yaml` package with the failsafe schema so no scalar is pre-interpreted.
 */
import { yamlTooDeep } from '../text/yaml-depth';
import { parseAllDocuments, isAlias, isMap, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import type { ScalarStyle } from './scalar-origins';
import { parseYamlFast } from './yaml-fast';

interface YBase { start: number; end: number }
export interface YScalar extends YBase { kind: 'scalar'; value: string; style: ScalarStyle }
export interface YNull extends YBase { kind: 'null' }
export interface YMap extends YBase { kind: 'map'; entries: { key: YNode; value: YNode }[] }
export interface YSeq extends YBase { kind: 'seq'; items: YNode[] }
export type YNode = YScalar | YNull | YMap | YSeq;

export interface YamlError { message: string; offset: number; line: number; column: number }

const NULL_PLAIN = new Set(['', '~', 'null', 'Null', 'NULL']);

function styleOf(type: string | undefined): ScalarStyle {
  switch (type) {
    case 'QUOTE_SINGLE': return 'single';
    case 'QUOTE_DOUBLE': return 'double';
    case 'BLOCK_LITERAL': return 'literal';
    case 'BLOCK_FOLDED': return 'folded';
    default: return 'plain';
  }
}

/** An alias whose anchor does not exist (yaml-cpp fails the parse). */
class UndefinedAnchor {
  constructor(readonly name: string, readonly offset: number) {}
}

/**
 * Where yaml-cpp puts the mark of an empty value (`key:` followed by nothing): at the next token,
 * after the `:`, blanks, line breaks and comments.
 */
function nextTokenOffset(text: string, from: number): number {
  let i = from;
  if (text[i] === ':') i++;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') { i++; continue; }
    if (c === '#') { while (i < text.length && text[i] !== '\n') i++; continue; }
    break;
  }
  return i;
}

function convert(node: unknown, doc: Document, depth: number): YNode {
  if (depth > 200) return { kind: 'null', start: 0, end: 0 };
  if (isAlias(node)) {
    const target = node.resolve(doc);
    if (target === undefined) throw new UndefinedAnchor(node.source, node.range?.[0] ?? 0);
    const converted = convert(target, doc, depth + 1);
    const [s, , e] = node.range ?? [0, 0, 0];
    return { ...converted, start: s, end: e } as YNode;
  }
  const range = (node as YamlNode | null)?.range ?? [0, 0, 0];
  const start = range[0];
  const end = range[1];
  if (isScalar(node)) {
    const style = styleOf(node.type);
    const value = node.value === null || node.value === undefined ? '' : String(node.value);
    if (style === 'plain' && NULL_PLAIN.has(value)) return { kind: 'null', start, end };
    return { kind: 'scalar', value, style, start, end };
  }
  if (isMap(node)) {
    const entries = node.items.map((pair) => ({
      key: convert(pair.key, doc, depth + 1),
      value: pair.value === null || pair.value === undefined
        ? ({ kind: 'null', start: (pair.key as YamlNode | null)?.range?.[1] ?? start, end: (pair.key as YamlNode | null)?.range?.[1] ?? start } as YNull)
        : emptyValueAt(convert(pair.value, doc, depth + 1), doc),
    }));
    return { kind: 'map', entries, start, end };
  }
  if (isSeq(node)) {
    return { kind: 'seq', items: node.items.map((it) => (it === null || it === undefined ? { kind: 'null', start, end: start } as YNull : convert(it, doc, depth + 1))), start, end };
  }
  return { kind: 'null', start, end };
}

function emptyValueAt(n: YNode, doc: Document): YNode {
  if (n.kind === 'null' && n.start === n.end) {
    const text = sourceOf.get(doc) ?? '';
    const at = nextTokenOffset(text, n.start);
    return { ...n, start: at, end: at };
  }
  return n;
}

const sourceOf = new WeakMap<Document, string>();

/** yaml-cpp's wording for the problems both parsers detect, so messages look like Falco's. */
function yamlCppMessage(code: string, message: string): string {
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY': case 'MULTILINE_IMPLICIT_KEY': return 'illegal map value';
    case 'UNEXPECTED_TOKEN': return 'illegal map value';
    case 'BAD_INDENT': return /tab/i.test(message) ? 'illegal tab when looking for indentation' : /Flow sequence/.test(message) ? 'end of sequence flow not found' : /Flow map/.test(message) ? 'end of map flow not found' : 'illegal map value';
    case 'TAB_AS_INDENT': return 'illegal tab when looking for indentation';
    case 'MISSING_CHAR': return /flow sequence|\]/.test(message) ? 'end of sequence flow not found' : /flow map|\}/.test(message) ? 'end of map flow not found' : 'end of sequence flow not found';
    case 'BAD_ALIAS': case 'BAD_SCALAR_START': return 'illegal map value';
    case 'MISSING_ANCHOR': case 'UNRESOLVED_ALIAS': return message;
    default: return message.split('\n')[0];
  }
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) { line++; lineStart = i + 1; }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * yaml-cpp stops at a different token than the `yaml` package for two common mistakes: an illegal
 * map value is reported at the offending `:`, and an unclosed flow sequence at the first `:` it
 * cannot take as part of the sequence (or at the end of the text).
 */
function yamlCppErrorOffset(text: string, code: string, message: string, offset: number): number {
  const colonFrom = (from: number, lineOnly: boolean): number => {
    for (let i = from; i < text.length; i++) {
      if (lineOnly && text[i] === '\n') return -1;
      if (text[i] === ':' && (i + 1 >= text.length || /\s/.test(text[i + 1]))) return i;
    }
    return -1;
  };
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY') {
    const at = colonFrom(offset, false);
    return at >= 0 ? at : offset;
  }
  if (code === 'BAD_INDENT' && /Flow sequence/.test(message)) {
    const at = colonFrom(offset, true);
    return at >= 0 ? at : offset;
  }
  return offset;
}

function shiftNode(n: YNode, d: number): void {
  n.start += d;
  n.end += d;
  if (n.kind === 'map') for (const e of n.entries) { shiftNode(e.key, d); shiftNode(e.value, d); }
  if (n.kind === 'seq') for (const it of n.items) shiftNode(it, d);
}

/** A UTF-8 byte order mark is not content (yaml-cpp skips it); offsets stay file offsets. */
export function parseYamlDocuments(content: string): { docs: YNode[]; error?: YamlError } {
  if (content.charCodeAt(0) === 0xfeff) {
    const r = parseYamlText(content.slice(1), content);
    for (const d of r.docs) shiftNode(d, 1);
    if (r.error) { r.error.offset += 1; }
    return r;
  }
  return parseYamlText(content, content);
}

function parseYamlText(content: string, original: string): { docs: YNode[]; error?: YamlError } {
  // Nesting yaml-cpp refuses is refused before any parser recurses into it (text/yaml-depth.ts):
  // at once, where the `yaml` package would read it all and overflow the stack.
  const deep = yamlTooDeep(content);
  if (deep) {
    return {
      docs: [],
      error: {
        message: `yaml-cpp: error at line ${deep.line}, column ${deep.column}: bad file (nesting deeper than ${deep.limit - 1} levels: yaml-cpp, the YAML parser of Falco, stops at depth ${deep.limit})`,
        offset: deep.offset, line: deep.line, column: deep.column,
      },
    };
  }
  // Rules files are nearly always in the subset the fast reader takes; it gives up otherwise.
  const fast = parseYamlFast(content);
  if (fast) return fast;
  return parseYamlFull(content, original);
}

/** The `yaml` package's reading (any YAML, and every error message). */
export function parseYamlFull(content: string, original: string = content): { docs: YNode[]; error?: YamlError } {
  let parsed: Document.Parsed[];
  try {
    parsed = parseAllDocuments(content, { schema: 'failsafe', uniqueKeys: false, merge: false, strict: false, prettyErrors: false }) as unknown as Document.Parsed[];
    if (!Array.isArray(parsed)) parsed = [];
  } catch (e) {
    return { docs: [], error: { message: String((e as Error).message), offset: 0, line: 1, column: 1 } };
  }
  const docs: YNode[] = [];
  for (const doc of parsed) {
    sourceOf.set(doc, content);
    // yaml-cpp accepts a double-quoted scalar left open at the end of the text (it runs to the
    // end), so a missing closing quote is not a parse error there. When a `"` follows further
    // on, yaml-cpp does not stop where the `yaml` package recovered: it reads on to that quote,
    // swallowing the lines between (usually the rest of the item), so the tree the `yaml`
    // package recovered is not the file Falco reads. That is an error, placed at the open quote.
    const openQuote = doc.errors.find((e) => e.code === 'MISSING_CHAR' && /closing "quote/.test(e.message));
    if (openQuote) {
      const unclosed = unclosedDoubleQuote(content, openQuote.pos[0]);
      // Closed by a quote that ends its line: a scalar over several lines whose continuation
      // lines are less indented than YAML wants, which yaml-cpp does not check. Read the file
      // with that scalar masked to one line of the same length (every offset stays put), then
      // give the scalar the value its real text folds to.
      if (unclosed && /^[ \t]*(#.*)?(\r?\n|$)/.test(content.slice(unclosed.next + 1, content.indexOf('\n', unclosed.next) < 0 ? undefined : content.indexOf('\n', unclosed.next) + 1))) {
        const inner = content.slice(unclosed.open + 1, unclosed.next);
        const masked = content.slice(0, unclosed.open + 1) + 'x'.repeat(inner.length) + content.slice(unclosed.next);
        const r = parseYamlFull(masked, original);
        if (!r.error) {
          const folded = parseAllDocuments(`"${inner}"`, { schema: 'failsafe' })[0];
          const value = folded && folded.errors.length === 0 && isScalar(folded.contents) ? String(folded.contents.value) : undefined;
          if (value !== undefined) {
            for (const d of r.docs) setScalarAt(d, unclosed.open, value);
            return r;
          }
        }
      }
      if (unclosed) {
        const { line, column } = lineColumn(original, unclosed.open + (original.length - content.length));
        const closing = lineColumn(original, unclosed.next + (original.length - content.length));
        return {
          docs: [],
          error: {
            message: `the double-quoted string opened at line ${line}, column ${column} is not closed on its line: YAML reads it on, across the following lines, up to the next " at line ${closing.line}, column ${closing.column}`,
            offset: unclosed.open, line, column,
          },
        };
      }
    }
    const err = doc.errors.find((e) => !(e.code === 'MISSING_CHAR' && /closing "quote/.test(e.message)));
    if (err) {
      let offset = yamlCppErrorOffset(content, err.code, err.message, err.pos[0]);
      // A tab in indentation: yaml-cpp reports the start of the line.
      const lineStart = content.lastIndexOf('\n', offset - 1) + 1;
      if (content[lineStart] === '\t' && /^\t+$/.test(content.slice(lineStart, offset)) || (content[lineStart] === '\t' && offset - lineStart <= 1)) {
        offset = lineStart;
        const { line, column } = lineColumn(original, offset + (original.length - content.length));
        return { docs: [], error: { message: `yaml-cpp: error at line ${line}, column ${column}: illegal tab when looking for indentation`, offset, line, column } };
      }
      const { line, column } = lineColumn(content, offset);
      let msg = yamlCppMessage(err.code, err.message);
      if (err.code === 'BAD_ALIAS' || /alias/i.test(err.message)) {
        const m = /Unresolved alias.*?: \*?([^\s]+)/i.exec(err.message) ?? /\*([\w-]+)/.exec(err.message);
        msg = `the referenced anchor is not defined: ${m ? m[1] : ''}`;
      }
      return { docs: [], error: { message: `yaml-cpp: error at line ${line}, column ${column}: ${msg}`, offset, line, column } };
    }
    try {
      docs.push(doc.contents === null || doc.contents === undefined ? { kind: 'null', start: 0, end: 0 } : convert(doc.contents, doc, 0));
    } catch (e) {
      if (e instanceof UndefinedAnchor) {
        const { line, column } = lineColumn(content, e.offset);
        return { docs: [], error: { message: `yaml-cpp: error at line ${line}, column ${column}: the referenced anchor is not defined: ${e.name}`, offset: e.offset, line, column } };
      }
      return { docs: [], error: { message: String((e as Error).message), offset: 0, line: 1, column: 1 } };
    }
  }
  return { docs };
}

function setScalarAt(node: YNode, start: number, value: string): void {
  if (node.kind === 'scalar') { if (node.start === start) node.value = value; return; }
  if (node.kind === 'map') for (const e of node.entries) { setScalarAt(e.key, start, value); setScalarAt(e.value, start, value); }
  if (node.kind === 'seq') for (const i of node.items) setScalarAt(i, start, value);
}

/**
 * For a double-quoted scalar the `yaml` package found unclosed (it reports the end of the text it
 * gave the scalar), the opening quote and the next unescaped `"` after it, if there is one.
 */
function unclosedDoubleQuote(text: string, reportedAt: number): { open: number; next: number } | undefined {
  // The opening quote is the last `"` before the reported end that starts a scalar: find it by
  // reading the line where the scalar begins, skipping escapes the way a double-quoted scalar does.
  let open = -1;
  for (let i = text.lastIndexOf('\n', Math.max(0, reportedAt - 1)); open < 0 && i >= -1; i = text.lastIndexOf('\n', i - 1)) {
    const lineStart = i + 1;
    const lineEnd = text.indexOf('\n', lineStart) < 0 ? text.length : text.indexOf('\n', lineStart);
    let inDouble = false;
    let inSingle = false;
    let start = -1;
    for (let j = lineStart; j < Math.min(lineEnd, reportedAt + 1); j++) {
      const ch = text[j];
      if (inDouble) {
        if (ch === '\\') j++;
        else if (ch === '"') inDouble = false;
      } else if (inSingle) {
        if (ch === "'") inSingle = false;
      } else if (ch === '#' && (j === lineStart || /\s/.test(text[j - 1]!))) {
        break;
      } else if (ch === '"') { inDouble = true; start = j; }
      else if (ch === "'" && (j === lineStart || /[\s:,[{-]/.test(text[j - 1]!))) inSingle = true;
    }
    if (inDouble) open = start;
    if (i < 0) break;
  }
  if (open < 0) return undefined;
  for (let j = open + 1; j < text.length; j++) {
    const ch = text[j];
    if (ch === '\\') j++;
    else if (ch === '"') return { open, next: j };
  }
  return undefined;
}

export function mapGet(map: YMap, key: string): YNode | undefined {
  for (const e of map.entries) if (e.key.kind === 'scalar' && e.key.value === key) return e.value;
  return undefined;
}

export function mapKeys(map: YMap): string[] {
  return map.entries.map((e) => (e.key.kind === 'scalar' ? e.key.value : e.key.kind === 'null' ? '' : ''));
}
