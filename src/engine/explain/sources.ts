/**
 * The conditions as written: the rule's and each macro's condition text, parsed again here (the
 * loader hands the evaluator an AST with macros inlined and lists expanded, as Falco's
 * filter_macro_resolver / list substitution do, so the names are gone from the compiled tree).
 * Parsing the same text with the same parser gives the same shapes, which `align` relies on.
 */
import { parseCondition, type Expr } from '../condition';
import { readRulesDocument, valueRangeToDoc, type MappedScalar } from '../language';
import type { Range } from '../text/range';
import type { RuleExplainContext } from '../analyze';

/** A parsed condition text and how to map its offsets into the user's rules text (when it is there). */
export interface ConditionSource {
  text: string;
  ast: Expr;
  scalar?: MappedScalar;
}

export interface ExplainSources {
  rule: ConditionSource | null;
  /** True when the rule has `exceptions:` (Falco appends `and not (...)` clauses for them). */
  hasExceptions: boolean;
  macros: Map<string, { source: ConditionSource | null; file: string; condition: string }>;
  lists: Map<string, string[]>;
}

function parse(text: string, scalar?: MappedScalar): ConditionSource | null {
  const p = parseCondition(text);
  return p.ok ? { text, ast: p.ast, scalar } : null;
}

/** Builds the sources once per (rules text, load); cheap enough to redo on each rules edit. */
export function explainSources(rulesText: string, userFile: string, ctx: RuleExplainContext): ExplainSources {
  const doc = readRulesDocument(rulesText);
  const ruleItems = doc.items.filter((it) => it.kind === 'rule' && it.name === ctx.rule.name);
  const defining = ruleItems.find((it) => !it.extends && it.condition) ?? ruleItems.find((it) => it.condition);
  const rule = defining?.condition ? parse(defining.condition.value, defining.condition) : null;
  const hasExceptions = ruleItems.some((it) => it.keys.some((k) => k.key === 'exceptions'));
  const macros: ExplainSources['macros'] = new Map();
  for (const m of ctx.macros) {
    let scalar: MappedScalar | undefined;
    if (m.file === userFile) {
      scalar = doc.items.find((it) => it.kind === 'macro' && it.name === m.name && it.condition?.value === m.condition)?.condition;
    }
    macros.set(m.name, { source: parse(m.condition, scalar), file: m.file, condition: m.condition });
  }
  const lists = new Map(ctx.lists.map((l) => [l.name, l.items]));
  return { rule, hasExceptions, macros, lists };
}

/** The user-file range of a node of `src`, or `fallback` when the text is not in the user's file. */
export function docRange(src: ConditionSource | null, r: Range, fallback: Range | undefined): Range | undefined {
  return src?.scalar ? valueRangeToDoc(src.scalar, r) : fallback;
}

/** The clause as written, on one line. */
export function sourceText(src: ConditionSource, r: Range): string {
  return src.text.slice(r.start, r.end).replace(/\s+/g, ' ').trim();
}
