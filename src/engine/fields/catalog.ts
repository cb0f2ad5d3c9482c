import { FIELD_ROWS, OPERATOR_TABLE } from './catalog-data';
import { EVENT_PARAM_FIRST_TYPES, EVENT_PARAM_NAMES, EVENT_TABLE_NAME_COUNTS } from './event-table-data';

/** Which plugins are loaded: the container plugin (Falco 0.41+ default) or none (the oracle). */
export type PluginMode = 'container' | 'none';

export interface FieldInfo {
  name: string;
  /** libsinsp filtercheck class (`evt`, `process`, `user`, ...) or the plugin's class. */
  cls: string;
  /** PT_* type without the prefix: CHARBUF, UINT64, BOOL ... */
  type: string;
  args: 'none' | 'index' | 'key' | 'index-or-key';
  argSyntax: string[];
  argRequired: boolean;
  bareNameOk: boolean;
  list: boolean;
  flags: string[];
  operators: string[] | null;
  deprecated: boolean;
  plugin: boolean;
  printFormat: string;
}

// What compiling and evaluating need. Our one-line descriptions (./descriptions.ts, as large as the
// rest of the table) are for hovers and completions only, so they stay out of this table: the page
// needs the table for its first verdicts and the descriptions only with the editor.
export const FIELDS: FieldInfo[] = FIELD_ROWS.map((r) => ({
  name: r[0], cls: r[1], type: r[2], args: r[3], argSyntax: r[4], argRequired: r[5],
  bareNameOk: r[6], list: r[7], flags: r[8], operators: r[9], deprecated: r[10], plugin: r[11],
  printFormat: r[12],
}));

const BY_NAME = new Map(FIELDS.map((f) => [f.name, f]));
export function fieldInfo(name: string): FieldInfo | undefined {
  return BY_NAME.get(name);
}

/**
 * Lookup groups in libsinsp's order (filter_check_list: gen_event, event, thread, user, group, fd,
 * fs.path, util, fdlist, then plugin classes). The first group holding a field whose name is a
 * prefix of the text claims it; if that group cannot consume the whole text, the name is unknown
 * (filter_check_list::new_filter_check_from_fldname breaks out instead of trying later classes).
 */
// The generic evt class (sinsp_filter_check_gen_event): the first 18 rows of the table.
const GENERIC_EVT = new Set(FIELD_ROWS.slice(0, 18).map((r) => r[0]));
const GROUPS: FieldInfo[][] = (() => {
  const groups: FieldInfo[][] = [];
  let prevCls = '';
  let prevGeneric: boolean | undefined;
  for (const f of FIELDS) {
    // The two `evt` classes are separate filtercheck classes; evt.num..evt.time* come first.
    const generic = f.cls === 'evt' ? GENERIC_EVT.has(f.name) : undefined;
    if (f.cls !== prevCls || generic !== prevGeneric) groups.push([]);
    groups[groups.length - 1].push(f);
    prevCls = f.cls;
    prevGeneric = generic;
  }
  return groups;
})();

const PARAM_NAMES = [...EVENT_PARAM_NAMES].sort((a, b) => b.length - a.length);

export interface ResolvedField {
  info: FieldInfo;
  /** Full text as libsinsp sees it: `proc.aname[2]`, `evt.arg.flags`, `proc.env[HOME]`. */
  text: string;
  /** Integer argument (`[N]`), when the field takes an index. -1 for `[-1]`-like spellings. */
  index?: number;
  /** Key argument (`[HOME]`, `.flags`). */
  key?: string;
}

export type LookupResult = { ok: true; field: ResolvedField } | { ok: false; message: string };

const unknown = (text: string): LookupResult => ({
  ok: false,
  message: `filter_check called with nonexistent field ${text}`,
});

/** sscanf("%d%c") as sinsp_numparser::parsed32 uses it: optional blanks and sign, digits, nothing after. */
export function scanInt(s: string): number | null {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)$/.exec(s);
  return m ? Number(m[1]) : null;
}

/**
 * Resolves a field as the filter compiler does with `name[arg]` (sinsp_filter_compiler
 * create_filtercheck_name + filter_check_list). Plugin fields (container.*, k8s.*) exist only when
 * the container plugin is loaded and accept arguments only in brackets.
 */
export function lookupField(
  name: string,
  arg?: string,
  options: { plugins?: PluginMode } = {},
): LookupResult {
  const plugins = options.plugins ?? 'container';
  const text = arg === undefined ? name : `${name}[${arg}]`;
  // The text alone decides the answer (name[arg] and name + "[arg]" are the same lookup).
  const memo = plugins === 'none' ? MEMO_NONE : MEMO_CONTAINER;
  let r = memo.get(text);
  if (r === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    r = lookupText(text, plugins);
    memo.set(text, r);
  }
  return r;
}

/**
 * Lookups are memoized per plugin mode: the compiler asks for the same few field names thousands of
 * times (and once per constant value, for the "may be a valid field" warning). Results are never
 * mutated by callers. Bounded: cleared when full.
 */
const MEMO_MAX = 20_000;
const MEMO_CONTAINER = new Map<string, LookupResult>();
const MEMO_NONE = new Map<string, LookupResult>();

function lookupText(text: string, plugins: PluginMode): LookupResult {
  const dot = text.indexOf('.');
  const candidates = dot < 0 ? undefined : BY_CLASS_WORD.get(text.slice(0, dot));
  if (candidates === undefined) return unknown(text);
  for (const group of candidates) {
    if (group.plugin && plugins === 'none') continue;
    let best: FieldInfo | undefined;
    for (const f of group.fields) {
      if (text.startsWith(f.name) && (!best || f.name.length > best.name.length)) best = f;
    }
    if (!best) continue;
    return resolveArg(best, text);
  }
  return unknown(text);
}

/**
 * GROUPS narrowed to the fields that can be a prefix of a text, by the word before the first '.'.
 * Every field name has a '.', so a field is a prefix of `text` only if both start with the same
 * word and dot; the groups keep libsinsp's order, so the first group that claims the text is the
 * same as when scanning every field (values checked for "may be a valid field" hit this a lot).
 */
const BY_CLASS_WORD: Map<string, { plugin: boolean; fields: FieldInfo[] }[]> = (() => {
  const out = new Map<string, { plugin: boolean; fields: FieldInfo[] }[]>();
  for (const group of GROUPS) {
    const byWord = new Map<string, FieldInfo[]>();
    for (const f of group) {
      const dot = f.name.indexOf('.');
      if (dot < 0) throw new Error(`field without a class word: ${f.name}`);
      const word = f.name.slice(0, dot);
      let fs = byWord.get(word);
      if (!fs) byWord.set(word, (fs = []));
      fs.push(f);
    }
    for (const [word, fs] of byWord) {
      let groups = out.get(word);
      if (!groups) out.set(word, (groups = []));
      groups.push({ plugin: group[0].plugin, fields: fs });
    }
  }
  return out;
})();

/** A resolved field (a plain function: named closures are costly under tsx, see eval/comparators.ts). */
function found(f: FieldInfo, text: string, extra: Partial<ResolvedField> = {}): LookupResult {
  return { ok: true, field: { info: f, text, ...extra } };
}

function resolveArg(f: FieldInfo, text: string): LookupResult {
  const rest = text.slice(f.name.length);
  if (f.name === 'evt.arg' || f.name === 'evt.rawarg') {
    // sinsp_filter_check_event::extract_arg: `[N]` or `.NAME` (longest known parameter name).
    if (rest.startsWith('[') && f.name === 'evt.arg') {
      const close = rest.indexOf(']');
      const n = scanInt(rest.slice(1, close));
      if (n === null) return { ok: false, message: `${rest.slice(1, close)} is not a valid number` };
      return close === rest.length - 1 ? found(f, text, { index: n }) : unknown(text);
    }
    if (rest.startsWith('.')) {
      const key = rest.slice(1);
      const p = PARAM_NAMES.find((n) => key.startsWith(n));
      if (!p) return { ok: false, message: `unknown event argument ${key}` };
      if (p.length !== key.length) return unknown(text);
      if (f.name === 'evt.rawarg') {
        // PT_DYN: the field compiles with the type of the first parameter of that name in the
        // event table (parse_field_name sets m_customfield from find_longest_matching_evt_param).
        const [type, fmt] = EVENT_PARAM_FIRST_TYPES[p] ?? ['CHARBUF', 'NA'];
        return { ok: true, field: { info: { ...f, type, printFormat: `PF_${fmt}`, operators: operatorsFor(type, false) }, text, key: p } };
      }
      return found(f, text, { key: p });
    }
    // evt.rawarg passes its parameter-info pointer to extract_arg, which refuses an index.
    if (rest.startsWith('[')) return { ok: false, message: f.name === 'evt.rawarg' ? 'evt.arg fields must be expressed explicitly' : `filter syntax error: ${text}` };
    if (rest === '') return { ok: false, message: `filter syntax error: ${text}` };
    return unknown(text);
  }
  if (f.name === 'thread.cgroup') {
    // sinsp_filter_check_thread::extract_arg: `.` then letters and '_' only.
    if (!rest.startsWith('.')) return { ok: false, message: `filter syntax error: ${text}` };
    const m = /^[A-Za-z_]*/.exec(rest.slice(1))![0];
    return m.length === rest.length - 1 ? found(f, text, { key: m }) : unknown(text);
  }
  if (f.name === 'evt.abspath') {
    if (rest === '' || rest === '.src' || rest === '.dst') return found(f, text, { key: rest.slice(1) || undefined });
    return unknown(text);
  }
  if (f.name === 'evt.type.is') {
    if (!rest.startsWith('.')) return { ok: false, message: `filter syntax error: ${text}` };
    // extract_type consumes nothing when no event_table.c entry has that name: unknown field.
    const key = rest.slice(1);
    return Object.prototype.hasOwnProperty.call(EVENT_TABLE_NAME_COUNTS, key) ? found(f, text, { key }) : unknown(text);
  }
  if (f.name === 'evt.around' || f.name === 'fd.types') {
    // sinsp_numparser::parseu64 / parsed64 throw out of parse_field_name (not caught, unlike the
    // thread class): a non-number index is reported as such.
    if (!rest.startsWith('[')) {
      if (f.name === 'fd.types' && rest === '') return found(f, text);
      return f.name === 'evt.around' ? { ok: false, message: `filter syntax error: ${text}` } : unknown(text);
    }
    const close = rest.indexOf(']');
    const numText = rest.slice(1, close);
    const n = scanInt(numText);
    if (n === null) return { ok: false, message: `${numText} is not a valid number` };
    return close === rest.length - 1 ? found(f, text, { index: n }) : unknown(text);
  }
  if (rest === '') return f.bareNameOk ? found(f, text) : unknown(text);
  if (!rest.startsWith('[') || rest.indexOf(']') !== rest.length - 1 || f.args === 'none') return unknown(text);
  const argText = rest.slice(1, -1);
  if (f.args === 'index') {
    // The thread class catches the parse failure and reports a shorter name: unknown field.
    const n = scanInt(argText);
    return n === null ? unknown(text) : found(f, text, { index: n });
  }
  if (f.args === 'index-or-key' && !f.plugin && argText !== '' && /^\d+$/.test(argText)) {
    return found(f, text, { index: Number(argText) });
  }
  return found(f, text, { key: argText });
}

/** Operators allowed for a (possibly transformed) type, per flt_is_comparable. */
export function operatorsFor(type: string, list: boolean): string[] {
  return OPERATOR_TABLE[list ? `${type}/list` : type] ?? ['exists'];
}
