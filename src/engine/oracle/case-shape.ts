/**
 * The shape of an oracle case (../shared/oracle/README.md), checked before the engine sees it:
 * `eval` reads cases from anyone's JSON, and the engine trusts the types it is given (a string
 * where a list of fields belongs is read character by character, a missing `content` reaches the
 * YAML reader as undefined). A case that fails here gets a per-line error answer naming the key.
 */
import type { OracleProcess } from '../event/oracle-event';
import type { ConditionCase } from './condition-case';
import type { RulesCase } from './rules-case';

/** `id` is the case's id as written (a number stays a number in the answer); `value.id` is its text. */
export type CaseShape =
  | { kind: 'condition'; id: string | number; value: ConditionCase }
  | { kind: 'rules'; id: string | number; value: RulesCase }
  | { kind: 'invalid'; id: string | number | null; message: string };

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
/** uid, loginuid, tty, exe_flags: numbers as the kernel passes them (loginuid 4294967295 = unset). */
const isKernelNumber = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0xffffffff;

/** How a value reads in a message: its JSON type, e.g. `a string`, `null`, or `missing`. */
function kindOf(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return typeof v === 'string' ? 'a string' : typeof v === 'number' ? 'a number' : typeof v === 'boolean' ? 'a boolean' : typeof v;
}

const STRING_KEYS = ['exe', 'comm', 'exepath', 'cwd'] as const;
const NUMBER_KEYS = ['uid', 'loginuid', 'tty'] as const;

/**
 * Why `v` is not an oracle event (the process and, through `parent`, its ancestors; every key is
 * present on each, `exe_flags` and `user` may be left out). Walks the parent chain in a loop: a
 * deep chain must not overflow the stack.
 */
function eventProblem(v: unknown, path: string): string | undefined {
  let where = path;
  for (let p: unknown = v; p !== undefined && p !== null; ) {
    if (!isObject(p)) return `"${where}" must be an object (a process: exe, comm, exepath, args, cwd, uid, loginuid, tty, env, parent), not ${kindOf(p)}`;
    for (const k of STRING_KEYS) if (typeof p[k] !== 'string') return `"${where}.${k}" must be a string, not ${kindOf(p[k])}`;
    for (const k of NUMBER_KEYS) if (!isKernelNumber(p[k])) return `"${where}.${k}" must be an integer from 0 to 4294967295, not ${kindOf(p[k])}${typeof p[k] === 'number' ? ` (${String(p[k])})` : ''}`;
    if (!isStringArray(p.args)) return `"${where}.args" must be an array of strings`;
    if (!isStringArray(p.env)) return `"${where}.env" must be an array of "NAME=value" strings`;
    if (p.exe_flags !== undefined && !isKernelNumber(p.exe_flags)) return `"${where}.exe_flags" must be an integer (bits 1, 2, 4, 8), not ${kindOf(p.exe_flags)}`;
    if (p.user !== undefined && typeof p.user !== 'string') return `"${where}.user" must be a string, not ${kindOf(p.user)}`;
    p = p.parent;
    where += '.parent';
  }
  return where === path ? `"${path}" is missing: a condition case needs the event to evaluate` : undefined;
}

/** `plugins`: absent (container plugin loaded) or a list of plugin names ([] = none). */
function pluginsProblem(c: Json): string | undefined {
  if (c.plugins !== undefined && !isStringArray(c.plugins)) return `"plugins" must be an array of plugin names ([] = no plugin; leave it out for the container plugin), not ${kindOf(c.plugins)}`;
  return undefined;
}

/** Reads one parsed input line as a condition case or a rules-file case, or says why it is neither. */
export function readCase(parsed: unknown): CaseShape {
  if (!isObject(parsed)) return { kind: 'invalid', id: null, message: `a case must be a JSON object, not ${kindOf(parsed)}` };
  const c = parsed;
  const rawId = c.id;
  const id = typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId)) ? rawId : null;
  const invalid = (message: string): CaseShape => ({ kind: 'invalid', id, message });
  if (id === null) return invalid(`"id" must be a string or a number, not ${kindOf(rawId)}`);
  const isRules = c.files !== undefined;
  const isCondition = c.condition !== undefined;
  if (isRules && isCondition) return invalid('a case has "condition" (a condition case) or "files" (a rules-file case), not both');
  if (!isRules && !isCondition) return invalid('a case needs "condition" (string) or "files" (array)');
  const plugins = pluginsProblem(c);
  if (plugins) return invalid(plugins);

  if (isCondition) {
    if (typeof c.condition !== 'string') return invalid(`"condition" must be a string, not ${kindOf(c.condition)}`);
    const event = eventProblem(c.event, 'event');
    if (event) return invalid(event);
    if (c.fields !== undefined && !isStringArray(c.fields)) return invalid(`"fields" must be an array of field names (strings), not ${kindOf(c.fields)}`);
    return {
      kind: 'condition', id,
      value: { id: String(id), condition: c.condition, event: c.event as OracleProcess, fields: c.fields, plugins: c.plugins as string[] | undefined },
    };
  }

  if (!Array.isArray(c.files)) return invalid(`"files" must be an array of {"name", "content"} objects, not ${kindOf(c.files)}`);
  for (let i = 0; i < c.files.length; i++) {
    const f: unknown = c.files[i];
    if (!isObject(f)) return invalid(`"files[${i}]" must be an object with "name" and "content", not ${kindOf(f)}`);
    if (typeof f.name !== 'string') return invalid(`"files[${i}].name" must be a string, not ${kindOf(f.name)}`);
    if (typeof f.content !== 'string') return invalid(`"files[${i}].content" must be a string (the YAML text), not ${kindOf(f.content)}`);
  }
  if (c.events !== undefined) {
    if (!Array.isArray(c.events)) return invalid(`"events" must be an array of events, not ${kindOf(c.events)}`);
    for (let i = 0; i < c.events.length; i++) {
      if (c.events[i] === null || c.events[i] === undefined) return invalid(`"events[${i}]" must be an object (a process), not ${kindOf(c.events[i])}`);
      const e = eventProblem(c.events[i], `events[${i}]`);
      if (e) return invalid(e);
    }
  }
  return {
    kind: 'rules', id,
    value: {
      id: String(id), files: (c.files as Json[]).map((f) => ({ name: f.name as string, content: f.content as string })),
      events: c.events as OracleProcess[] | undefined, plugins: c.plugins as string[] | undefined,
    },
  };
}
