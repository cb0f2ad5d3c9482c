/**
 * "Why did it match?": explanation trees from the evaluator's trace, the expectations scoreboard,
 * the baseline diff and clause coverage. Pure: no DOM, no React.
 */
export type { ClauseStatus, ExplainNode, Explanation, ListRef, MacroRef } from './types';
export { explainSources, type ExplainSources, type ConditionSource, type MacroSource } from './sources';
export { explainTrace, statusOf } from './tree';
export { explainEvent, renderAlert } from './explain';
export { scoreboard, alertOf, outcomeOf, nextExpectation, withExpectation, OUTCOME_TEXT, type Outcome, type Scoreboard, type ScoreRow } from './scoreboard';
export { diffBaseline, changeKind, summarize, CHANGE_TEXT, type Baseline, type BaselineDiff, type ChangeKind, type RowChange, type DiffRow } from './baseline';
export { clauseCoverage, leaves, type ClauseCoverage } from './coverage';
