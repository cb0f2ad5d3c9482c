import type { BinaryCheckExpr } from '../../condition/ast';
import { binaryChecks, fieldText, plainField, quoteValue } from '../ast-util';
import { lintFieldValue } from '../field-values';
import { encodeForScalar, toFileRange } from '../scalar-map';
import { clauseRows } from '../reach';
import type { LintCheck, LintContext, LintFix, LintHint, ParsedCondition } from '../types';

/**
 * Unanchored `contains` of a short token on the joined argument strings.
 *
 * proc.args / proc.cmdline are ONE string (argv joined by single spaces: libsinsp threadinfo.cpp
 * populate_args), so `contains` is a plain substring test (filter_compare.cpp flt_compare_string,
 * strstr): `proc.args contains "stop"` also fires on `falco-helper-stopwatch.service`. This is the
 * main point of the review of falcosecurity/rules PR 367 (spec §7 trap 1, §6.3 item 15).
 */
const JOINED_FIELDS = new Set(['proc.args', 'proc.cmdline', 'proc.pcmdline', 'proc.exeline']);
/** Fields whose first word is the program name, never an argument. */
const STARTS_WITH_PROGRAM = new Set(['proc.cmdline', 'proc.pcmdline', 'proc.exeline']);
const MAX_TOKEN = 16;
/**
 * Short words and options only: values with dots or slashes (paths, class names such as
 * kafka.Kafka) are specific enough that a match inside another word is rarely an accident.
 */
const SHORT_TOKEN = /^[-A-Za-z0-9_]+$/;

type Position = 'sole' | 'first' | 'middle' | 'last';

function words(s: string): string[] {
  return s.split(' ');
}

/** Where a whole-word token occurs in a value: sole word, first, middle or last. */
function positionsOf(value: string, token: string): Set<Position> {
  const out = new Set<Position>();
  const w = words(value);
  w.forEach((x, i) => {
    if (x !== token) return;
    if (w.length === 1) out.add('sole');
    else if (i === 0) out.add('first');
    else if (i === w.length - 1) out.add('last');
    else out.add('middle');
  });
  return out;
}

/** True when some word of the value starts with the token (`falco` in `falco.service`). */
export function atWordStart(value: string, token: string): boolean {
  return value.startsWith(token) || value.includes(` ${token}`);
}

/** True when the token occurs as a whole word. */
export function asWholeWord(value: string, token: string): boolean {
  return words(value).includes(token);
}

function disjunction(parts: string[]): string {
  return parts.length === 1 ? parts[0] : `(${parts.join(' or ')})`;
}

/** `(f startswith "x" or f contains " x")`: the token must begin a word (options such as `-F`). */
export function wordStartForm(field: string, token: string): string {
  if (STARTS_WITH_PROGRAM.has(field)) return `${field} contains ${quoteValue(' ' + token)}`;
  return disjunction([`${field} startswith ${quoteValue(token)}`, `${field} contains ${quoteValue(' ' + token)}`]);
}

/** The whole-word form restricted to the positions the token takes in the samples (all when unknown). */
export function wholeWordForm(field: string, token: string, seen: Set<Position>): string {
  const all = seen.size === 0;
  const parts: string[] = [];
  const programFirst = STARTS_WITH_PROGRAM.has(field);
  if (!programFirst && (all || seen.has('sole'))) parts.push(`${field} = ${quoteValue(token)}`);
  if (!programFirst && (all || seen.has('first'))) parts.push(`${field} startswith ${quoteValue(token + ' ')}`);
  parts.push(`${field} contains ${quoteValue(' ' + token + ' ')}`);
  if (all || seen.has('last') || (programFirst && seen.has('sole'))) parts.push(`${field} endswith ${quoteValue(' ' + token)}`);
  return disjunction(parts);
}

function candidate(check: BinaryCheckExpr): { field: string; token: string } | undefined {
  const f = plainField(check.left);
  if (!f || check.modifier || check.op !== 'contains') return undefined;
  const field = fieldText(f);
  if (!JOINED_FIELDS.has(field) || check.right.kind !== 'value') return undefined;
  const token = check.right.value;
  if (token.length === 0 || token.length > MAX_TOKEN || !SHORT_TOKEN.test(token)) return undefined;
  return { field, token };
}

function lintCondition(ctx: LintContext, pc: ParsedCondition): LintHint[] {
  const hints: LintHint[] = [];
  const cond = pc.item.condition!;
  const ruleFilter = pc.item.kind === 'rule' ? ctx.ruleFilters.get(pc.item.name) : undefined;
  const relevantRows = clauseRows(ctx, pc);
  for (const { check, parents } of binaryChecks(pc.ast)) {
    const c = candidate(check);
    if (!c) continue;
    const { field, token } = c;
    const option = token.startsWith('-');
    // Rows where the check is true only because the token sits inside a longer word.
    const rows: { id: string; n: number; label: string }[] = [];
    ctx.events.forEach((e, i) => {
      const v = lintFieldValue(e.event, field);
      if (v === null || !v.includes(token)) return;
      const inside = option ? !atWordStart(v, token) : !atWordStart(v, token) && !asWholeWord(v, token);
      if (!inside) return;
      if (ruleFilter && !safeEval(ruleFilter, e.event)) return;
      rows.push({ id: e.sampleId, n: i + 1, label: e.label });
    });
    // The anchored form is chosen from the rows this clause applies to only: a position seen in
    // a row the clause never decides must not narrow it, and a row it does decide must keep
    // matching wherever the token is a whole word (no Match → Miss from the fix).
    const seen = new Set<Position>();
    let gluedSuffix = false;
    for (const i of relevantRows(check, parents)) {
      const v = lintFieldValue(ctx.events[i].event, field);
      if (v === null || !v.includes(token)) continue;
      for (const p of positionsOf(v, token)) seen.add(p);
      if (atWordStart(v, token) && !asWholeWord(v, token)) gluedSuffix = true;
    }
    const fixes: { title: string; text: string }[] = [];
    if (option) {
      fixes.push({ title: `Match ${token} only at the start of an argument`, text: wordStartForm(field, token) });
    } else {
      const whole = { title: `Match "${token}" as a whole argument`, text: wholeWordForm(field, token, seen) };
      const start = { title: `Match arguments that start with "${token}"`, text: wordStartForm(field, token) };
      // A token seen glued to a suffix (falco.service, falco-exporter) is a name prefix: anchor its start only.
      if (gluedSuffix) fixes.push(start, whole);
      else fixes.push(whole, start);
    }
    const fileRange = toFileRange(cond, check.range);
    const rowText = rows.length
      ? ` It also matches ${rows.map((r) => `row ${r.n}: ${r.label}`).join('; ')}.`
      : '';
    hints.push({
      code: 'FRP_LINT_UNANCHORED_CONTAINS',
      severity: 'warning',
      message:
        `${field} contains "${token}" is a substring test on all arguments joined by spaces, so it also ` +
        `matches "${token}" inside longer words (${example(token, option)}). Anchor it with spaces.${rowText}`,
      range: fileRange,
      item: { kind: pc.item.kind, name: pc.item.name },
      fixes: fixes.map<LintFix>((f) => ({
        title: f.title,
        edits: [{ range: fileRange, text: encodeForScalar(cond, f.text) }],
      })),
      rows: rows.length ? rows.map((r) => r.id) : undefined,
    });
  }
  return hints;
}

function example(token: string, option: boolean): string {
  return option ? `e.g. inside a chain name or comment text such as MY${token}` : `e.g. ${token}watch, my-${token}-helper`;
}

function safeEval(fn: (ev: import('../../event/types').FalcoEvent) => boolean, ev: import('../../event/types').FalcoEvent): boolean {
  try {
    return fn(ev);
  } catch {
    return false;
  }
}

export const substringTokenCheck: LintCheck = (ctx) => ctx.conditions.flatMap((pc) => lintCondition(ctx, pc));
