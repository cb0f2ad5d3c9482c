import type { Range } from '../text/range';

/**
 * How one clause of a condition came out for one event, as the evaluator's trace says:
 * - `true` / `false`: evaluated;
 * - `no_value`: a check whose field had no value for this event (it is false, and `not` over it is
 *   true: libsinsp's filter_check compare returns false when extraction yields nothing);
 * - `not_evaluated`: skipped by and/or short-circuiting (sinsp_filter's and/or stop at the first
 *   decisive child), so nothing can be said about it.
 */
export type ClauseStatus = 'true' | 'false' | 'no_value' | 'not_evaluated';

/** A list name written in a clause, with the items the rules file gives it. */
export interface ListRef {
  name: string;
  items: string[];
}

/** A macro reference and where the macro is defined. */
export interface MacroRef {
  name: string;
  /** The file that defines it (the user's rules file or a base file). */
  file: string;
  /** The macro's condition as written. */
  condition: string;
}

export interface ExplainNode {
  /** Path from the root (`0`, `0.2`, `0.2.1`): the same clause has the same id for every sample. */
  id: string;
  /**
   * and / or / not: logic; check: a leaf (`field op value`, `field exists`); macro: a macro
   * reference, whose one child is the macro's condition; exception: a clause Falco appended for
   * the rule's `exceptions:` (shown as the trace has it).
   */
  kind: 'and' | 'or' | 'not' | 'check' | 'macro' | 'exception';
  status: ClauseStatus;
  /** The clause as written (checks), the macro's name, or the keyword. */
  text: string;
  /** Where to reveal the clause in the user's rules text; absent for text in base files. */
  range?: Range;
  macro?: MacroRef;
  lists?: ListRef[];
  /** The values the check read (null = no value). */
  values?: { field: string; value: string | null }[];
  /** The characters a contains/startswith/endswith/glob/regex check matched in a field's value. */
  matches?: { field: string; value: string; start: number; end: number }[];
  children?: ExplainNode[];
}

export interface Explanation {
  rule: string;
  /** True when the rule matched the event. */
  matched: boolean;
  root: ExplainNode;
}
