import type { Diagnostic } from '../diagnostics';
import type { Range } from '../text/range';
import type { FalcoEvent } from '../event/types';
import type { Expr } from '../condition/ast';
import type { TraceNode } from '../eval/trace';
import type { RuleItemSource, RulesSource } from './rules-source';

/** One text edit in the rules file: replace `range` with `text`. */
export interface LintEdit {
  range: Range;
  text: string;
}

/** A quick fix the editor can apply in one click (all edits at once, non-overlapping). */
export interface LintFix {
  title: string;
  edits: LintEdit[];
}

/**
 * A linter finding. It is a Diagnostic (code `FRP_LINT_*`, range in the rules text) plus optional
 * quick fixes and the ids of the sample rows that show the problem happening.
 */
export interface LintHint extends Diagnostic {
  severity: 'warning' | 'info';
  fixes?: LintFix[];
  rows?: string[];
}

/**
 * The subset of the rules loader's LoadResult the linter reads. Declared structurally so the
 * linter keeps working (with fewer hints) when it is handed a partial or failed load.
 */
export interface LintLoad {
  rules?: { name: string; file?: string; filter?: { evaluate(ev: FalcoEvent): boolean; trace?(ev: FalcoEvent): TraceNode } }[];
  macros?: { name: string; condition: string; file?: string }[];
  lists?: { name: string; items: string[]; file?: string }[];
}

/** A sample already turned into the event Falco would see. */
export interface LintEvent {
  sampleId: string;
  /** The command line as the user typed it, for messages. */
  label: string;
  event: FalcoEvent;
}

/** A parsed condition of one item of the user's file. */
export interface ParsedCondition {
  item: RuleItemSource;
  ast: Expr;
}

/** Everything a check may look at. Built once per lint run. */
export interface LintContext {
  rulesText: string;
  file: string;
  source: RulesSource;
  conditions: ParsedCondition[];
  /** Lists defined anywhere (base files and the user's file), by name. */
  lists: Map<string, string[]>;
  /** Macros defined anywhere, by name → condition text. */
  macros: Map<string, string>;
  events: LintEvent[];
  /** Rule name → evaluate(event), when the loader compiled it. */
  ruleFilters: Map<string, (ev: FalcoEvent) => boolean>;
  /** Rule name → the evaluator's node-by-node trace, when the loader's filter offers one. */
  ruleTraces: Map<string, (ev: FalcoEvent) => TraceNode>;
  /** Names of rules the base ruleset defines (also when the user's file redefines them). */
  baseRuleNames: Set<string>;
  /** `macro:<name>` / `list:<name>` for the macros and lists the base ruleset defines. */
  baseDefinitions: Set<string>;
}

export type LintCheck = (ctx: LintContext) => LintHint[];
