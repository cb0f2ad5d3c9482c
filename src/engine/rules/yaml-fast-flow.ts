/**
 * Flow sequences for the fast YAML reader (yaml-fast.ts): `[a, "b c", [d, e]]`, over several
 * lines when each new line is indented more than the key or dash it belongs to (the closing
 * bracket may be at that column), with plain or one-line quoted scalars and nested sequences.
 * Comments, trailing commas, flow mappings and other indicators make the reader give up.
 */
import { INDICATORS, MAX_DEPTH, NULL_PLAIN, bail, readDoubleQuoted, readSingleQuoted } from './yaml-fast-scalars';
import type { YNode, YSeq } from './yaml-tree';

/** The flow sequence whose `[` is at `p`; `end` is just after its `]`. */
export function readFlowSeq(src: string, p: number, parent: number, depth: number): { node: YSeq; end: number } {
  if (depth + 1 > MAX_DEPTH) bail('deep nesting');
  const items: YNode[] = [];
  let i = flowSpace(src, p + 1, parent);
  if (src[i] === ']') return { node: { kind: 'seq', items, start: p, end: i + 1 }, end: i + 1 };
  for (;;) {
    const item = flowItem(src, i, parent, depth + 1);
    items.push(item.node);
    i = flowSpace(src, item.end, parent);
    if (src[i] === ',') {
      i = flowSpace(src, i + 1, parent);
      if (src[i] === ']') bail('trailing comma');
      continue;
    }
    if (src[i] === ']') return { node: { kind: 'seq', items, start: p, end: i + 1 }, end: i + 1 };
    bail('unexpected content in a flow sequence');
  }
}

/** Blanks and line breaks inside a flow sequence (no comments). */
function flowSpace(src: string, i: number, parent: number): number {
  let lineStart = -1;
  while (src[i] === ' ' || src[i] === '\n') {
    if (src[i] === '\n') lineStart = i + 1;
    i++;
  }
  if (i >= src.length) bail('unterminated flow sequence');
  // On a new line, content must be indented more than the key (or dash); the closing bracket may be at its column.
  if (lineStart >= 0 && i - lineStart < (src[i] === ']' ? parent : parent + 1)) bail('flow sequence line not indented enough');
  if (src[i] === '#') bail('comment in a flow sequence');
  return i;
}

function flowItem(src: string, i: number, parent: number, depth: number): { node: YNode; end: number } {
  const c = src[i];
  if (c === '[') return readFlowSeq(src, i, parent, depth);
  if (c === '"' || c === "'") {
    const q = c === '"' ? readDoubleQuoted(src, i) : readSingleQuoted(src, i);
    return { node: { kind: 'scalar', value: q.value, style: c === '"' ? 'double' : 'single', start: i, end: q.end }, end: q.end };
  }
  if (INDICATORS.includes(c) && !(c === '-' && !' \n,[]{}'.includes(src[i + 1] ?? ' '))) bail('flow item starting with an indicator');
  let j = i;
  while (j < src.length && !',[]{}\n'.includes(src[j])) {
    if (src[j] === ':') bail('colon in a flow item');
    if (src[j] === '#' && src[j - 1] === ' ') bail('comment in a flow sequence');
    j++;
  }
  let end = j;
  while (end > i && src[end - 1] === ' ') end--;
  const value = src.slice(i, end);
  const node: YNode = NULL_PLAIN.has(value) ? { kind: 'null', start: i, end } : { kind: 'scalar', value, style: 'plain', start: i, end };
  return { node, end };
}
