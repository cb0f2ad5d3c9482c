/**
 * A small read-only view of a YAML document with the semantics Falco's reader relies on (yaml-cpp:
 * every scalar is text until a `convert<T>` decodes it, `~`/`null`/empty are null, aliases
 * resolve to their anchor, no merge keys, duplicate keys allowed and the first one wins).
 * Built on the `yaml` package with the failsafe schema so no scalar is pre-interpreted.
 */
import { parseAllDocuments, isAlias, isMap, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import type { ScalarStyle } from './scalar-origins';

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

function convert(node: unknown, doc: Document, depth: number): YNode {
  if (depth > 200) return { kind: 'null', start: 0, end: 0 };
  if (isAlias(node)) {
    const target = node.resolve(doc);
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
        : convert(pair.value, doc, depth + 1),
    }));
    return { kind: 'map', entries, start, end };
  }
  if (isSeq(node)) {
    return { kind: 'seq', items: node.items.map((it) => (it === null || it === undefined ? { kind: 'null', start, end: start } as YNull : convert(it, doc, depth + 1))), start, end };
  }
  return { kind: 'null', start, end };
}

/** yaml-cpp's wording for the problems both parsers detect, so messages look like Falco's. */
function yamlCppMessage(code: string, message: string): string {
  switch (code) {
    case 'BAD_INDENT': return /tab/i.test(message) ? 'illegal tab when looking for indentation' : 'illegal map value';
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

export function parseYamlDocuments(content: string): { docs: YNode[]; error?: YamlError } {
  let parsed: Document.Parsed[];
  try {
    parsed = parseAllDocuments(content, { schema: 'failsafe', uniqueKeys: false, merge: false, strict: false, prettyErrors: false }) as unknown as Document.Parsed[];
    if (!Array.isArray(parsed)) parsed = [];
  } catch (e) {
    return { docs: [], error: { message: String((e as Error).message), offset: 0, line: 1, column: 1 } };
  }
  const docs: YNode[] = [];
  for (const doc of parsed) {
    const err = doc.errors[0];
    if (err) {
      const offset = err.pos[0];
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
      const msg = String((e as Error).message);
      const m = /alias\s+\*?([^\s]+)/i.exec(msg);
      return { docs: [], error: { message: m ? `yaml-cpp: error at line 1, column 1: the referenced anchor is not defined: ${m[1]}` : msg, offset: 0, line: 1, column: 1 } };
    }
  }
  return { docs };
}

export function mapGet(map: YMap, key: string): YNode | undefined {
  for (const e of map.entries) if (e.key.kind === 'scalar' && e.key.value === key) return e.value;
  return undefined;
}

export function mapKeys(map: YMap): string[] {
  return map.entries.map((e) => (e.key.kind === 'scalar' ? e.key.value : e.key.kind === 'null' ? '' : ''));
}
