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
 * Tokens (lexer.ts): Identifier [a-zA-Z][a-zA-Z0-9_]*, FieldName Identifier ('.' Identifier)+,
 * FieldArgBare [^][\"'[:space:]]+, BareStr [^()"'[:space:]=,]+, HexNum 0[xX][0-9a-fA-F]+,
 * Number [+-]?[0-9]+\.?[0-9]*([eE][+-][0-9]+)?, QuotedStr see escaping.ts.
 */
import type {
  BinaryCheckExpr, BinaryOperator, Expr, FieldExpr, FieldTransformerExpr, IdentifierExpr, ListExpr,
  Operand, OperatorModifier, TransformerArg, TransformerListExpr, TransformerName, ValueExpr,
} from './ast';
import { Lexer, ParseFailure, type Token } from './lexer';
import {
  BINARY_LIST_OPS, BINARY_NUM_OPS, BINARY_STR_OPS, FIELD_TRANSFORMERS, STR_MODIFIER_OPS, UNARY_OPS,
  msg,
} from './vocabulary';

export const DEFAULT_MAX_DEPTH = 100;

export class ConditionParser {
  readonly lx: Lexer;
  private depth = 0;

  constructor(readonly text: string, private readonly maxDepth = DEFAULT_MAX_DEPTH) {
    this.lx = new Lexer(text);
  }

  /**
   * libsinsp's `depth_guard`: every production counts one level and the limit is reached when the
   * count *equals* the maximum. When the guard itself throws, the level is not given back (its
   * destructor never runs), which parseList relies on.
   */
  private guarded<T>(fn: () => T): T {
    this.depth++;
    if (this.depth >= this.maxDepth) this.lx.fail(msg.maxDepth(this.maxDepth));
    const r = fn();
    this.depth--;
    return r;
  }

  /** Whole-condition entry point (libsinsp `parser::parse`). */
  parse(): Expr {
    const lx = this.lx;
    if (this.text.length === 0) lx.fail(msg.emptyInput);
    const res = this.parseOr();
    if (this.depth > 0) lx.fail(msg.unbalanced);
    if (!lx.atEnd()) lx.fail(msg.unexpectedToken(lx.lastToken));
    return res;
  }

  /**
   * `parse_field_or_transformer`: one operand at the cursor, no leading blank, rest ignored. Its
   * error for anything else is libsinsp's, missing closing quote included.
   */
  parseFieldOrTransformer(): Operand {
    return this.guarded((): Operand => {
      const lx = this.lx;
      const name = lx.fieldName();
      if (name) return this.parseFieldRemainder(name);
      const tr = this.lexTransformerName();
      if (tr) {
        lx.blank();
        return this.parseTransformerRemainder(tr.name, tr.start);
      }
      return lx.fail(msg.unexpectedOperandToken(lx.lastToken));
    });
  }

  parseOr(): Expr {
    return this.guarded(() => this.parseChain('or', () => this.parseAnd()));
  }

  parseAnd(): Expr {
    return this.guarded(() => this.parseChain('and', () => this.parseNot()));
  }

  /**
   * The loop shared by parse_or and parse_and: `kw` must be followed by a blank (then the next
   * operand) or by `(` (then a parenthesised expression). n-ary, flattened within one loop only, so
   * `(a and b) and c` stays nested, as in libsinsp.
   */
  private parseChain(kw: 'and' | 'or', next: () => Expr): Expr {
    const lx = this.lx;
    lx.blank();
    const start = lx.i;
    const children = [next()];
    let end = lx.i;
    lx.blank();
    while (lx.str(kw)) {
      if (!lx.blank()) {
        if (lx.str('(')) children.push(this.parseEmbedded());
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

  parseNot(): Expr {
    return this.guarded(() => {
      const lx = this.lx;
      lx.blank();
      const starts: number[] = [];
      for (let t: Token | null; (t = lx.notBlank()); ) starts.push(t.start);
      let child: Expr;
      const notParen = lx.i;
      if (lx.str('not(')) {
        starts.push(notParen);
        child = this.parseEmbedded();
      } else {
        child = this.parseCheck();
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
  parseEmbedded(): Expr {
    return this.guarded(() => {
      const lx = this.lx;
      lx.blank();
      const child = this.parseOr();
      lx.blank();
      if (!lx.str(')')) lx.fail(msg.expectedCloseParen);
      return child;
    });
  }

  parseCheck(): Expr {
    return this.guarded((): Expr => {
      const lx = this.lx;
      lx.blank();
      if (lx.str('(')) return this.parseEmbedded();
      const name = lx.fieldName();
      if (name) return this.parseCondition(this.parseFieldRemainder(name));
      const tr = this.lexTransformerName();
      if (tr) {
        lx.blank();
        return this.parseCondition(this.parseTransformerRemainder(tr.name, tr.start));
      }
      const id = lx.identifier();
      if (id) return { kind: 'identifier', name: id.text, range: span(id.start, id.end) };
      return lx.fail(msg.expectedCheck);
    });
  }

  /** `lex_field_transformer_type`: `tolower(` etc. as a raw prefix; lastToken is the name. */
  lexTransformerName(): { name: TransformerName; start: number } | null {
    const lx = this.lx;
    const start = lx.i;
    for (const t of FIELD_TRANSFORMERS) {
      if (lx.str(t + '(')) {
        lx.lastToken = t; // libsinsp pops the '(' off m_last_token
        return { name: t, start };
      }
    }
    return null;
  }

  parseFieldRemainder(name: Token): FieldExpr {
    return this.guarded(() => {
      const field: FieldExpr = { kind: 'field', name: name.text, range: span(name.start, name.end) };
      const arg = this.parseOptionalFieldArg();
      if (arg) {
        field.arg = arg.value;
        if (arg.quoted) field.argQuoted = true;
        field.range.end = this.lx.i;
      }
      return field;
    });
  }

  parseOptionalFieldArg(): { value: string; quoted: boolean } | null {
    const lx = this.lx;
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
  parseTransformerRemainder(name: TransformerName, start: number): FieldTransformerExpr {
    return this.guarded(() => {
      const lx = this.lx;
      lx.blank();
      const args: TransformerArg[] = [];
      do {
        args.push(this.parseTransformerArg());
        lx.blank();
      } while (lx.str(','));
      lx.blank();
      if (!lx.str(')')) lx.fail(msg.expectedCloseTransformer);
      return this.finishTransformer(name, args, start);
    });
  }

  private finishTransformer(name: TransformerName, args: TransformerArg[], start: number): FieldTransformerExpr {
    const node: FieldTransformerExpr = { kind: 'fieldTransformer', name, args, range: span(start, this.lx.i) };
    const idx = this.parseOptionalFieldArg();
    if (idx) {
      node.index = idx.value;
      if (idx.quoted) node.indexQuoted = true;
      node.range.end = this.lx.i;
    }
    return node;
  }

  parseTransformerArg(): TransformerArg {
    return this.guarded((): TransformerArg => {
      const lx = this.lx;
      lx.blank();
      const start = lx.i;
      const num = lx.hexNumber() ?? lx.number();
      if (num) return valueOf(num, num.text, false);
      const q = lx.quoted();
      if (q) return valueOf(q, q.value, true);
      if (lx.str('(')) return this.parseTransformerList(start);
      const tr = this.lexTransformerName();
      if (tr) return this.parseTransformerRemainder(tr.name, tr.start);
      const name = lx.fieldName();
      if (name) return this.parseFieldRemainder(name);
      return lx.fail(msg.expectedTransformerArg);
    });
  }

  /** After the `(` of a transformer list (not depth-guarded in libsinsp either). */
  parseTransformerList(start: number): TransformerListExpr {
    const lx = this.lx;
    const items: Array<Operand | ValueExpr> = [];
    lx.blank();
    if (!lx.str(')')) {
      items.push(this.parseTransformerListArg());
      lx.blank();
      while (lx.str(',')) {
        lx.blank();
        items.push(this.parseTransformerListArg());
        lx.blank();
      }
      if (!lx.str(')')) lx.fail(msg.expectedCloseParenShort);
    }
    return { kind: 'transformerList', items, range: span(start, lx.i) };
  }

  parseTransformerListArg(): Operand | ValueExpr {
    const lx = this.lx;
    const name = lx.fieldName();
    if (name) return this.parseFieldRemainder(name);
    const tr = this.lexTransformerName();
    if (tr) {
      lx.blank();
      return this.parseTransformerRemainder(tr.name, tr.start);
    }
    const q = lx.quoted();
    if (q) return valueOf(q, q.value, true);
    const num = lx.hexNumber() ?? lx.number();
    if (num) return valueOf(num, num.text, false);
    return lx.fail(msg.expectedTransformerListArg);
  }

  parseCondition(left: Operand): Expr {
    return this.guarded((): Expr => {
      const lx = this.lx;
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
        right = this.parseNumValueOrTransformer();
      } else if ((op = lx.operator(BINARY_STR_OPS))) {
        opEnd = op === '==' || op === '=' || op === '!=' ? lx.i : binStart + op.length;
        // Word operators already consumed their mandatory blank; symbol ones may have one now.
        const hadBlank = /^[a-z]/.test(op) || lx.blank();
        const saved = lx.i;
        const savedToken = lx.lastToken;
        const mod = hadBlank ? lx.operator(STR_MODIFIER_OPS) : null;
        if (mod && this.listValueFollows() && !this.boolKeywordFollows()) {
          modifier = mod as OperatorModifier;
          opEnd = saved + mod.length;
          right = this.parseListValue();
        } else {
          lx.i = saved;
          lx.lastToken = savedToken;
          right = this.parseStrValueOrTransformer();
        }
      } else if ((op = lx.operator(BINARY_LIST_OPS))) {
        opEnd = lx.i;
        right = this.parseListValueOrTransformer();
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

  parseNumValueOrTransformer(): ValueExpr | FieldTransformerExpr {
    return this.guarded(() => {
      const lx = this.lx;
      lx.blank();
      const tr = this.tryParseTransformerOrVal();
      if (tr) return tr;
      const num = lx.hexNumber() ?? lx.number();
      if (num) return valueOf(num, num.text, false);
      return lx.fail(msg.expectedNumber);
    });
  }

  parseStrValueOrTransformer(): ValueExpr | FieldTransformerExpr {
    return this.guarded(() => {
      const lx = this.lx;
      lx.blank();
      const tr = this.tryParseTransformerOrVal();
      if (tr) return tr;
      const v = this.lexValue();
      if (v) return v;
      return lx.fail(msg.expectedString);
    });
  }

  /** `parse_str_value_or_transformer(true)`: the list-element flavour. */
  parsePlainValue(): ValueExpr {
    return this.guarded(() => {
      const lx = this.lx;
      lx.blank();
      return this.lexValue() ?? lx.fail(msg.expectedPlainString);
    });
  }

  private lexValue(): ValueExpr | null {
    const lx = this.lx;
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
  tryParseList(): ListExpr | null {
    const lx = this.lx;
    const start = lx.i;
    if (!lx.str('(')) return null;
    const values: ValueExpr[] = [];
    lx.blank();
    const depth = this.depth;
    let first: ValueExpr | null = null;
    try {
      first = this.parsePlainValue();
    } catch (e) {
      if (!(e instanceof ParseFailure)) throw e;
      // A depth-guard failure leaves its level counted (see `guarded`); others unwound cleanly.
      this.depth = e.message === msg.maxDepth(this.maxDepth) ? depth + 1 : depth;
    }
    if (first) {
      values.push(first);
      lx.blank();
      while (lx.str(',')) {
        values.push(this.parsePlainValue());
        lx.blank();
      }
    }
    if (!lx.str(')')) lx.fail(msg.expectedCloseParen);
    return { kind: 'list', values, range: span(start, lx.i) };
  }

  parseListValue(): ListExpr | IdentifierExpr {
    return this.guarded(() => {
      const lx = this.lx;
      lx.blank();
      const list = this.tryParseList();
      if (list) return list;
      const id = lx.identifier();
      if (id) return identifierOf(id);
      return lx.fail(msg.expectedListOrIdentifier);
    });
  }

  parseListValueOrTransformer(): ListExpr | IdentifierExpr | FieldTransformerExpr {
    return this.guarded(() => {
      const lx = this.lx;
      lx.blank();
      const list = this.tryParseList();
      if (list) return list;
      const tr = this.tryParseTransformerOrVal();
      if (tr) return tr;
      const id = lx.identifier();
      if (id) return identifierOf(id);
      return lx.fail(msg.expectedList);
    });
  }

  tryParseTransformerOrVal(): FieldTransformerExpr | null {
    return this.guarded(() => {
      const lx = this.lx;
      lx.blank();
      const start = lx.i;
      if (lx.str('val(')) {
        lx.blank();
        lx.lastToken = 'val'; // libsinsp pops the '(' off m_last_token
        const name = lx.fieldName() ?? lx.fail(msg.expectedFieldIn('val'));
        const field = this.parseFieldRemainder(name);
        lx.blank();
        if (!lx.str(')')) lx.fail(msg.expectedCloseTransformer);
        return this.finishTransformer('val', [field], start);
      }
      const tr = this.lexTransformerName();
      if (tr) {
        lx.blank();
        return this.parseTransformerRemainder(tr.name, tr.start);
      }
      return null;
    });
  }

  /** `list_value_follows`: a `(` or an identifier is next (nothing consumed). */
  private listValueFollows(): boolean {
    const lx = this.lx;
    if (lx.peek() === '(') return true;
    const saved = lx.i;
    const savedToken = lx.lastToken;
    const id = lx.identifier();
    lx.i = saved;
    lx.lastToken = savedToken;
    return id !== null;
  }

  /** `bool_keyword_follows`: and/or/not not followed by a letter or digit (`_` does not count). */
  private boolKeywordFollows(): boolean {
    const lx = this.lx;
    for (const kw of ['and', 'or', 'not']) {
      if (lx.text.startsWith(kw, lx.i)) {
        const next = lx.text[lx.i + kw.length];
        if (next === undefined || next === '\0' || !/[A-Za-z0-9]/.test(next)) return true;
      }
    }
    return false;
  }
}

export function span(start: number, end: number) {
  return { start, end };
}

function valueOf(t: Token, value: string, quoted: boolean): ValueExpr {
  return { kind: 'value', value, raw: t.text, quoted, range: span(t.start, t.end) };
}

function identifierOf(t: Token): IdentifierExpr {
  return { kind: 'identifier', name: t.text, range: span(t.start, t.end) };
}
