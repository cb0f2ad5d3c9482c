/**
 * What the reader collects for each item, before compilation (Falco's `rule_loader::*_info`).
 * Text that ends up in a condition is kept as MappedText so errors can point back at the YAML.
 */
import type { LoadContext } from './context';
import type { MappedText } from './mapped-text';

export interface ListInfo {
  name: string;
  items: string[];
  ctx: LoadContext;
  index: number;
  visibility: number;
}

export interface MacroInfo {
  name: string;
  cond: MappedText;
  ctx: LoadContext;
  condCtx: LoadContext;
  index: number;
  visibility: number;
}

/** One `fields`/`comps`/`values` entry of an exception: a scalar or a (nested) list. */
export interface ExceptionEntry {
  isList: boolean;
  item: MappedText;
  items: ExceptionEntry[];
}

export function entryIsValid(e: ExceptionEntry | undefined): boolean {
  if (!e) return false;
  return e.isList ? e.items.length > 0 : e.item.length > 0;
}

export interface ExceptionInfo {
  name: string;
  ctx: LoadContext;
  fields?: ExceptionEntry;
  comps?: ExceptionEntry;
  values: ExceptionEntry[];
}

export interface RuleInfo {
  name: string;
  ctx: LoadContext;
  condCtx: LoadContext;
  outputCtx: LoadContext;
  cond: MappedText;
  /** The output template, trimmed, with its positions in the files. */
  output: MappedText;
  desc: string;
  /** Index into PRIORITY_NAMES. */
  priority: number;
  source: string;
  enabled: boolean;
  tags: Set<string>;
  exceptions: ExceptionInfo[];
  warnEvttypes: boolean;
  skipIfUnknownFilter: boolean;
  capture: boolean;
  captureDuration: number;
  unknownSource: boolean;
  index: number;
  visibility: number;
}

/** A partial rule from `append: true` or `override:` (Falco's `rule_update_info`). */
export interface RuleUpdate {
  name: string;
  ctx: LoadContext;
  source: string;
  cond?: MappedText;
  condCtx?: LoadContext;
  output?: MappedText;
  desc?: string;
  tags?: Set<string>;
  exceptions?: ExceptionInfo[];
  priority?: number;
  capture?: boolean;
  captureDuration?: number;
  enabled?: boolean;
  warnEvttypes?: boolean;
  skipIfUnknownFilter?: boolean;
}

export function updateHasAnyValue(u: RuleUpdate): boolean {
  return u.cond !== undefined || u.output !== undefined || u.desc !== undefined || u.tags !== undefined ||
    u.exceptions !== undefined || u.priority !== undefined || u.enabled !== undefined || u.capture !== undefined ||
    u.captureDuration !== undefined || u.warnEvttypes !== undefined || u.skipIfUnknownFilter !== undefined;
}

export const PRIORITY_NAMES = ['Emergency', 'Alert', 'Critical', 'Error', 'Warning', 'Notice', 'Informational', 'Debug'];

/** falco_common.cpp `parse_priority`: case-insensitive, `info` is an alias of Informational. */
export function parsePriority(v: string): number | null {
  const lower = v.toLowerCase();
  for (let i = 0; i < PRIORITY_NAMES.length; i++) {
    if (lower === PRIORITY_NAMES[i].toLowerCase() || (i === 6 && lower === 'info')) return i;
  }
  return null;
}
