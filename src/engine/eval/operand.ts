import type { FieldExpr, FieldTransformerExpr, Operand, TransformerArg, ValueExpr } from '../condition/ast';
import { lookupField, type PluginMode, type ResolvedField } from '../fields/catalog';
import { makeAncestorValues, makeExtractor, type Scalar } from '../event/extract';
import { fillSlot, slotFor } from '../event/field-slots';
import type { EventView } from '../event/thread';
import { CompileError } from './errors';
import { TRANSFORMERS } from './transformers';

/** An extracted operand value: a scalar, a list (list-typed operands), or null (no value). */
export type OperandValue = Scalar | Scalar[] | null;

/**
 * A compiled field / transformer expression: libsinsp's filtercheck with its (transformed) field
 * info. `extract` is cached per event (the last event seen), so a field used by several checks of
 * one filter is extracted once.
 */
export interface CompiledOperand {
  /** Field name as libsinsp reports it in messages (`proc.aname`, no argument). */
  name: string;
  /** Field text with argument (`proc.aname[2]`), for explanations. */
  text: string;
  type: string;
  list: boolean;
  printFormat: string;
  noRhs: boolean;
  noTransformer: boolean;
  /** Ancestor field without index: per-ancestor values compared with "any" semantics. */
  ancestorAny?: (v: EventView) => Scalar[];
  resolved?: ResolvedField;
  /** The per-event memo slot of a plain field (field-slots.ts); absent for transformers. */
  slot?: number;
  extract: (v: EventView) => OperandValue;
}

export interface OperandContext {
  plugins: PluginMode;
  /** Shared field extractors of one compilation, keyed by field text. */
  shared: Map<string, CompiledOperand>;
}

function cached(fn: (v: EventView) => OperandValue): (v: EventView) => OperandValue {
  let lastV: EventView | undefined;
  let last: OperandValue = null;
  return (v) => {
    if (v !== lastV) {
      last = fn(v);
      lastV = v;
    }
    return last;
  };
}

function slotReader<T>(k: number): (v: EventView) => T {
  return (v) => {
    const x = v.vals[k];
    return (x !== undefined ? x : fillSlot(v, k)) as T;
  };
}

/**
 * A field's value (and, for ancestor fields without index, its per-ancestor values) is memoized per
 * event in a slot shared by every filter (field-slots.ts); the key names everything the extractor
 * is built from. Without a free slot, the operand caches the last event's value itself.
 */
function fieldExtract(f: ResolvedField): { slot?: number; extract: (v: EventView) => OperandValue } {
  const slot = slotFor(fieldKey('value', f), () => makeExtractor(f));
  if (slot < 0) return { extract: cached(makeExtractor(f)) };
  return { slot, extract: slotReader<OperandValue>(slot) };
}

function ancestorExtract(f: ResolvedField): ((v: EventView) => Scalar[]) | undefined {
  const values = makeAncestorValues(f);
  if (!values) return undefined;
  const slot = slotFor(fieldKey('ancestors', f), () => values);
  return slot < 0 ? values : slotReader<Scalar[]>(slot);
}

function fieldKey(what: string, f: ResolvedField): string {
  return [what, f.info.name, f.info.cls, f.info.type, f.text, f.index ?? '', f.key ?? ''].join('\u0000');
}

export function compileField(node: FieldExpr, ctx: OperandContext): CompiledOperand {
  const r = lookupField(node.name, node.arg, { plugins: ctx.plugins });
  if (!r.ok) throw new CompileError(r.message, node.range);
  const f = r.field;
  const hit = ctx.shared.get(f.text);
  if (hit) return hit;
  const { slot, extract } = fieldExtract(f);
  const op: CompiledOperand = {
    name: f.info.name,
    text: f.text,
    type: f.info.type === 'DYN' ? 'CHARBUF' : f.info.type,
    list: f.info.list,
    printFormat: f.info.printFormat,
    noRhs: f.info.flags.includes('NO_RHS'),
    noTransformer: f.info.flags.includes('NO_TRANSFORMER'),
    ancestorAny: ancestorExtract(f),
    resolved: f,
    slot,
    extract,
  };
  ctx.shared.set(f.text, op);
  return op;
}

/** A constant inside transformer arguments: libsinsp's rawstring_check (type CHARBUF). */
function rawString(node: ValueExpr): CompiledOperand {
  const value = node.value;
  return {
    name: value, text: JSON.stringify(value), type: 'CHARBUF', list: false, printFormat: '',
    noRhs: false, noTransformer: false, extract: () => value,
  };
}

/** A parenthesised list of arguments: libsinsp's list_check (a CHARBUF list). */
function listOf(items: CompiledOperand[], text: string): CompiledOperand {
  return {
    name: text, text, type: 'CHARBUF', list: true, printFormat: '', noRhs: false, noTransformer: false,
    extract: cached((v) => {
      const out: Scalar[] = [];
      for (const it of items) {
        const x = it.extract(v);
        if (x === null) return null;
        if (Array.isArray(x)) out.push(...x);
        else out.push(x);
      }
      return out;
    }),
  };
}

function compileArg(a: TransformerArg, t: FieldTransformerExpr, ctx: OperandContext): CompiledOperand {
  switch (a.kind) {
    case 'field': return compileField(a, ctx);
    case 'fieldTransformer': return compileTransformer(a, ctx);
    case 'value': return rawString(a);
    case 'list':
      // extractor compiler: one value is a rawstring_check, several a list_check, none an error.
      if (a.values.length === 0) throw new CompileError(`filter error: found null child node on '${t.name}' transformer`, a.range);
      if (a.values.length === 1) return rawString(a.values[0]);
      return listOf(a.values.map(rawString), '(list)');
    case 'transformerList':
      return listOf(a.items.map((i) => (i.kind === 'value' ? rawString(i) : compileOperandNode(i, ctx))), '(list)');
  }
}

const str = (x: Scalar): string => (typeof x === 'string' ? x : typeof x === 'boolean' ? String(x) : String(x));

export function compileTransformer(t: FieldTransformerExpr, ctx: OperandContext): CompiledOperand {
  const args = t.args.map((a) => compileArg(a, t, ctx));
  if (t.name === 'val') {
    if (t.index !== undefined) throw new CompileError("filter error: transformer 'val' does not support field arguments", t.range);
    return args[0];
  }
  if (args.length === 1) {
    if (t.index !== undefined) {
      throw new CompileError(`filter error: transformer '${t.name}' does not support field arguments`, t.range);
    }
    const spec = TRANSFORMERS[t.name];
    if (!spec) throw new CompileError(`unknown field transfomer '${t.name}'`, t.range);
    const inner = args[0];
    if (inner.noTransformer) throw new CompileError(`field '${inner.name}' does not support transformers`, t.range);
    if (!spec.accepts(inner.type, inner.list)) {
      throw new CompileError(
        `can't add field transformer: type '${typeName(inner.type)}' is not supported by '${t.name}' transformer applied on ${inner.list ? 'list ' : ''}field '${inner.name}'`,
        t.range,
      );
    }
    const res = spec.result(inner.type, inner.list);
    const inType = inner.type;
    const isLen = t.name === 'len';
    return {
      ...inner,
      type: res.type,
      list: res.list,
      printFormat: isLen ? 'PF_DEC' : inner.printFormat,
      ancestorAny: undefined,
      resolved: undefined,
      slot: undefined,
      text: `${t.name}(${inner.text})`,
      extract: cached((v) => {
        const x = inner.extract(v);
        if (x === null) return null;
        if (Array.isArray(x)) {
          if (isLen) return x.length;
          const out: Scalar[] = [];
          for (const e of x) {
            const y = spec.apply(e, inType);
            if (y === null) return null;
            out.push(y);
          }
          return out;
        }
        return spec.apply(x, inType);
      }),
    };
  }
  return multiValue(t, args);
}

/** join / concat / getopt (sinsp_filtercheck_multivalue_transformer.cpp). */
function multiValue(t: FieldTransformerExpr, args: CompiledOperand[]): CompiledOperand {
  const fail = (m: string): never => {
    throw new CompileError(m, t.range);
  };
  const base = { name: 'INTERNAL', text: `${t.name}(...)`, printFormat: '', noRhs: false, noTransformer: false };
  if (t.name === 'join') {
    if (args.length !== 2) fail('join() requires exactly 2 arguments: separator and list');
    if (args[0].list) fail('join() first argument (separator) must be a single value, not a list');
    if (!args[1].list) fail('join() second argument must be a list');
    if (t.index !== undefined) fail("transformer 'join' does not support field arguments");
    const [sep, list] = args;
    return {
      ...base, type: 'CHARBUF', list: false,
      extract: cached((v) => {
        const s = sep.extract(v);
        if (s === null) return null;
        const l = list.extract(v);
        if (l === null) return null;
        return (Array.isArray(l) ? l : [l]).map(str).join(str(Array.isArray(s) ? s[0] : s));
      }),
    };
  }
  if (t.name === 'concat') {
    if (args.length < 2) fail('concat() requires at least 2 arguments');
    for (const a of args) if (a.type !== 'CHARBUF' || a.list) fail('concat() arguments must be strings');
    if (t.index !== undefined) fail("transformer 'concat' does not support field arguments");
    return {
      ...base, type: 'CHARBUF', list: false,
      extract: cached((v) => {
        let out = '';
        for (const a of args) {
          const x = a.extract(v);
          if (x === null) return null;
          out += str(Array.isArray(x) ? x[0] : x);
        }
        return out;
      }),
    };
  }
  if (t.name === 'getopt') {
    if (args.length !== 2) fail('getopt() requires exactly 2 arguments: args list and optstring');
    if (!args[0].list) fail('getopt() first argument must be a list');
    if (args[1].list) fail('getopt() second argument (optstring) must be a single value');
    if (args[0].type !== 'CHARBUF' || args[1].type !== 'CHARBUF') fail('getopt() arguments must be strings');
    const sel = t.index;
    if (sel !== undefined && [...sel].length !== 1) fail('getopt() field argument must be a single option character');
    const [argv, opts] = args;
    return {
      ...base, type: 'CHARBUF', list: sel === undefined,
      extract: cached((v) => {
        const a = argv.extract(v);
        const o = opts.extract(v);
        if (a === null || o === null) return null;
        const r = getopt((Array.isArray(a) ? a : [a]).map(str), str(Array.isArray(o) ? o[0] : o), sel);
        return sel === undefined ? r.list : r.selected;
      }),
    };
  }
  return fail('unknown multivalue transformer');
}

/**
 * sinsp_filter_multivalue_transformer_getopt::extract: short options per `optstring` (a leading
 * ':' is skipped); `--` ends the options, long options are skipped, the first non-option stops.
 * Without a selector the result lists each option letter (followed by its value when it takes one),
 * `?` for an unknown option and "" for a missing required value; with a selector `[c]` it is the
 * last value of option c (the letter itself for a flag), or no value when c never appears.
 */
export function getopt(argv: string[], optstring: string, selector?: string): { list: string[]; selected: string | null } {
  const valid = new Set<string>();
  const withArg = new Set<string>();
  for (let i = optstring.startsWith(':') ? 1 : 0; i < optstring.length; i++) {
    const c = optstring[i];
    if (c === ':') continue;
    valid.add(c);
    if (optstring[i + 1] === ':') {
      withArg.add(c);
      i++;
    }
  }
  const list: string[] = [];
  let selected: string | null = null;
  const emit = (name: string, value?: string) => {
    if (selector !== undefined) selected = value ?? name;
    else {
      list.push(name);
      if (value !== undefined) list.push(value);
    }
  };
  outer: for (let ai = 0; ai < argv.length; ai++) {
    const arg = argv[ai];
    if (arg === '--') break;
    if (arg.length > 2 && arg.startsWith('--')) continue;
    if (arg === '' || arg[0] !== '-' || arg.length === 1) break;
    for (let i = 1; i < arg.length; i++) {
      const c = arg[i];
      if (c === ':' || !valid.has(c)) {
        if (selector === undefined) list.push('?');
        continue;
      }
      const match = selector === undefined || c === selector;
      if (!withArg.has(c)) {
        if (match) emit(c);
        continue;
      }
      let value: string | undefined;
      if (i + 1 < arg.length) value = arg.slice(i + 1);
      else if (ai + 1 < argv.length) value = argv[++ai];
      if (value === undefined) {
        if (match) emit('');
        break outer;
      }
      if (match) emit(c, value);
      break;
    }
  }
  return { list, selected };
}

export function compileOperandNode(node: Operand, ctx: OperandContext): CompiledOperand {
  return node.kind === 'field' ? compileField(node, ctx) : compileTransformer(node, ctx);
}

/** param_type_to_string: PT_X prints as X (PT_DYN as DYNAMIC). */
export function typeName(type: string): string {
  return type === 'DYN' ? 'DYNAMIC' : type;
}
