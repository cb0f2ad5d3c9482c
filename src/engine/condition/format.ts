/**
 * `formatCondition`: a readable, multi-line layout of a condition for people (the "Format" action,
 * explanations). Unlike printCondition it keeps the author's spelling of values and only adds the
 * parentheses the structure needs, so parsing the result gives back the same AST (ranges aside).
 *
 * Layout: a chain that fits in WIDTH columns stays on one line; otherwise one clause per line with
 * the operator leading (`and ...`), nested groups indented by two spaces, long lists wrapped.
 */
import type {
  BinaryCheckExpr, Expr, FieldExpr, FieldTransformerExpr, ListExpr, NotExpr, TransformerArg, ValueExpr,
} from './ast';

const WIDTH = 100;
const INDENT = '  ';

export function formatCondition(ast: Expr): string {
  return block(ast, '');
}

/** `node` laid out starting at the current column; continuation lines carry `ind`. */
function block(node: Expr, ind: string): string {
  const flat = inline(node);
  if (ind.length + flat.length <= WIDTH && !flat.includes('\n')) return flat;
  switch (node.kind) {
    case 'and':
    case 'or':
      return node.children
        .map((c, k) => (k === 0 ? '' : `${node.kind} `) + operand(c, node.kind, ind))
        .join(`\n${ind}`);
    case 'not': {
      const { count, last } = notRun(node);
      return 'not '.repeat(count - 1) + `not ${notChild(last, ind)}`;
    }
    case 'binaryCheck':
      return wrappedCheck(node, ind);
    default:
      return flat;
  }
}

/** Does `child` need parentheses to keep its place under a `parent` chain? */
function needsParens(child: Expr, parent: 'and' | 'or'): boolean {
  // Same kind: parentheses are what keeps `(a and b) and c` a nested node.
  // An `or` under `and` needs them for precedence.
  return child.kind === parent || (parent === 'and' && child.kind === 'or');
}

function operand(child: Expr, parent: 'and' | 'or', ind: string): string {
  const flat = inline(child);
  // room for the leading `and ` / `or ` and the parentheses
  const fits = ind.length + 4 + flat.length + 2 <= WIDTH;
  // In a multi-line chain every nested chain gets parentheses, needed or not: easier to read.
  const paren = needsParens(child, parent) || child.kind === 'and' || child.kind === 'or';
  if (!paren) return block(child, ind);
  if (fits) return `(${flat})`;
  return group(child, ind);
}

function group(child: Expr, ind: string): string {
  const inner = ind + INDENT;
  return `(\n${inner}${block(child, inner)}\n${ind})`;
}

/** A run of chained `not`s (`not not not x`), walked without recursion: runs can be very long. */
function notRun(node: NotExpr): { count: number; last: NotExpr } {
  let count = 1;
  let last = node;
  while (last.chained && last.child.kind === 'not') {
    last = last.child;
    count++;
  }
  return { count, last };
}

/** The operand of the innermost `not` of a run (never itself a chained `not`). */
function notChild(node: NotExpr, ind: string): string {
  const c = node.child;
  if (isAtom(c)) return block(c, ind);
  const flat = inline(c);
  // room for a leading `and ` / `or `, the `not ` and the parentheses
  if (ind.length + 4 + 4 + flat.length + 2 <= WIDTH) return `(${flat})`;
  return group(c, ind);
}

function isAtom(e: Expr): boolean {
  return e.kind === 'identifier' || e.kind === 'unaryCheck' || e.kind === 'binaryCheck';
}

/** One-line rendering with minimal parentheses. */
export function inline(node: Expr): string {
  switch (node.kind) {
    case 'and':
    case 'or':
      return node.children
        .map((c) => (needsParens(c, node.kind) ? `(${inline(c)})` : inline(c)))
        .join(` ${node.kind} `);
    case 'not': {
      const { count, last } = notRun(node);
      const c = last.child;
      return 'not '.repeat(count) + (isAtom(c) ? inline(c) : `(${inline(c)})`);
    }
    case 'identifier':
      return node.name;
    case 'unaryCheck':
      return `${arg(node.left)} exists`;
    case 'binaryCheck':
      return `${arg(node.left)} ${opText(node)} ${rhs(node.right)}`;
  }
}

function opText(node: BinaryCheckExpr): string {
  return node.modifier ? `${node.op} ${node.modifier}` : node.op;
}

function rhs(r: BinaryCheckExpr['right']): string {
  return r.kind === 'identifier' ? r.name : arg(r);
}

/** A check whose list is too long for one line: the list items wrap inside the parentheses. */
function wrappedCheck(node: BinaryCheckExpr, ind: string): string {
  if (node.right.kind !== 'list' || node.right.values.length === 0) return inline(node);
  const head = `${arg(node.left)} ${opText(node)} (`;
  const inner = ind + INDENT;
  const lines: string[] = [];
  let line = '';
  for (const v of node.right.values) {
    const item = value(v) + ',';
    if (line !== '' && inner.length + line.length + 1 + item.length > WIDTH) {
      lines.push(line);
      line = item;
    } else {
      line = line === '' ? item : `${line} ${item}`;
    }
  }
  lines.push(line.slice(0, -1)); // no comma after the last item
  return `${head}\n${lines.map((l) => inner + l).join('\n')}\n${ind})`;
}

function arg(node: TransformerArg | FieldTransformerExpr | FieldExpr | ListExpr): string {
  switch (node.kind) {
    case 'field':
      return node.name + fieldArg(node.arg, node.argQuoted);
    case 'fieldTransformer':
      return `${node.name}(${node.args.map(arg).join(', ')})${fieldArg(node.index, node.indexQuoted)}`;
    case 'value':
      return value(node);
    case 'list':
      return `(${node.values.map(value).join(', ')})`;
    case 'transformerList':
      return `(${node.items.map(arg).join(', ')})`;
  }
}

function fieldArg(a: string | undefined, quoted: boolean | undefined): string {
  if (a === undefined) return '';
  return quoted ? `[${quote(a)}]` : `[${a}]`;
}

/** The value as written when we have its source text, otherwise a safe quoted spelling. */
function value(v: ValueExpr): string {
  if (v.raw !== '') return v.raw;
  return v.quoted || v.value === '' ? quote(v.value) : v.value;
}

/**
 * Double-quotes `s` so that the parser reads back exactly `s`. A trailing backslash is written as
 * `\ ` (backslash, space): the parser's closing-quote test only looks at the previous raw character,
 * so `"a\\"` would never close, while escaping.cpp turns `\ ` into a lone backslash.
 */
export function quote(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    switch (c) {
      case '\\': out += i === s.length - 1 ? '\\ ' : '\\\\'; break;
      case '"': out += '\\"'; break;
      case '\n': out += '\\n'; break;
      case '\r': out += '\\r'; break;
      case '\t': out += '\\t'; break;
      case '\b': out += '\\b'; break;
      case '\f': out += '\\f'; break;
      case '\0': out += '\\x00'; break;
      default: out += c;
    }
  }
  return `"${out}"`;
}
