import { describe, expect, it } from 'vitest';
import type { BinaryCheckExpr, Expr, NotExpr } from './ast';
import { formatParseError, parseCondition } from './parse';
import { printCondition } from './printer';
import { astEquals } from './equality';

function ok(text: string, maxDepth?: number): Expr {
  const r = parseCondition(text, maxDepth === undefined ? undefined : { maxDepth });
  if (!r.ok) throw new Error(`expected ${JSON.stringify(text)} to parse, got: ${formatParseError(r.error)}`);
  return r.ast;
}

function err(text: string, maxDepth?: number) {
  const r = parseCondition(text, maxDepth === undefined ? undefined : { maxDepth });
  if (r.ok) throw new Error(`expected ${JSON.stringify(text)} to fail, got ${printCondition(r.ast)}`);
  return r.error;
}

const TRANSFORMERS = "'val', 'tolower', 'toupper', 'b64', 'basename', 'len', 'join', 'concat', 'getopt'";

/** [condition, libsinsp as_string of the parsed AST] */
const ACCEPTED: Array<[string, string]> = [
    ['proc.name=bash', 'proc.name = bash'],
    ['a and b or c', '((a and b) or c)'],
    ['a or b and c', '(a or (b and c))'],
    ['(a and b) and c', '((a and b) and c)'],
    ['a and(b)', '(a and b)'],
    ['(a)and(b)', '(a and b)'],
    ['not(a)', 'not a'],
    ['not not a', 'a'],
    ['not not not a', 'not a'],
    ['not (not a)', 'not not a'],
    ['not not(a)', 'a'],
    ['notb', 'notb'],
    ['not_macro or and_macro', '(not_macro or and_macro)'],
    ['x.y existsand m', '(x.y exists and m)'],
    ['proc.name in(a,b)', 'proc.name in (a, b)'],
    ['proc.name in ()', 'proc.name in ()'],
    ['proc.name in x', 'proc.name in x'],
    ['proc.name inx', 'proc.name in x'],
    ['proc.name pmatch (/tmp, "/var/a b")', 'proc.name pmatch (/tmp, "/var/a b")'],
    ['proc.name = not', 'proc.name = not'],
    ['proc.name = "" and proc.name = \'\'', '(proc.name =  and proc.name = )'],
    ['fd.name=*.log', 'fd.name = *.log'],
    ['proc.name=[kthreadd]', 'proc.name = [kthreadd]'],
    // a backslash in a bare word is literal; as_string escapes it and so must quote the value
    ['proc.args contains C:\\tmp', 'proc.args contains "C:\\\\tmp"'],
    ['proc.pid >= 1e+3', 'proc.pid >= 1e+3'],
    ['proc.pid < 0x1F', 'proc.pid < 0x1F'],
    ['proc.pid<=-1.5', 'proc.pid <= -1.5'],
    ['proc.name == x', 'proc.name == x'],
    ['proc.aname[2] = x', 'proc.aname[2] = x'],
    ['proc.env["HOME"] = x', 'proc.env[HOME] = x'],
    ['proc.env[""] = x', 'proc.env[""] = x'],
    ['proc.env["A B"] exists', 'proc.env["A B"] exists'],
    ['tolower(proc.name) = bash', 'tolower(proc.name) = bash'],
    ['toupper( b64(proc.name) ) = X', 'toupper(b64(proc.name)) = X'],
    ['proc.name = val(proc.pname)', 'proc.name = val(proc.pname)'],
    ['proc.name = len(proc.pname)', 'proc.name = len(proc.pname)'],
    ['join(",", (proc.name, "a", 1)) = x', 'join(,,(proc.name,a,1)) = x'],
    ['join(",", ()) = x', 'join(,,()) = x'],
    ['getopt(fd.types, "ab:")[b] = x', 'getopt(fd.types,ab:)[b] = x'],
    ['concat(proc.name, "-", proc.pname) = a-b', 'concat(proc.name,-,proc.pname) = a-b'],
    ['proc.name startswith oneof (a, b)', 'proc.name startswith oneof (a, b)'],
    ['proc.name = anyof x', 'proc.name = anyof x'],
    ['proc.name = oneof', 'proc.name = oneof'],
    ['proc.name = oneof and x', '(proc.name = oneof and x)'],
    ['proc.name == oneof oneof', 'proc.name == oneof oneof'],
    ['proc.name contains allof ("a b", c)', 'proc.name contains allof ("a b", c)'],
    ['proc.name\tcontains\nx', 'proc.name contains x'],
    // \b is a blank between tokens but not a bare-word terminator
    ['proc.name exists\bor\rb.c exists', '(proc.name exists or b.c exists)'],
    ['proc.name = a\bb', 'proc.name = "a\\bb"'],
];

describe('accepted conditions and their as_string', () => {
  it.each(ACCEPTED)('%j', (text, printed) => {
    expect(printCondition(ok(text))).toBe(printed);
  });

  // Blanks between tokens are interchangeable (quoted strings keep theirs, so they are left out).
  const unquoted = ACCEPTED.map(([t]) => t).filter((t) => !/["']/.test(t) && t.includes(' '));
  it.each(unquoted)('%j with tabs and line breaks for spaces', (text) => {
    for (const blank of ['\t', '\n', '\r\n', ' \t ']) {
      expect(astEquals(ok(text.replaceAll(' ', blank)), ok(text))).toBe(true);
    }
  });
});

describe('quoted strings and escapes', () => {
  const value = (text: string) => {
    const ast = ok(`proc.name = ${text}`) as BinaryCheckExpr;
    expect(ast.right.kind).toBe('value');
    return ast.right.kind === 'value' ? ast.right.value : '';
  };
  it.each([
    ['"a\\"b"', 'a"b'],
    ["'a\\'b'", "a'b"],
    ['"a\\\\b"', 'a\\b'],
    ['"a\\/b"', 'a/b'],
    ['"\\n\\t\\b\\f\\r"', '\n\t\b\f\r'],
    ['"a\\ b"', 'a\\b'],
    ['"\\x41\\x62"', 'Ab'],
    ['"\\x413"', 'A3'],
    ['"\\xc3\\xa9"', 'é'],
    ['\'say "hi"\'', 'say "hi"'],
    ['"it\'s"', "it's"],
    ['"multi\nline"', 'multi\nline'],
  ])('%s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each([
    ['proc.name = "a\\q"', 'unsupported string escape sequence: \\q', 17],
    ['proc.name = \'a\\"\'', "invalid \\\" escape in '-quoted string", 17],
    ['proc.name = "a\\\'"', 'invalid \\\' escape in "-quoted string', 17],
    ['proc.name = "\\x4"', 'truncated hex char escape sequence', 17],
    ['proc.name = "\\x4g"', 'invalid hex char escape sequence: 4g', 18],
    // an escaped backslash right before the quote never closes the string
    ['proc.name = "a\\\\"', `expected a string value or a field with a valid transformer: ${TRANSFORMERS}`, 12],
    ['proc.name = "abc', `expected a string value or a field with a valid transformer: ${TRANSFORMERS}`, 12],
  ])('%j fails', (text, message, idx) => {
    const e = err(text);
    expect(e.message).toBe(message);
    expect(e.pos.idx).toBe(idx);
  });

  it('a bad escape as the first list item reads as an empty list (libsinsp catches it)', () => {
    const ast = ok('proc.name in ("\\q")') as BinaryCheckExpr;
    expect(ast.right.kind === 'list' && ast.right.values.length).toBe(0);
  });
});

describe('keyword and operator boundaries', () => {
  it.each([
    ['a andb', "expected blank or '(' after 'and'", 5],
    ['a orb', "expected blank or '(' after 'or'", 4],
    ['a andnot b', "expected blank or '(' after 'and'", 5],
    ['proc.name containsfoo', expect.stringContaining('expected a valid check operator'), 10],
    ['proc.cmdline contains"x"', expect.stringContaining('expected a valid check operator'), 13],
    ['proc.name CONTAINS x', expect.stringContaining('expected a valid check operator'), 10],
    ['a AND b', "unexpected token after 'a', expecting 'or', 'and'", 2],
    ['proc.name = (a)', expect.stringContaining('expected a string value or a field'), 12],
    ['proc.name in ((a))', 'expected a \')\' token', 14],
    ['proc.name in (a,)', 'expected a string value', 16],
    ['proc.name in (,)', 'expected a \')\' token', 14],
    ['proc.name in (a,,b)', 'expected a string value', 16],
    ['proc.name in (a, tolower(b))', "expected a ')' token", 24],
    ['tolower (proc.name) = x', "unexpected token after 'tolower', expecting 'or', 'and'", 8],
    ['proc.aname[ 2 ] = x', 'expected a valid field argument: a quoted string or a bare string', 11],
    ['proc.aname[] = x', 'expected a valid field argument: a quoted string or a bare string', 11],
    ['proc.aname[2 = x', "expected a ']' token", 12],
    ['proc.name = val(tolower(x.y))', "expected a field within 'val' transformer", 16],
    ['tolower(proc.name = x', "expected a ')' token closing the transformer", 18],
    ['join(",", (a.b,)) = x', 'expected transformer list argument: field, transformer, quoted string, or number', 15],
    ['tolower(x) = y', 'expected field transformer argument: field, transformer, quoted string, number, or transformer list', 8],
    ['proc.pid > abc', `expected a number value or a field with a valid transformer: ${TRANSFORMERS}`, 11],
    ['proc.name in', `expected a list, an identifier, or a field with a valid transformer: ${TRANSFORMERS}`, 12],
    ['', 'filter input string is empty', 0],
    ['   ', "expected a '(' token, a field check, or an identifier", 3],
    ['(a', "expected a ')' token", 2],
    ['a)', "unexpected token after 'a', expecting 'or', 'and'", 1],
    ['proc.name = "a b" x', "unexpected token after 'a b', expecting 'or', 'and'", 18],
  ])('%j', (text, message, idx) => {
    const e = err(text);
    expect(e.message).toEqual(message);
    expect(e.pos.idx).toBe(idx);
    // ASCII text: the editor range starts at the same offset (the last character at the very end)
    if (text.length > 0) {
      expect(e.range.start).toBe(Math.min(idx, text.length - 1));
      expect(e.range.end).toBeGreaterThan(e.range.start);
    } else {
      expect(e.range).toEqual({ start: 0, end: 0 });
    }
  });
});

describe('positions', () => {
  it('counts UTF-8 bytes and restarts the column on \\r and on \\n', () => {
    const e = err('proc.name = "é" and\r\nx y');
    expect(formatParseError(e)).toBe("filter error at index 24, line 3, column 3: unexpected token after 'x', expecting 'or', 'and'");
    expect(e.range).toEqual({ start: 23, end: 24 }); // the `y`
  });

  it('marks the last character when the error is at the end', () => {
    const e = err('proc.name =');
    expect(e.pos.idx).toBe(11);
    expect(e.range).toEqual({ start: 10, end: 11 });
  });

  it('gives every node an accurate range', () => {
    const text = 'not (proc.name = "a b") and x.y in (c, d)';
    const ast = ok(text);
    expect(ast.kind).toBe('and');
    if (ast.kind !== 'and') return;
    const [n, c] = ast.children;
    expect(text.slice(n.range.start, n.range.end)).toBe('not (proc.name = "a b")');
    const check = (n as NotExpr).child as BinaryCheckExpr;
    expect(text.slice(check.left.range.start, check.left.range.end)).toBe('proc.name');
    expect(text.slice(check.opRange.start, check.opRange.end)).toBe('=');
    expect(text.slice(check.right.range.start, check.right.range.end)).toBe('"a b"');
    expect(text.slice(c.range.start, c.range.end)).toBe('x.y in (c, d)');
    const paren = '(a) and ((b or c))';
    const chain = ok(paren);
    expect(chain.kind === 'and' && chain.children.map((x) => paren.slice(x.range.start, x.range.end)))
      .toEqual(['a', 'b or c']);
    expect(paren.slice(chain.range.start, chain.range.end)).toBe(paren);
    const mod = ok('proc.name  startswith  oneof (a)') as BinaryCheckExpr;
    expect(mod.modifier).toBe('oneof');
    expect('proc.name  startswith  oneof (a)'.slice(mod.opRange.start, mod.opRange.end)).toBe('startswith  oneof');
  });
});

describe('depth limit', () => {
  const nest = (n: number) => '('.repeat(n) + 'a' + ')'.repeat(n);
  it('accepts nesting just under the limit and rejects it at the limit', () => {
    // Each parenthesis costs five levels (or, and, not, check, embedded): 19 reach level 99.
    expect(parseCondition(nest(19)).ok).toBe(true);
    const e = err(nest(20));
    expect(e.message).toBe('exceeded max depth limit of 100');
    expect(e.pos.idx).toBe(20);
  });

  it('uses the limit it is given (Falco passes 1000)', () => {
    expect(parseCondition(nest(150), { maxDepth: 1000 }).ok).toBe(true);
    expect(err(nest(150)).message).toBe('exceeded max depth limit of 100');
  });

  it('reports 100,000 open parentheses as a depth error, not a stack overflow', () => {
    expect(err(nest(100_000), 1000).message).toBe('exceeded max depth limit of 1000');
    expect(err('('.repeat(100_000), 1_000_000_000).message).toBe('exceeded max depth limit of 1000000000');
  });

  it('leaks a level when the depth limit strikes inside a list head, as libsinsp does', () => {
    // libsinsp parses a list's first item inside a catch-all (try_parse_list_expr): a depth error
    // there reads as an empty list, and the guard that threw never gives its level back, so parse()
    // ends with "recursion is unbalanced". The item sits at level 100 here (4 + 5 + 22 * 4 + 3).
    const text = '(' + 'not('.repeat(22) + 'x.y in ()' + ')'.repeat(23);
    expect(formatParseError(err(text))).toBe(
      'filter error at index 121, line 1, column 122: parser fatal error: recursion is unbalanced',
    );
    expect(err('(' + 'not('.repeat(22) + 'x.y in (a)' + ')'.repeat(23)).message).toBe("expected a ')' token");
    expect(parseCondition('(' + 'not('.repeat(21) + 'x.y in ()' + ')'.repeat(22)).ok).toBe(true);
  });

  it('builds long not runs without recursion', () => {
    const ast = ok('not '.repeat(50_001) + 'a');
    expect(printCondition(ast)).toBe('not a');
  });
});
