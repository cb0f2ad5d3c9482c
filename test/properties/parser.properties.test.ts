/**
 * Properties of the condition parser and printers over generated conditions.
 * Conditions are generated as token lists joined by a separator placeholder (SEP), so the
 * whitespace between tokens can be substituted without touching quoted strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  astEquals, escapeValue, formatCondition, formatParseError, parseCondition, printCondition,
  quoteConditionString, unescapeQuoted, type Expr,
} from '../../src/engine/condition';

const SEP = '\u0001';
const join = (...parts: string[]) => parts.join(SEP);

const ident = fc.constantFrom('m', 'spawned_process', 'notb', 'and_macro', 'or2', 'x_1');
/**
 * A list name after a modifier: `= oneof and_macro` is NOT a modifier in libsinsp (and/or/not
 * followed by `_` counts as a keyword, parser.cpp bool_keyword_follows), so leave that one out.
 */
const listName = fc.constantFrom('m', 'spawned_process', 'notb', 'or2', 'x_1', 'oneof');
const field = fc.constantFrom('proc.name', 'proc.args', 'fd.name', 'user.uid', 'evt.type', 'proc.cmdline');
const fieldWithArg = fc.oneof(
  field,
  fc.constantFrom('proc.aname[2]', 'proc.env[HOME]', 'proc.env["A B"]', "proc.env['x']", 'proc.args[0]'),
);
/** Bare words: anything but blanks, ( ) " ' = , — including keywords, backslashes and unicode. */
const bare = fc.oneof(
  fc.constantFrom('bash', 'not', 'and', 'oneof', '/usr/bin/*', 'C:\\tmp', '[kthreadd]', 'é€', '-e', '<NA>', '0x1F'),
  fc.stringMatching(/^[a-z0-9/_.*\-]{1,8}$/),
);
/** Quoted strings with every supported escape. */
const quoted = fc
  .array(fc.constantFrom('a', ' ', 'b c', '\\"', "'", '\\\\x', '\\n', '\\t', '\\/', '\\x41', '=', ',', '(', ')', 'é'), {
    maxLength: 5,
  })
  .map((parts) => `"${parts.join('')}"`);
const value = fc.oneof(bare, quoted);
const number = fc.constantFrom('0', '1', '-5', '+3', '1.5', '1e+3', '0x10', '42');

const transformer: fc.Arbitrary<string> = fc.letrec((tie) => ({
  t: fc.oneof(
    { depthSize: 'small' },
    fc.tuple(fc.constantFrom('tolower', 'toupper', 'b64', 'basename', 'len'), field).map(([t, f]) => `${t}(${f})`),
    fc.tuple(fc.constantFrom('tolower', 'toupper'), tie('t')).map(([t, inner]) => `${t}(${inner as string})`),
    fc.tuple(quoted, fc.array(fc.oneof(field, quoted, number), { maxLength: 3 }))
      .map(([sep, items]) => `join(${sep}, (${items.join(', ')}))`),
    fc.tuple(field, quoted).map(([f, q]) => `concat(${f}, ${q})`),
  ),
})).t;

const operand = fc.oneof({ weight: 4, arbitrary: fieldWithArg }, { weight: 1, arbitrary: transformer });
const list = fc.array(value, { maxLength: 4 }).map((vs) => `(${vs.join(', ')})`);

const check = fc.oneof(
  fc.tuple(operand).map(([o]) => join(o, 'exists')),
  fc.tuple(operand, fc.constantFrom('=', '==', '!=', 'contains', 'icontains', 'startswith', 'endswith', 'glob', 'iglob', 'regex'), value)
    .map(([o, op, v]) => join(o, op, v)),
  fc.tuple(operand, fc.constantFrom('<', '<=', '>', '>='), number).map(([o, op, n]) => join(o, op, n)),
  fc.tuple(operand, fc.constantFrom('in', 'intersects', 'pmatch'), fc.oneof(list, listName))
    .map(([o, op, r]) => join(o, op, r)),
  fc.tuple(operand, fc.constantFrom('=', 'contains', 'startswith'), fc.constantFrom('oneof', 'anyof', 'allof'), fc.oneof(list, listName))
    .map(([o, op, m, r]) => join(o, op, m, r)),
  fc.tuple(operand, fc.constantFrom('=', '!='), fc.constantFrom('val(proc.pname)', 'tolower(proc.name)'))
    .map(([o, op, r]) => join(o, op, r)),
  ident,
);

const condition: fc.Arbitrary<string> = fc.letrec((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    check,
    fc.array(tie('expr'), { minLength: 2, maxLength: 4 }).map((xs) => (xs as string[]).join(`${SEP}and${SEP}`)),
    fc.array(tie('expr'), { minLength: 2, maxLength: 4 }).map((xs) => (xs as string[]).join(`${SEP}or${SEP}`)),
    tie('expr').map((x) => join('not', x as string)),
    tie('expr').map((x) => join('(', x as string, ')')),
    tie('expr').map((x) => join('not', '(', x as string, ')')),
  ),
})).expr;

function mustParse(text: string): Expr {
  const r = parseCondition(text, { maxDepth: 1000 });
  if (!r.ok) throw new Error(`${JSON.stringify(text)}: ${formatParseError(r.error)}`);
  return r.ast;
}

const blanks = fc.array(fc.constantFrom(' ', '\t', '\n', '\r\n', '\r', '  '), { minLength: 1, maxLength: 2 }).map((b) => b.join(''));

describe('parser properties', () => {
  it('parses every generated condition', () => {
    fc.assert(fc.property(condition, (c) => {
      mustParse(c.split(SEP).join(' '));
    }), { numRuns: 500 });
  });

  /**
   * as_string output that parses back to the same tree prints back unchanged. libsinsp's printer is
   * lossy by design: it drops the quotes of values, so `in ("a,a")` prints as `in (a,a)`, which
   * reparses as two items, and `not (not x)` prints as `not not x`, which its parser folds to `x`
   * (parse_not toggles). Those rounds change the tree, so they are counted, not compared; once a
   * printed text reparses to itself it stays fixed.
   */
  it('print∘parse is idempotent (as_string output that parses prints back unchanged)', () => {
    const parse = (t: string): Expr | null => {
      const r = parseCondition(t, { maxDepth: 1000 });
      return r.ok ? r.ast : null;
    };
    let lossless = 0;
    fc.assert(fc.property(condition, (c) => {
      const ast = mustParse(c.split(SEP).join(' '));
      const p1 = printCondition(ast);
      const ast2 = parse(p1);
      if (ast2 === null) return; // as_string output need not parse (see parser-printer.test.ts)
      const p2 = printCondition(ast2);
      if (astEquals(ast2, ast)) {
        lossless++;
        expect(p2).toBe(p1);
      }
      // whatever was lost in the first round, the second round's text is a fixed point
      const ast3 = parse(p2);
      if (ast3 !== null) expect(printCondition(ast3)).toBe(p2);
    }), { numRuns: 500 });
    // about 40% of generated conditions (quoted values with blanks, commas or escapes are the
    // lossy ones) survive as_string unchanged; the property is not vacuous
    expect(lossless).toBeGreaterThan(100);
  });

  it('formatCondition keeps the meaning: parse(format(ast)) equals ast', () => {
    fc.assert(fc.property(condition, (c) => {
      const ast = mustParse(c.split(SEP).join(' '));
      const formatted = formatCondition(ast);
      expect(astEquals(mustParse(formatted), ast)).toBe(true);
    }), { numRuns: 500 });
  });

  it('replacing blanks between tokens by tabs and line breaks keeps the AST', () => {
    fc.assert(fc.property(condition, fc.infiniteStream(blanks), (c, stream) => {
      const plain = mustParse(c.split(SEP).join(' '));
      const parts = c.split(SEP);
      let text = parts[0];
      const it = stream[Symbol.iterator]();
      for (let k = 1; k < parts.length; k++) text += it.next().value + parts[k];
      expect(astEquals(mustParse(text), plain)).toBe(true);
    }), { numRuns: 300 });
  });
});

describe('escaping', () => {
  it('quote() reads back through the lexer and unescape for any string without NUL', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 10 }), (a, b) => {
      const x = (a + b).replaceAll('\0', '');
      const r = parseCondition(`proc.name = ${quoteConditionString(x)}`);
      expect(r.ok && r.ast.kind === 'binaryCheck' && r.ast.right.kind === 'value' && r.ast.right.value).toBe(x);
    }), { numRuns: 1000 });
  });

  it("libsinsp's escape_str output unescapes to the original value", () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (x) => {
      const e = escapeValue(x);
      if (e.startsWith('"')) expect(unescapeQuoted(e)).toEqual({ ok: true, value: x });
      else expect(e).toBe(x);
    }), { numRuns: 1000 });
  });
});

describe('the parser is total', () => {
  const checkTotal = (text: string) => {
    const r = parseCondition(text);
    if (!r.ok) {
      const bytes = new TextEncoder().encode(text).length;
      expect(r.error.pos.idx).toBeLessThanOrEqual(bytes);
      expect(r.error.range.start).toBeGreaterThanOrEqual(0);
      expect(r.error.range.end).toBeLessThanOrEqual(text.length);
      expect(typeof formatParseError(r.error)).toBe('string');
    } else {
      expect(typeof printCondition(r.ast)).toBe('string');
      expect(typeof formatCondition(r.ast)).toBe('string');
    }
  };

  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), checkTotal), { numRuns: 2000 });
  });

  it('never throws on token soup', () => {
    const token = fc.constantFrom(
      '(', ')', ' ', '\t', '\n', 'and', 'or', 'not', 'not(', 'a', 'proc.name', 'proc.aname[', ']', '=', '!=',
      '<', 'in', 'exists', 'contains ', 'oneof ', ',', '"', "'", '\\', '\\x4', 'tolower(', 'val(', 'join(',
      '1', '0x', 'é', '\0', '\b', '\v',
    );
    fc.assert(fc.property(fc.array(token, { maxLength: 40 }), (ts) => checkTotal(ts.join(''))), { numRuns: 3000 });
  });
});
