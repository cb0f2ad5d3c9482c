import type { Range } from '../text/range';

/**
 * The condition AST, modelled on libsinsp's `libsinsp::filter::ast` node kinds (camelCase).
 * Every node carries `range`: UTF-16 offsets into the condition text it was parsed from.
 *
 * Shapes:
 *   and / or          n-ary, flattened (`a and b and c` is one node with three children)
 *   not               one child; stacked `not not x` keeps both nodes (printing and tracing need them)
 *   identifier        a macro reference in check position (resolved by the rules loader)
 *   unaryCheck        `<operand> exists`
 *   binaryCheck       `<operand> <op> [modifier] <right>`
 *   field             `proc.name`, `proc.aname[2]`, `proc.env[HOME]` (arg kept as written, unescaped)
 *   fieldTransformer  `tolower(proc.name)`, `join(",", (a, b))`, `val(proc.pname)` ...
 *   value             a bare or quoted string (already unescaped in `value`; `raw` is the source text)
 *   list              `(a, "b c")` on the right of in / intersects / pmatch / modifiers
 *   transformerList   `(proc.name, "x", 1)` as a transformer argument (`join(",", (a, b))`);
 *                     libsinsp's `transformer_list_expr`, which (unlike `list`) holds operands
 */
export type Expr = AndExpr | OrExpr | NotExpr | IdentifierExpr | UnaryCheckExpr | BinaryCheckExpr;

export interface AndExpr { kind: 'and'; children: Expr[]; range: Range }
export interface OrExpr { kind: 'or'; children: Expr[]; range: Range }
export interface NotExpr {
  kind: 'not';
  child: Expr;
  range: Range;
  /**
   * True when `child` is itself a `not` written right after this one with no parenthesis between
   * (`not not x`). libsinsp's parse_not folds such a run by parity (`not not x` compiles to `x`,
   * while `not (not x)` keeps two nodes); the printer needs this to reproduce `as_string`.
   */
  chained?: boolean;
}
export interface IdentifierExpr { kind: 'identifier'; name: string; range: Range }

export type Operand = FieldExpr | FieldTransformerExpr;

export interface FieldExpr {
  kind: 'field';
  /** Field name without argument: `proc.aname`. */
  name: string;
  /** Argument inside brackets, unescaped; undefined when there were no brackets. */
  arg?: string;
  /** True when the argument was written quoted (`proc.env["HOME"]`). */
  argQuoted?: boolean;
  range: Range;
}

export type TransformerName =
  | 'tolower' | 'toupper' | 'b64' | 'basename' | 'len' | 'join' | 'concat' | 'getopt' | 'val';

export interface FieldTransformerExpr {
  kind: 'fieldTransformer';
  name: TransformerName;
  args: TransformerArg[];
  /** Trailing `[arg]` after the call (`getopt(...)[c]`), when present. */
  index?: string;
  /** True when the trailing argument was written quoted (`getopt(...)["c"]`). */
  indexQuoted?: boolean;
  range: Range;
}

export type TransformerArg = Operand | ValueExpr | ListExpr | TransformerListExpr;

export type UnaryOperator = 'exists';
export type BinaryOperator =
  | '=' | '==' | '!=' | '<' | '<=' | '>' | '>='
  | 'contains' | 'icontains' | 'bcontains' | 'startswith' | 'bstartswith' | 'endswith'
  | 'glob' | 'iglob' | 'regex' | 'in' | 'intersects' | 'pmatch';
export type OperatorModifier = 'oneof' | 'anyof' | 'allof';

export interface UnaryCheckExpr {
  kind: 'unaryCheck';
  left: Operand;
  op: UnaryOperator;
  range: Range;
}

export interface BinaryCheckExpr {
  kind: 'binaryCheck';
  left: Operand;
  op: BinaryOperator;
  modifier?: OperatorModifier;
  /**
   * value: a constant; list: `( ... )`; identifier: a bare name after a list operator or modifier
   * (`in x` means `in (x)`); fieldTransformer: a transformer or `val(field)` right-hand side.
   */
  right: ValueExpr | ListExpr | IdentifierExpr | FieldTransformerExpr;
  /** Range of the operator token (and modifier), for explanations and hints. */
  opRange: Range;
  range: Range;
}

export interface ValueExpr {
  kind: 'value';
  value: string;
  raw: string;
  quoted: boolean;
  range: Range;
}

export interface ListExpr { kind: 'list'; values: ValueExpr[]; range: Range }

/**
 * A parenthesised list inside transformer arguments (`join(",", (proc.name, "x"))`). Its items may be
 * fields, transformers, quoted strings or numbers (libsinsp parser.cpp, parse_transformer_list).
 */
export interface TransformerListExpr {
  kind: 'transformerList';
  items: Array<Operand | ValueExpr>;
  range: Range;
}

export type Node = Expr | Operand | ValueExpr | ListExpr | TransformerListExpr;
