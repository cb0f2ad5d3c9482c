import { parseCondition } from '../condition';
import type { FalcoEvent } from '../event/types';
import { applyEdits } from '../lint/apply';
import { eventsFromSamples } from '../lint/events';
import { tuningFieldValue } from '../lint/field-values';
import { scanRulesSource } from '../lint/rules-source';
import { encodeForScalar } from '../lint/scalar-map';
import type { LintEdit, LintEvent } from '../lint/types';
import { quoteValue } from '../lint/ast-util';
import type { Expectation, Sample, SampleDefaults } from '../sample';
import { rulesLoader, type TuningLoader } from './loader';
import { ruleMatches } from '../rules';
import { STOCK_RULES_FILE } from '../base/stock';
import { addExceptionEdit, exceptionEntryYaml, type ExceptionEntry } from './yaml-edit';

/** One row whose verdict for the tuned rule changes with a proposal. */
export interface RowFlip {
  sampleId: string;
  label: string;
  before: boolean;
  after: boolean;
  expected?: Expectation;
}

export interface ExceptionProposal {
  kind: 'exception' | 'condition';
  title: string;
  /** For kind 'exception': the entry added under `exceptions:`. */
  exception?: ExceptionEntry;
  /** For kind 'condition': the clause appended to the condition (`and not (...)`). */
  clause?: string;
  /** The YAML (exception entry) or condition text shown to the user. */
  snippet: string;
  edits: LintEdit[];
  /** The rules text with the edits applied. */
  rulesText: string;
  /** The edited file loads and the rule compiles. */
  compiles: boolean;
  error?: string;
  /** Rows whose verdict changes (the false positive itself included). */
  flips: RowFlip[];
  /** The selected row no longer matches. */
  silencesSample: boolean;
  /** Rows that matched and should alert (expected `alert`, or no expectation) but no longer match. */
  lostTruePositives: number;
}

export interface ProposeInput {
  rulesText: string;
  ruleName: string;
  /** The false-positive row. */
  sample: Sample;
  /** Every row of the table (the preview evaluates all of them). */
  samples: Sample[];
  /**
   * Loads a version of the user's text (base files included) and returns the compiled rules.
   * Default: the real loader with the stock base ruleset and `file` (rulesLoader).
   */
  load?: TuningLoader;
  /** The user's file name for the default loader (default `rules.yaml`). */
  file?: string;
  plugins?: 'container' | 'none';
  defaults?: SampleDefaults;
}

/**
 * Field combinations that can single out a row, from narrow and readable to broad. The tuple
 * form with `=` mirrors how upstream rules document their exceptions (falco rules
 * `exceptions:` entries such as proc_name_args).
 */
const CANDIDATES: { name: string; fields: string[] }[] = [
  { name: 'proc_name_args', fields: ['proc.name', 'proc.args'] },
  { name: 'proc_cmdline', fields: ['proc.cmdline'] },
  { name: 'proc_name_pname', fields: ['proc.name', 'proc.pname'] },
  { name: 'proc_pcmdline', fields: ['proc.name', 'proc.pcmdline'] },
  { name: 'image_proc_name', fields: ['container.image.repository', 'proc.name'] },
  { name: 'user_proc_name', fields: ['user.name', 'proc.name'] },
  { name: 'proc_name', fields: ['proc.name'] },
  { name: 'proc_pname', fields: ['proc.pname'] },
  { name: 'container_image', fields: ['container.image.repository'] },
];

function evaluateRule(load: ReturnType<TuningLoader>, ruleName: string, events: LintEvent[]): { ok: boolean; error?: string; verdicts: Map<string, boolean> } {
  const verdicts = new Map<string, boolean>();
  const rule = load.rules.find((r) => r.name === ruleName);
  if (!rule || !rule.filter) {
    const msg = rule?.error?.message ?? load.errors[0]?.message ?? `Rule '${ruleName}' did not load.`;
    return { ok: false, error: msg, verdicts };
  }
  for (const e of events) {
    let v = false;
    try {
      // As the app decides it (rules/ruleset.ts): a sample's own evt.type counts.
      v = ruleMatches(rule, e.event);
    } catch {
      v = false;
    }
    verdicts.set(e.sampleId, v);
  }
  return { ok: true, verdicts };
}

/** A clause `F = v and G = w` singling out one event, or undefined if a field has no value. */
function clauseFor(fields: string[], ev: FalcoEvent): { values: string[]; clause: string } | undefined {
  const values: string[] = [];
  for (const f of fields) {
    const v = tuningFieldValue(ev, f);
    if (v === null) return undefined;
    values.push(v);
  }
  const clause = fields.map((f, i) => `${f} = ${quoteValue(values[i])}`).join(' and ');
  return { values, clause };
}

/**
 * Proposes ways to silence one false-positive row of a rule: exceptions (preferred: Falco's
 * documented way to tune a rule without touching its condition) and an `and not (...)` clause.
 * Every proposal is applied to the text, loaded with the real loader and evaluated on every row,
 * so its preview shows exactly which verdicts flip. Sorted: proposals that compile, silence the
 * row and lose no true positive first, narrowest (fewest flips) first.
 */
export function proposeException(options: ProposeInput): ExceptionProposal[] {
  const load = options.load ?? rulesLoader([STOCK_RULES_FILE], options.file ?? 'rules.yaml', options.plugins);
  const input = { ...options, load };
  const { rulesText, ruleName } = input;
  const source = scanRulesSource(rulesText);
  const item = [...source.items].reverse().find((it) => it.kind === 'rule' && it.name === ruleName && it.condition);
  if (!item || !item.condition) return [];
  const events = eventsFromSamples(input.samples, input.defaults);
  const target = eventsFromSamples([input.sample], input.defaults)[0];
  if (!target) return [];
  if (!events.some((e) => e.sampleId === target.sampleId)) events.push(target);
  const before = evaluateRule(load(rulesText), ruleName, events);
  if (!before.ok) return [];
  const expectations = new Map(input.samples.map((s) => [s.id, s.expect?.[ruleName]]));

  const proposals: ExceptionProposal[] = [];
  // How narrow each proposal is: the index of its field combination in CANDIDATES (narrow first).
  // A handful of samples cannot tell a narrow exception from a broad one (both may flip no other
  // row), so the ranking asks the fields, not the flips, once a proposal is known to work.
  const narrowness = new Map<ExceptionProposal, number>();
  const seen = new Set<string>();
  for (const [ci, c] of CANDIDATES.entries()) {
    const sel = clauseFor(c.fields, target.event);
    if (!sel || seen.has(sel.clause)) continue;
    seen.add(sel.clause);
    const entry: ExceptionEntry = { name: c.name, fields: c.fields, comps: c.fields.map(() => '='), values: [sel.values] };
    const edit = addExceptionEdit(rulesText, item, entry);
    const p = finish(input, events, before.verdicts, expectations, target.sampleId, {
      kind: 'exception',
      title: `Exception on ${c.fields.join(' + ')}`,
      exception: entry,
      snippet: exceptionEntryYaml(entry, ''),
      edits: [edit],
    });
    narrowness.set(p, ci);
    proposals.push(p);
  }
  // The same narrowest selection as a condition clause, for people who prefer to edit the condition.
  const firstIndex = CANDIDATES.findIndex((c) => clauseFor(c.fields, target.event));
  const first = firstIndex >= 0 ? clauseFor(CANDIDATES[firstIndex].fields, target.event) : undefined;
  if (first) {
    const clause = `not (${first.clause})`;
    const p = finish(input, events, before.verdicts, expectations, target.sampleId, {
      kind: 'condition',
      title: 'Append "and not (...)" to the condition',
      clause,
      snippet: `and ${clause}`,
      edits: appendClauseEdits(item.condition, `and ${clause}`),
    });
    narrowness.set(p, firstIndex);
    proposals.push(p);
  }
  const rank = (p: ExceptionProposal) => (p.compiles && p.silencesSample ? (p.lostTruePositives === 0 ? 0 : 1) : 2);
  // Working proposals first; among them the narrowest fields, then an exception before the same
  // fields as a condition clause (Falco's documented way to tune), then the fewest flipped rows.
  return proposals
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p)
      || (rank(a.p) === 0 ? (narrowness.get(a.p) ?? 0) - (narrowness.get(b.p) ?? 0) : 0)
      || (a.p.kind === b.p.kind ? 0 : a.p.kind === 'exception' ? -1 : 1)
      || a.p.flips.length - b.p.flips.length || a.i - b.i)
    .map((x) => x.p);
}

/**
 * Appending text to a condition is textual (Falco does the same for `condition: append`, spec
 * §5.5), so a top-level `or` must be wrapped first or the new clause would bind to its last branch.
 */
function appendClauseEdits(cond: import('../lint/scalar-map').ScalarSource, clauseText: string): LintEdit[] {
  const parsed = parseCondition(cond.value, { maxDepth: 1000 });
  const trimmed = cond.value.replace(/\s+$/, '');
  const endOffset = trimmed.length ? cond.offsets[trimmed.length - 1] + 1 : cond.offsets[0];
  const edits: LintEdit[] = [];
  if (parsed.ok && parsed.ast.kind === 'or') {
    const lead = cond.value.length - cond.value.trimStart().length;
    const at = cond.offsets[lead];
    edits.push({ range: { start: at, end: at }, text: '(' });
    edits.push({ range: { start: endOffset, end: endOffset }, text: encodeForScalar(cond, `) ${clauseText}`) });
  } else {
    edits.push({ range: { start: endOffset, end: endOffset }, text: encodeForScalar(cond, ` ${clauseText}`) });
  }
  return edits;
}

function finish(
  input: ProposeInput & { load: TuningLoader },
  events: LintEvent[],
  before: Map<string, boolean>,
  expectations: Map<string, Expectation | undefined>,
  targetId: string,
  p: Pick<ExceptionProposal, 'kind' | 'title' | 'exception' | 'clause' | 'snippet' | 'edits'>,
): ExceptionProposal {
  const edited = applyEdits(input.rulesText, p.edits);
  let after: ReturnType<typeof evaluateRule>;
  try {
    after = evaluateRule(input.load(edited), input.ruleName, events);
  } catch (e) {
    after = { ok: false, error: e instanceof Error ? e.message : String(e), verdicts: new Map() };
  }
  const flips: RowFlip[] = [];
  let lost = 0;
  if (after.ok) {
    for (const e of events) {
      const b = before.get(e.sampleId) ?? false;
      const a = after.verdicts.get(e.sampleId) ?? false;
      if (a === b) continue;
      const expected = expectations.get(e.sampleId);
      flips.push({ sampleId: e.sampleId, label: e.label, before: b, after: a, expected });
      if (b && !a && e.sampleId !== targetId && expected !== 'no_alert') lost++;
    }
  }
  return {
    ...p,
    rulesText: edited,
    compiles: after.ok,
    error: after.ok ? undefined : after.error,
    flips,
    silencesSample: after.ok && after.verdicts.get(targetId) === false,
    lostTruePositives: lost,
  };
}
