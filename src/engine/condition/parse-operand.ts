/**
 * Operand productions of the condition grammar (see parser.ts): fields with their `[arg]`,
 * transformer calls, their arguments and transformer lists (libsinsp parser.cpp,
 * parse_field_remainder, parse_field_or_transformer_remainder, parse_transformer_list...).
 */
import type {
  FieldExpr, FieldTransformerExpr, Operand, TransformerArg, TransformerListExpr, TransformerName, ValueExpr,
} from './ast';
import type { Token } from './lexer';
import { ParserState, span } from './parser-state';
import { FIELD_TRANSFORMERS, msg } from './vocabulary';

/**
 * `parse_field_or_transformer`: one operand at the cursor, no leading blank, rest ignored. Its
 * error for anything else is libsinsp's, missing closing quote included.
 */
export function parseFieldOrTransformer(s: ParserState): Operand {
  return s.guarded((): Operand => {
    const lx = s.lx;
    const name = lx.fieldName();
    if (name) return parseFieldRemainder(s, name);
    const tr = lexTransformerName(s);
    if (tr) {
      lx.blank();
      return parseTransformerRemainder(s, tr.name, tr.start);
    }
    return lx.fail(msg.unexpectedOperandToken(lx.lastToken));
  });
}

const CALLS = FIELD_TRANSFORMERS.map((name) => ({ name, call: `${name}(` }));

/** `lex_field_transformer_type`: `tolower(` etc. as a raw prefix; lastToken is the name. */
export function lexTransformerName(s: ParserState): { name: TransformerName; start: number } | null {
  const lx = s.lx;
  const start = lx.i;
  for (const { name, call } of CALLS) {
    if (lx.str(call)) {
      lx.lastToken = name; // libsinsp pops the '(' off m_last_token
      return { name, start };
    }
  }
  return null;
}

export function parseFieldRemainder(s: ParserState, name: Token): FieldExpr {
  return s.guarded(() => {
    const field: FieldExpr = { kind: 'field', name: name.text, range: span(name.start, name.end) };
    const arg = parseOptionalFieldArg(s);
    if (arg) {
      field.arg = arg.value;
      if (arg.quoted) field.argQuoted = true;
      field.range.end = s.lx.i;
    }
    return field;
  });
}

export function parseOptionalFieldArg(s: ParserState): { value: string; quoted: boolean } | null {
  const lx = s.lx;
  if (!lx.str('[')) return null;
  const q = lx.quoted();
  let value: string;
  if (q) value = q.value;
  else {
    const bare = lx.fieldArgBare() ?? lx.fail(msg.expectedFieldArg);
    value = bare.text;
  }
  if (!lx.str(']')) lx.fail(msg.expectedCloseBracket);
  return { value, quoted: q !== null };
}

/** After `name(` (and blanks): arguments, `)`, optional `[arg]`. */
export function parseTransformerRemainder(s: ParserState, name: TransformerName, start: number): FieldTransformerExpr {
  return s.guarded(() => {
    const lx = s.lx;
    lx.blank();
    const args: TransformerArg[] = [];
    do {
      args.push(parseTransformerArg(s));
      lx.blank();
    } while (lx.str(','));
    lx.blank();
    if (!lx.str(')')) lx.fail(msg.expectedCloseTransformer);
    return finishTransformer(s, name, args, start);
  });
}

export function finishTransformer(s: ParserState, name: TransformerName, args: TransformerArg[], start: number): FieldTransformerExpr {
  const node: FieldTransformerExpr = { kind: 'fieldTransformer', name, args, range: span(start, s.lx.i) };
  const idx = parseOptionalFieldArg(s);
  if (idx) {
    node.index = idx.value;
    if (idx.quoted) node.indexQuoted = true;
    node.range.end = s.lx.i;
  }
  return node;
}

export function parseTransformerArg(s: ParserState): TransformerArg {
  return s.guarded((): TransformerArg => {
    const lx = s.lx;
    lx.blank();
    const start = lx.i;
    const num = lx.hexNumber() ?? lx.number();
    if (num) return valueOf(num, num.text, false);
    const q = lx.quoted();
    if (q) return valueOf(q, q.value, true);
    if (lx.str('(')) return parseTransformerList(s, start);
    const tr = lexTransformerName(s);
    if (tr) return parseTransformerRemainder(s, tr.name, tr.start);
    const name = lx.fieldName();
    if (name) return parseFieldRemainder(s, name);
    return lx.fail(msg.expectedTransformerArg);
  });
}

/** After the `(` of a transformer list (not depth-guarded in libsinsp either). */
export function parseTransformerList(s: ParserState, start: number): TransformerListExpr {
  const lx = s.lx;
  const items: Array<Operand | ValueExpr> = [];
  lx.blank();
  if (!lx.str(')')) {
    items.push(parseTransformerListArg(s));
    lx.blank();
    while (lx.str(',')) {
      lx.blank();
      items.push(parseTransformerListArg(s));
      lx.blank();
    }
    if (!lx.str(')')) lx.fail(msg.expectedCloseParenShort);
  }
  return { kind: 'transformerList', items, range: span(start, lx.i) };
}

export function parseTransformerListArg(s: ParserState): Operand | ValueExpr {
  const lx = s.lx;
  const name = lx.fieldName();
  if (name) return parseFieldRemainder(s, name);
  const tr = lexTransformerName(s);
  if (tr) {
    lx.blank();
    return parseTransformerRemainder(s, tr.name, tr.start);
  }
  const q = lx.quoted();
  if (q) return valueOf(q, q.value, true);
  const num = lx.hexNumber() ?? lx.number();
  if (num) return valueOf(num, num.text, false);
  return lx.fail(msg.expectedTransformerListArg);
}

export function valueOf(t: Token, value: string, quoted: boolean): ValueExpr {
  return { kind: 'value', value, raw: t.text, quoted, range: span(t.start, t.end) };
}
