/**
 * The conditions as written: the rule's and each macro's condition text, parsed again here (the
 * loader hands the evaluator an AST with macros inlined and lists expanded, as Falco's
 * filter_macro_resolver / list substitution do, so the names are gone from the compiled tree).
 * Parsing the same text with the same parser gives the same shapes, which `align` relies on.
 */
import { parseCondition, type Expr } from '../condition';
// (the modules, not the language barrel: explanations need the document reader, not hovers or completion)
import { readRulesDocument } from '../language/document';
import { valueRangeToDoc, type MappedScalar } from '../language/scalar-map';
import type { Range } from '../text/range';
import type { RuleExplainContext } from '../analyze';

/** A parsed condition text and how to map its offsets into the user's rules text (when it is there). */
export interface ConditionSource {
  text: string;
  ast: Expr;
  scalar?: MappedScalar;
}

export interface MacroSource {
  file: string;
  condition: string;
  /** The parsed condition; parsed on first use (a base ruleset has many macros, a rule uses few). */
  source(): ConditionSource | null;
}

export interface ExplainSources {
  rule: ConditionSource | null;
  /** True when the rule has `exceptions:` (Falco appends `and not (...)` clauses for them). */
  hasExceptions: boolean;
  macros: Map<string, MacroSource>;
  lists: Map<string, string[]>;
}

/** Parses by text, kept across edits: a keystroke in one rule leaves every macro text unchanged. */
const parsed = new Map<string, Expr | null>();
const PARSE_CACHE_LIMIT = 4000;

function parse(text: string, scalar?: MappedScalar): ConditionSource | null {
  let ast = parsed.get(text);
  if (ast === undefined) {
    const p = parseCondition(text);
    ast = p.ok ? p.ast : null;
    if (parsed.size >= PARSE_CACHE_LIMIT) parsed.clear();
    parsed.set(text, ast);
  }
  return ast ? { text, ast, scalar } : null;
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
    let memo: ConditionSource | null | undefined;
    macros.set(m.name, {
      file: m.file,
      condition: m.condition,
      source: () => {
        if (memo !== undefined) return memo;
        const scalar = m.file === userFile
          ? doc.items.find((it) => it.kind === 'macro' && it.name === m.name && it.condition?.value === m.condition)?.condition
          : undefined;
        memo = parse(m.condition, scalar);
        return memo;
      },
    });
  }
  const lists = new Map(ctx.lists.map((l) => [l.name, l.items]));
  return { rule, hasExceptions, macros, lists };
}

/** The user-file range of a node of `src`, or `fallback` when the text is not in the user's file. */
export function docRange(src: ConditionSource | null, r: Range, fallback: Range | undefined): Range | undefined {
  return src?.scalar ? valueRangeToDoc(src.scalar, r) : fallback;
}

/** The clause as written, on one line (line breaks and their indentation become one space; spaces inside quotes stay). */
export function sourceText(src: ConditionSource, r: Range): string {
  return src.text.slice(r.start, r.end).replace(/[ \t]*\r?\n\s*/g, ' ').trim();
}
