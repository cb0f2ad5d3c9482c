/**
 * `printCondition`: libsinsp's `ast::as_string` (userspace/libsinsp/filter/ast.cpp, string_visitor),
 * which is how Falco shows compiled conditions. Every and/or is parenthesised, values go through
 * escape_str, list items are joined with ", " but transformer arguments with a bare ",".
 */
import type { Expr, FieldExpr, FieldTransformerExpr, NotExpr, TransformerArg } from './ast';
import { escapeValue } from './escaping';
import { isShared } from './shared';

/** Printed macro ASTs shared by several rules (shared.ts): each is printed once. */
const printedShared = new WeakMap<Expr, string>();

export function printCondition(ast: Expr): string {
  if (!isShared(ast)) return printNode(ast);
  let s = printedShared.get(ast);
  if (s === undefined) {
    s = printNode(ast);
    printedShared.set(ast, s);
  }
  return s;
}

function printNode(ast: Expr): string {
  switch (ast.kind) {
    case 'and':
    case 'or':
      return `(${ast.children.map(printCondition).join(` ${ast.kind} `)})`;
    case 'not':
      return printNot(ast);
    case 'identifier':
      return ast.name;
    case 'unaryCheck':
      return `${printArg(ast.left)} ${ast.op}`;
    case 'binaryCheck': {
      const op = ast.modifier ? `${ast.op} ${ast.modifier}` : ast.op;
      const r = ast.right;
      const right = r.kind === 'identifier' ? escapeValue(r.name) : printArg(r);
      return `${printArg(ast.left)} ${op} ${right}`;
    }
  }
}

/** libsinsp folds a run of written `not`s by parity (parser.cpp, parse_not); see NotExpr.chained. */
function printNot(node: NotExpr): string {
  let count = 1;
  let cur: NotExpr = node;
  while (cur.chained && cur.child.kind === 'not') {
    cur = cur.child;
    count++;
  }
  const inner = printCondition(cur.child);
  return count % 2 === 1 ? `not ${inner}` : inner;
}

/** `append_optional_field_arg`: an empty argument is the only one printed quoted. */
function printFieldArg(arg: string | undefined): string {
  if (arg === undefined) return '';
  return arg === '' ? '[""]' : `[${escapeValue(arg)}]`;
}

function printArg(node: TransformerArg | FieldTransformerExpr | FieldExpr): string {
  switch (node.kind) {
    case 'field':
      return node.name + printFieldArg(node.arg);
    case 'fieldTransformer':
      return `${node.name}(${node.args.map(printArg).join(',')})${printFieldArg(node.index)}`;
    case 'value':
      return escapeValue(node.value);
    case 'list':
      return `(${node.values.map((v) => escapeValue(v.value)).join(', ')})`;
    case 'transformerList':
      return `(${node.items.map(printArg).join(',')})`;
  }
}
