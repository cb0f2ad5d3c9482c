/**
 * The Falco condition parser: a hand-written recursive-descent parser that accepts exactly what
 * libsinsp's parser accepts (userspace/libsinsp/filter/parser.cpp), fails at the same byte offset
 * with the same message, and builds the AST of ast.ts with UTF-16 ranges for the editor.
 *
 * Grammar (EBNF; `B` = one or more blanks: space, TAB, \r, \n, \b). Keywords and operators are raw
 * prefixes; where a blank is required it is written out. Blanks are otherwise optional everywhere
 * except inside names, numbers and field arguments.
 *
 *   Expr          ::= OrExpr
 *   OrExpr        ::= AndExpr ( 'or' ( B AndExpr | '(' Embedded ) )*
 *   AndExpr       ::= NotExpr ( 'and' ( B NotExpr | '(' Embedded ) )*
 *   NotExpr       ::= ( 'not' Space+ )* ( 'not(' Embedded | Check )    (* Space = [[:space:]] *)
 *   Embedded      ::= OrExpr ')'                                       (* after a consumed '(' *)
 *   Check         ::= '(' Embedded
 *                   | Field Condition
 *                   | Transformer Condition
 *                   | Identifier                                        (* macro reference *)
 *   Field         ::= FieldName FieldArg?
 *   FieldArg      ::= '[' ( QuotedStr | FieldArgBare ) ']'
 *   Transformer   ::= TName '(' TArg ( ',' TArg )* ')' FieldArg?
 *   TArg          ::= HexNum | Number | QuotedStr | '(' TList | Transformer | Field
 *   TList         ::= ( TListArg ( ',' TListArg )* )? ')'
 *   TListArg      ::= Field | Transformer | QuotedStr | HexNum | Number
 *   Condition     ::= 'exists'
 *                   | NumOp NumRhs
 *                   | StrOp Modifier B ListRhs      (* only after a blank, if '(' or an identifier
 *                                                      follows that is not and/or/not *)
 *                   | StrOp StrRhs
 *                   | ListOp ListOrTransformerRhs
 *   NumRhs        ::= TransformerOrVal | HexNum | Number
 *   StrRhs        ::= TransformerOrVal | QuotedStr | BareStr
 *   ListRhs       ::= List | Identifier
 *   ListOrTransformerRhs ::= List | TransformerOrVal | Identifier
 *   List          ::= '(' ( Value ( ',' Value )* )? ')'                (* Value = QuotedStr | BareStr *)
 *   TransformerOrVal ::= 'val(' Field ')' FieldArg? | Transformer
 *   NumOp         ::= '<=' | '<' | '>=' | '>'
 *   StrOp         ::= '==' | '=' | '!=' | ( 'glob' | 'iglob' | 'contains' | 'icontains' | 'bcontains'
 *                     | 'startswith' | 'bstartswith' | 'endswith' | 'regex' ) B
 *   ListOp        ::= 'intersects' | 'in' | 'pmatch'
 *   Modifier      ::= 'oneof' | 'anyof' | 'allof'
 *   TName         ::= 'tolower' | 'toupper' | 'b64' | 'basename' | 'len' | 'join' | 'concat' | 'getopt'
 *
 * One function per production: the logical ones and Condition here, Field/Transformer/TArg/TList in
 * parse-operand.ts, the right-hand sides in parse-value.ts.
 *
 * Tokens (lexer.ts): Identifier [a-zA-Z][a-zA-Z0-9_]*, FieldName Identifier ('.' Identifier)+,
 * FieldArgBare [^][\"'[:space:]]+, BareStr [^()"'[:space:]=,]+, HexNum 0[xX][0-9a-fA-F]+,
 * Number [+-]?[0-9]+\.?[0-9]*([eE][+-][0-9]+)?, QuotedStr see escaping.ts.
 */
import type { BinaryCheckExpr, BinaryOperator, Expr, Operand, OperatorModifier } from './ast';
import type { Token } from './lexer';
import { parseFieldRemainder, lexTransformerName, parseTransformerRemainder } from './parse-operand';
import { ParserState, span } from './parser-state';
import {
  parseListValue, parseListValueOrTransformer, parseNumValueOrTransformer, parseStrValueOrTransformer,
} from './parse-value';
import {
  BINARY_LIST_OPS, BINARY_NUM_OPS, BINARY_STR_OPS, STR_MODIFIER_OPS, UNARY_OPS, msg,
} from './vocabulary';

export { DEFAULT_MAX_DEPTH, ParserState } from './parser-state';

/** Whole-condition entry point (libsinsp `parser::parse`): the expression and nothing after it. */
export function parseExpression(s: ParserState): Expr {
  const lx = s.lx;
  if (s.text.length === 0) lx.fail(msg.emptyInput);
  const res = parseOr(s);
  if (s.depth > 0) lx.fail(msg.unbalanced);
  if (!lx.atEnd()) lx.fail(msg.unexpectedToken(lx.lastToken));
  return res;
}

export function parseOr(s: ParserState): Expr {
  return s.guarded(() => parseChain(s, 'or', () => parseAnd(s)));
}

export function parseAnd(s: ParserState): Expr {
  return s.guarded(() => parseChain(s, 'and', () => parseNot(s)));
}

/**
 * The loop shared by parse_or and parse_and: `kw` must be followed by a blank (then the next
 * operand) or by `(` (then a parenthesised expression). n-ary, flattened within one loop only, so
 * `(a and b) and c` stays nested, as in libsinsp.
 */
export function parseChain(s: ParserState, kw: 'and' | 'or', next: () => Expr): Expr {
  const lx = s.lx;
  lx.blank();
  const start = lx.i;
  const children = [next()];
  let end = lx.i;
  lx.blank();
  while (lx.str(kw)) {
    if (!lx.blank()) {
      if (lx.str('(')) children.push(parseEmbedded(s));
      else lx.fail(msg.blankAfter(kw));
    } else {
      children.push(next());
    }
    end = lx.i;
    lx.blank();
  }
  if (children.length === 1) return children[0];
  return { kind: kw, children, range: span(start, end) };
}

export function parseNot(s: ParserState): Expr {
  return s.guarded(() => {
    const lx = s.lx;
    lx.blank();
    const starts: number[] = [];
    for (let t: Token | null; (t = lx.notBlank()); ) starts.push(t.start);
    let child: Expr;
    const notParen = lx.i;
    if (lx.str('not(')) {
      starts.push(notParen);
      child = parseEmbedded(s);
    } else {
      child = parseCheck(s);
    }
    const end = lx.i; // after the check or the closing parenthesis
    // Build one node per written `not`, innermost last; all but the innermost are `chained`.
    for (let k = starts.length - 1; k >= 0; k--) {
      const node: Expr = { kind: 'not', child, range: span(starts[k], end) };
      if (k < starts.length - 1) node.chained = true;
      child = node;
    }
    return child;
  });
}

/**
 * The rest of `( Expr )` once `(` was consumed. No node is made for the parentheses: the child
 * keeps its own range and the enclosing not/and/or ranges cover the parentheses.
 */
export function parseEmbedded(s: ParserState): Expr {
  return s.guarded(() => {
    const lx = s.lx;
    lx.blank();
    const child = parseOr(s);
    lx.blank();
    if (!lx.str(')')) lx.fail(msg.expectedCloseParen);
    return child;
  });
}

export function parseCheck(s: ParserState): Expr {
  return s.guarded((): Expr => {
    const lx = s.lx;
    lx.blank();
    if (lx.str('(')) return parseEmbedded(s);
    const name = lx.fieldName();
    if (name) return parseCondition(s, parseFieldRemainder(s, name));
    const tr = lexTransformerName(s);
    if (tr) {
      lx.blank();
      return parseCondition(s, parseTransformerRemainder(s, tr.name, tr.start));
    }
    const id = lx.identifier();
    if (id) return { kind: 'identifier', name: id.text, range: span(id.start, id.end) };
    return lx.fail(msg.expectedCheck);
  });
}

export function parseCondition(s: ParserState, left: Operand): Expr {
  return s.guarded((): Expr => {
    const lx = s.lx;
    lx.blank();
    const unary = lx.operator(UNARY_OPS);
    if (unary) {
      return { kind: 'unaryCheck', left, op: 'exists', range: span(left.range.start, lx.i) };
    }
    lx.blank();
    const binStart = lx.i;
    let op: string | null;
    let modifier: OperatorModifier | undefined;
    let opEnd: number;
    let right: BinaryCheckExpr['right'];
    if ((op = lx.operator(BINARY_NUM_OPS))) {
      opEnd = lx.i;
      right = parseNumValueOrTransformer(s);
    } else if ((op = lx.operator(BINARY_STR_OPS))) {
      opEnd = op === '==' || op === '=' || op === '!=' ? lx.i : binStart + op.length;
      // Word operators already consumed their mandatory blank; symbol ones may have one now.
      const hadBlank = isWordOperator(op) || lx.blank();
      const saved = lx.i;
      const savedToken = lx.lastToken;
      const mod = hadBlank ? lx.operator(STR_MODIFIER_OPS) : null;
      if (mod && listValueFollows(s) && !boolKeywordFollows(s)) {
        modifier = mod as OperatorModifier;
        opEnd = saved + mod.length;
        right = parseListValue(s);
      } else {
        lx.i = saved;
        lx.lastToken = savedToken;
        right = parseStrValueOrTransformer(s);
      }
    } else if ((op = lx.operator(BINARY_LIST_OPS))) {
      opEnd = lx.i;
      right = parseListValueOrTransformer(s);
    } else {
      return lx.fail(msg.expectedOperator);
    }
    const node: BinaryCheckExpr = {
      kind: 'binaryCheck', left, op: op as BinaryOperator, right,
      opRange: span(binStart, opEnd), range: span(left.range.start, right.range.end),
    };
    if (modifier) node.modifier = modifier;
    return node;
  });
}

/** `list_value_follows`: a `(` or an identifier is next (nothing consumed). */
export function listValueFollows(s: ParserState): boolean {
  const lx = s.lx;
  if (lx.peek() === '(') return true;
  const saved = lx.i;
  const savedToken = lx.lastToken;
  const id = lx.identifier();
  lx.i = saved;
  lx.lastToken = savedToken;
  return id !== null;
}

/** `bool_keyword_follows`: and/or/not not followed by a letter or digit (`_` does not count). */
export function boolKeywordFollows(s: ParserState): boolean {
  const lx = s.lx;
  for (const kw of ['and', 'or', 'not']) {
    if (lx.text.startsWith(kw, lx.i)) {
      const next = lx.text[lx.i + kw.length];
      if (next === undefined || next === '\0' || !/[A-Za-z0-9]/.test(next)) return true;
    }
  }
  return false;
}

function isWordOperator(op: string): boolean {
  return op[0] >= 'a' && op[0] <= 'z';
}
