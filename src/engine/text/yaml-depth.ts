/**
 * How deeply a YAML text nests, found in one linear scan before any YAML parser sees the text.
 *
 * Falco reads rules with yaml-cpp, whose parser recurses once per node and stops at a depth of 500
 * (`DepthGuard<500>` in singledocparser.cpp, the fix of CVE-2017-5950): the document's root node
 * is at depth 1, and a node at depth 500 throws `yaml-cpp: error at line L, column C: bad file`.
 * The `yaml` package recurses too and overflows the stack somewhere near depth 1,000, after
 * reading the whole text: 2,000,000 `[` took 13 s in the page and 80 s in Node to end in
 * "Maximum call stack size exceeded". This scan answers in milliseconds, with the place.
 *
 * The depth counted is yaml-cpp's: every collection and scalar is a node one deeper than the
 * collection holding it. Flow collections (`[`, `{`) are counted exactly; block collections by
 * their indentation and `- ` entries (a block sequence under a map key at the same indentation
 * is its own level, as in YAML). Shapes it simplifies (a compact `[a: b]` map is one level, not
 * two; `? ` complex keys; a plain scalar continued on a line starting with `- `) may count a
 * level apart from yaml-cpp, which leaves room below the `yaml` package's ~1,000 levels.
 */

/** yaml-cpp's limit: a node at this depth is refused. */
export const YAML_MAX_DEPTH = 500;

export interface YamlDepthProblem {
  /** Offset of the node that would be at depth `limit`. */
  offset: number;
  line: number;
  column: number;
  limit: number;
}

interface Block { indent: number; kind: 'map' | 'seq' }

const SP = 32;
const TAB = 9;
const NL = 10;
const CR = 13;

/** The first node at depth `limit` or deeper (1-based, the root is 1), or null. */
export function yamlTooDeep(text: string, limit = YAML_MAX_DEPTH): YamlDepthProblem | null {
  const n = text.length;
  const stack: Block[] = [];
  let flow = 0;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  /** Inside a block scalar: lines indented more than this belong to it. */
  let blockScalarParent = -2;

  const fail = (offset: number): YamlDepthProblem => ({ offset, line, column: offset - lineStart + 1, limit });
  /** A node (collection or scalar) starting at `offset` inside what is open now. */
  const tooDeep = (extra: number) => stack.length + flow + extra >= limit;

  /** Skips a quoted scalar starting at i (the quote); returns the offset after it (may span lines). */
  const skipQuoted = (from: number): number => {
    const q = text.charCodeAt(from);
    let j = from + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === NL) { line++; lineStart = j + 1; }
      if (q === 34 && c === 92) { j += 2; continue; } // \ escapes in "..."
      if (c === q) {
        if (q === 39 && text.charCodeAt(j + 1) === 39) { j += 2; continue; } // '' in '...'
        return j + 1;
      }
      j++;
    }
    return n;
  };

  /** Reads flow content from i (just after an opener), until the flow collections close. */
  const scanFlow = (): YamlDepthProblem | null => {
    while (i < n && flow > 0) {
      const c = text.charCodeAt(i);
      if (c === NL) { line++; lineStart = i + 1; i++; continue; }
      if (c === SP || c === TAB || c === CR || c === 44 /* , */) { i++; continue; }
      if (c === 91 /* [ */ || c === 123 /* { */) {
        if (tooDeep(1)) return fail(i);
        flow++;
        i++;
        continue;
      }
      if (c === 93 /* ] */ || c === 125 /* } */) { flow--; i++; continue; }
      if (c === 35 /* # */ && (i === 0 || isBlank(text.charCodeAt(i - 1)))) { i = lineEnd(text, i); continue; }
      if (c === 58 /* : */ && (i + 1 >= n || isBlank(text.charCodeAt(i + 1)) || isFlowIndicator(text.charCodeAt(i + 1)))) { i++; continue; }
      // A scalar (quoted or plain) or an alias: one node deeper than the collection.
      if (tooDeep(1)) return fail(i);
      if (c === 34 || c === 39) { i = skipQuoted(i); continue; }
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === NL || isFlowIndicator(d)) break;
        if (d === 58 && (i + 1 >= n || isBlank(text.charCodeAt(i + 1)) || isFlowIndicator(text.charCodeAt(i + 1)))) break;
        if (d === 35 && isBlank(text.charCodeAt(i - 1))) break;
        i++;
      }
    }
    return null;
  };

  /**
   * A node's value starting at i on the current line (after `- `, `key: ` or the indentation):
   * a flow collection, a block scalar, a quoted or plain scalar; the rest of the line is read.
   * `parentIndent` is the indentation of the block collection holding it.
   */
  const scanValue = (parentIndent: number): YamlDepthProblem | null => {
    // Properties (anchors, tags) before the node.
    while (i < n && (text.charCodeAt(i) === 38 /* & */ || text.charCodeAt(i) === 33 /* ! */)) {
      while (i < n && !isBlank(text.charCodeAt(i)) && text.charCodeAt(i) !== NL) i++;
      while (i < n && (text.charCodeAt(i) === SP || text.charCodeAt(i) === TAB)) i++;
    }
    const c = text.charCodeAt(i);
    if (i >= n || c === NL || c === CR) return null;
    if (c === 35 /* # */) { i = lineEnd(text, i); return null; }
    if (c === 91 || c === 123) {
      if (tooDeep(1)) return fail(i);
      flow++;
      i++;
      const deep = scanFlow();
      if (deep) return deep;
      i = lineEnd(text, i);
      return null;
    }
    if (tooDeep(1)) return fail(i);
    if (c === 124 /* | */ || c === 62 /* > */) {
      blockScalarParent = parentIndent;
      i = lineEnd(text, i);
      return null;
    }
    if (c === 34 || c === 39) {
      i = skipQuoted(i);
    }
    i = lineEnd(text, i);
    return null;
  };

  while (i < n) {
    // Start of a line (flow == 0 here).
    let j = i;
    // (a tab is not indentation in YAML; counting it as a column keeps nothing from being read)
    while (j < n && (text.charCodeAt(j) === SP || text.charCodeAt(j) === TAB)) j++;
    const indent = j - i;
    const c = j < n ? text.charCodeAt(j) : NL;
    const blank = c === NL || c === CR || c === 35;
    const marker = indent === 0 && (text.startsWith('---', j) || text.startsWith('...', j)) && (j + 3 >= n || isBlank(text.charCodeAt(j + 3)));
    if (blockScalarParent > -2 && !marker) {
      if (blank || indent > blockScalarParent) { i = nextLine(); continue; }
    }
    blockScalarParent = -2;
    if (blank) { i = nextLine(); continue; }
    if (marker) {
      stack.length = 0;
      i = j + 3;
      while (i < n && (text.charCodeAt(i) === SP || text.charCodeAt(i) === TAB)) i++;
      const deep = scanValue(-1);
      if (deep) return deep;
      i = nextLine();
      continue;
    }
    while (stack.length && stack[stack.length - 1].indent > indent) stack.pop();
    i = j;
    // `- ` entries, possibly several on one line (`- - a`).
    let col = indent;
    let isDash = dashAt(text, i);
    if (!isDash && stack.length && stack[stack.length - 1].indent === indent && stack[stack.length - 1].kind === 'seq'
      && stack.length > 1 && stack[stack.length - 2].indent === indent) {
      stack.pop(); // a sequence under a map key at the key's indentation ends with the next key
    }
    while (isDash) {
      const top = stack[stack.length - 1];
      if (!(top && top.kind === 'seq' && top.indent === col)) {
        if (tooDeep(1)) return fail(i);
        stack.push({ indent: col, kind: 'seq' });
      }
      i++;
      while (i < n && (text.charCodeAt(i) === SP || text.charCodeAt(i) === TAB)) i++;
      col = i - lineStart;
      isDash = dashAt(text, i);
    }
    // `key: value`
    const colon = keyColon(text, i);
    if (colon >= 0) {
      const top = stack[stack.length - 1];
      if (!(top && top.kind === 'map' && top.indent === col)) {
        if (tooDeep(1)) return fail(i);
        stack.push({ indent: col, kind: 'map' });
      }
      if (tooDeep(1)) return fail(i); // the key
      i = colon + 1;
      while (i < n && (text.charCodeAt(i) === SP || text.charCodeAt(i) === TAB)) i++;
      const deep = scanValue(col);
      if (deep) return deep;
    } else {
      const deep = scanValue(stack.length ? stack[stack.length - 1].indent : -1);
      if (deep) return deep;
    }
    i = nextLine();
  }
  return null;

  function nextLine(): number {
    let k = i;
    while (k < n && text.charCodeAt(k) !== NL) k++;
    if (k < n) { line++; lineStart = k + 1; return k + 1; }
    return n;
  }
}

function isBlank(c: number): boolean {
  return c === SP || c === TAB || c === NL || c === CR || Number.isNaN(c);
}

function isFlowIndicator(c: number): boolean {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}

function dashAt(text: string, i: number): boolean {
  return text.charCodeAt(i) === 45 /* - */ && isBlank(text.charCodeAt(i + 1));
}

/** The end of the current line (the offset of its newline, or the text's end). */
function lineEnd(text: string, i: number): number {
  const k = text.indexOf('\n', i);
  return k < 0 ? text.length : k;
}

/**
 * The offset of the `:` ending a block mapping key that starts at `i` on this line, or -1. The
 * key is a plain or quoted scalar on one line; a line starting with a flow indicator, a block
 * scalar indicator or a comment holds no key.
 */
function keyColon(text: string, i: number): number {
  const n = text.length;
  let k = i;
  const c = text.charCodeAt(k);
  if (c === 91 || c === 123 || c === 124 || c === 62 || c === 35 || c === 38 || c === 33 || c === 42) return -1;
  if (c === 63 /* ? */ && isBlank(text.charCodeAt(k + 1))) return -1;
  if (c === 34 || c === 39) {
    k++;
    while (k < n && text.charCodeAt(k) !== c && text.charCodeAt(k) !== NL) k += text.charCodeAt(k) === 92 && c === 34 ? 2 : 1;
    if (text.charCodeAt(k) !== c) return -1;
    k++;
    while (k < n && (text.charCodeAt(k) === SP || text.charCodeAt(k) === TAB)) k++;
    return text.charCodeAt(k) === 58 && isBlank(text.charCodeAt(k + 1)) ? k : -1;
  }
  for (; k < n; k++) {
    const d = text.charCodeAt(k);
    if (d === NL) return -1;
    if (d === 58 && isBlank(text.charCodeAt(k + 1))) return k;
    if (d === 35 && k > i && isBlank(text.charCodeAt(k - 1))) return -1;
  }
  return -1;
}
