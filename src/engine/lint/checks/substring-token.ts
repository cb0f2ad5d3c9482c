import type { BinaryCheckExpr } from '../../condition/ast';
import { binaryChecks, fieldText, plainField, quoteValue } from '../ast-util';
import { lintFieldValue } from '../field-values';
import { encodeForScalar, toFileRange } from '../scalar-map';
import { clauseRows } from '../reach';
import type { LintCheck, LintContext, LintFix, LintHint, ParsedCondition } from '../types';

/**
 * Unanchored `contains` / `icontains` of a short token on the joined argument strings.
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

/**
 * How a check compares: `contains` byte for byte, `icontains` with ASCII case folding
 * (strcasestr; spec §2.2). Falco has no istartswith / iendswith / case-insensitive `=` (the
 * operator list of spec §1.5 and fields.json), so the anchored forms of an icontains keep its
 * meaning with tolower() on the field and the token in lower case: tolower folds exactly A-Z,
 * as icontains does (spec §1.7). The middle form stays an icontains.
 */
interface Matching {
  ci: boolean;
  /** Normalises a value or token for comparing words. */
  norm(s: string): string;
}

const EXACT: Matching = { ci: false, norm: (s) => s };
const FOLDED: Matching = { ci: true, norm: (s) => s.replace(/[A-Z]/g, (c) => c.toLowerCase()) };

function words(s: string): string[] {
  return s.split(' ');
}

/** Where a whole-word token occurs in a value: sole word, first, middle or last. */
function positionsOf(value: string, token: string, m: Matching): Set<Position> {
  const out = new Set<Position>();
  const w = words(m.norm(value));
  const t = m.norm(token);
  w.forEach((x, i) => {
    if (x !== t) return;
    if (w.length === 1) out.add('sole');
    else if (i === 0) out.add('first');
    else if (i === w.length - 1) out.add('last');
    else out.add('middle');
  });
  return out;
}

/** True when some word of the value starts with the token (`falco` in `falco.service`). */
function atWordStart(value: string, token: string, m: Matching): boolean {
  const v = m.norm(value);
  const t = m.norm(token);
  return v.startsWith(t) || v.includes(` ${t}`);
}

/** True when the token occurs as a whole word. */
function asWholeWord(value: string, token: string, m: Matching): boolean {
  return words(m.norm(value)).includes(m.norm(token));
}

function includesToken(value: string, token: string, m: Matching): boolean {
  return m.norm(value).includes(m.norm(token));
}

function disjunction(parts: string[]): string {
  return parts.length === 1 ? parts[0] : `(${parts.join(' or ')})`;
}

/** The four anchored comparisons, case-sensitive or folded. */
function comparisons(field: string, m: Matching) {
  const lower = (v: string) => quoteValue(FOLDED.norm(v));
  return m.ci
    ? {
        equals: (v: string) => `tolower(${field}) = ${lower(v)}`,
        starts: (v: string) => `tolower(${field}) startswith ${lower(v)}`,
        inside: (v: string) => `${field} icontains ${quoteValue(v)}`,
        ends: (v: string) => `tolower(${field}) endswith ${lower(v)}`,
      }
    : {
        equals: (v: string) => `${field} = ${quoteValue(v)}`,
        starts: (v: string) => `${field} startswith ${quoteValue(v)}`,
        inside: (v: string) => `${field} contains ${quoteValue(v)}`,
        ends: (v: string) => `${field} endswith ${quoteValue(v)}`,
      };
}

/** `(f startswith "x" or f contains " x")`: the token must begin a word (options such as `-F`). */
function wordStartForm(field: string, token: string, m: Matching): string {
  const c = comparisons(field, m);
  if (STARTS_WITH_PROGRAM.has(field)) return c.inside(' ' + token);
  return disjunction([c.starts(token), c.inside(' ' + token)]);
}

/** The whole-word form restricted to the positions the token takes in the rows (all when unknown). */
function wholeWordForm(field: string, token: string, seen: Set<Position>, m: Matching): string {
  const c = comparisons(field, m);
  const all = seen.size === 0;
  const parts: string[] = [];
  const programFirst = STARTS_WITH_PROGRAM.has(field);
  if (!programFirst && (all || seen.has('sole'))) parts.push(c.equals(token));
  if (!programFirst && (all || seen.has('first'))) parts.push(c.starts(token + ' '));
  parts.push(c.inside(' ' + token + ' '));
  if (all || seen.has('last') || (programFirst && seen.has('sole'))) parts.push(c.ends(' ' + token));
  return disjunction(parts);
}

function candidate(check: BinaryCheckExpr): { field: string; token: string; m: Matching } | undefined {
  const f = plainField(check.left);
  if (!f || check.modifier || (check.op !== 'contains' && check.op !== 'icontains')) return undefined;
  const field = fieldText(f);
  if (!JOINED_FIELDS.has(field) || check.right.kind !== 'value') return undefined;
  const token = check.right.value;
  if (token.length === 0 || token.length > MAX_TOKEN || !SHORT_TOKEN.test(token)) return undefined;
  return { field, token, m: check.op === 'icontains' ? FOLDED : EXACT };
}

function lintCondition(ctx: LintContext, pc: ParsedCondition): LintHint[] {
  const hints: LintHint[] = [];
  const cond = pc.item.condition!;
  const ruleFilter = pc.item.kind === 'rule' ? ctx.ruleFilters.get(pc.item.name) : undefined;
  const relevantRows = clauseRows(ctx, pc);
  for (const { check, parents } of binaryChecks(pc.ast)) {
    const c = candidate(check);
    if (!c) continue;
    const { field, token, m } = c;
    const op = m.ci ? 'icontains' : 'contains';
    const option = token.startsWith('-');
    // Rows where the check is true only because the token sits inside a longer word.
    const rows: { id: string; n: number; label: string }[] = [];
    ctx.events.forEach((e, i) => {
      const v = lintFieldValue(e.event, field);
      if (v === null || !includesToken(v, token, m)) return;
      const inside = option ? !atWordStart(v, token, m) : !atWordStart(v, token, m) && !asWholeWord(v, token, m);
      if (!inside) return;
      if (ruleFilter && !safeEval(ruleFilter, e.event)) return;
      rows.push({ id: e.sampleId, n: i + 1, label: e.label });
    });
    // The anchored form is chosen from the rows this clause applies to only: a position seen in
    // a row the clause never decides must not narrow it, and a row it does decide must keep
    // matching wherever the token is a whole word (no Match → Miss from the fix).
    const seen = new Set<Position>();
    let gluedSuffix = false;
    // Only rows where the token begins a word can add a position or show a suffix; options are
    // anchored at a word start whatever the rows say.
    const wordStarts: number[] = [];
    if (!option) {
      ctx.events.forEach((e, i) => {
        const v = lintFieldValue(e.event, field);
        if (v !== null && atWordStart(v, token, m)) wordStarts.push(i);
      });
    }
    for (const i of relevantRows(check, parents, wordStarts)) {
      const v = lintFieldValue(ctx.events[i].event, field)!;
      for (const p of positionsOf(v, token, m)) seen.add(p);
      if (atWordStart(v, token, m) && !asWholeWord(v, token, m)) gluedSuffix = true;
    }
    const fixes: { title: string; text: string }[] = [];
    if (option) {
      fixes.push({ title: `Match ${token} only at the start of an argument`, text: wordStartForm(field, token, m) });
    } else {
      const whole = { title: `Match "${token}" as a whole argument`, text: wholeWordForm(field, token, seen, m) };
      const start = { title: `Match arguments that start with "${token}"`, text: wordStartForm(field, token, m) };
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
        `${field} ${op} "${token}" is a substring test on all arguments joined by spaces, so it also ` +
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
