/**
 * Right-hand-side productions of the condition grammar (see parser.ts): numbers, strings, lists,
 * list names and `val()`/transformer right sides (libsinsp parser.cpp, parse_*_value*,
 * try_parse_list_expr, try_parse_transformer_or_val).
 */
import type { FieldTransformerExpr, IdentifierExpr, ListExpr, ValueExpr } from './ast';
import { ParseFailure, type Token } from './lexer';
import { finishTransformer, lexTransformerName, parseFieldRemainder, parseTransformerRemainder, valueOf } from './parse-operand';
import { ParserState, span } from './parser-state';
import { msg } from './vocabulary';

export function parseNumValueOrTransformer(s: ParserState): ValueExpr | FieldTransformerExpr {
  return s.guarded(() => {
    const lx = s.lx;
    lx.blank();
    const tr = tryParseTransformerOrVal(s);
    if (tr) return tr;
    const num = lx.hexNumber() ?? lx.number();
    if (num) return valueOf(num, num.text, false);
    return lx.fail(msg.expectedNumber);
  });
}

export function parseStrValueOrTransformer(s: ParserState): ValueExpr | FieldTransformerExpr {
  return s.guarded(() => {
    const lx = s.lx;
    lx.blank();
    const tr = tryParseTransformerOrVal(s);
    if (tr) return tr;
    const v = lexValue(s);
    if (v) return v;
    return lx.fail(msg.expectedString);
  });
}

/** `parse_str_value_or_transformer(true)`: the list-element flavour. */
export function parsePlainValue(s: ParserState): ValueExpr {
  return s.guarded(() => {
    const lx = s.lx;
    lx.blank();
    return lexValue(s) ?? lx.fail(msg.expectedPlainString);
  });
}

export function lexValue(s: ParserState): ValueExpr | null {
  const lx = s.lx;
  const q = lx.quoted();
  if (q) return valueOf(q, q.value, true);
  const bare = lx.bareString();
  return bare ? valueOf(bare, bare.text, false) : null;
}

/**
 * `try_parse_list_expr`. libsinsp parses the first element inside a catch-all: any failure there
 * (no value, a bad escape, the depth limit) means "empty list" and parsing resumes from wherever
 * the cursor got to, so `in ("\q")` is accepted as `in ()`.
 */
export function tryParseList(s: ParserState): ListExpr | null {
  const lx = s.lx;
  const start = lx.i;
  if (!lx.str('(')) return null;
  const values: ValueExpr[] = [];
  lx.blank();
  const depth = s.depth;
  let first: ValueExpr | null = null;
  try {
    first = parsePlainValue(s);
  } catch (e) {
    if (!(e instanceof ParseFailure)) throw e;
    // A depth-guard failure leaves its level counted (see `guarded`); others unwound cleanly.
    s.depth = e.message === msg.maxDepth(s.maxDepth) ? depth + 1 : depth;
  }
  if (first) {
    values.push(first);
    lx.blank();
    while (lx.str(',')) {
      values.push(parsePlainValue(s));
      lx.blank();
    }
  }
  if (!lx.str(')')) lx.fail(msg.expectedCloseParen);
  return { kind: 'list', values, range: span(start, lx.i) };
}

export function parseListValue(s: ParserState): ListExpr | IdentifierExpr {
  return s.guarded(() => {
    const lx = s.lx;
    lx.blank();
    const list = tryParseList(s);
    if (list) return list;
    const id = lx.identifier();
    if (id) return identifierOf(id);
    return lx.fail(msg.expectedListOrIdentifier);
  });
}

export function parseListValueOrTransformer(s: ParserState): ListExpr | IdentifierExpr | FieldTransformerExpr {
  return s.guarded(() => {
    const lx = s.lx;
    lx.blank();
    const list = tryParseList(s);
    if (list) return list;
    const tr = tryParseTransformerOrVal(s);
    if (tr) return tr;
    const id = lx.identifier();
    if (id) return identifierOf(id);
    return lx.fail(msg.expectedList);
  });
}

export function tryParseTransformerOrVal(s: ParserState): FieldTransformerExpr | null {
  return s.guarded(() => {
    const lx = s.lx;
    lx.blank();
    const start = lx.i;
    if (lx.str('val(')) {
      lx.blank();
      lx.lastToken = 'val'; // libsinsp pops the '(' off m_last_token
      const name = lx.fieldName() ?? lx.fail(msg.expectedFieldIn('val'));
      const field = parseFieldRemainder(s, name);
      lx.blank();
      if (!lx.str(')')) lx.fail(msg.expectedCloseTransformer);
      return finishTransformer(s, 'val', [field], start);
    }
    const tr = lexTransformerName(s);
    if (tr) {
      lx.blank();
      return parseTransformerRemainder(s, tr.name, tr.start);
    }
    return null;
  });
}

function identifierOf(t: Token): IdentifierExpr {
  return { kind: 'identifier', name: t.text, range: span(t.start, t.end) };
}
