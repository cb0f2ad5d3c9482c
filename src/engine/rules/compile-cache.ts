/**
 * What the rules compiler may reuse, within one load (Falco recompiles everything after every
 * file) and, when the caller keeps a cache, across loads (the playground re-analyses on every
 * keystroke with the same base files). Every entry is keyed on the exact inputs of a pure step:
 *
 *  - list substitution: the condition text with its origins, checked against the lists it tried
 *    (lists.ts triesSameLists: a list the condition does not name cannot change it);
 *  - parsing: the substituted text (parse-memo.ts: an AST follows its text when an edit moves it);
 *  - macro resolution: the parsed AST, checked against the macro ASTs it looked up (compiler.ts);
 *  - facts and compilation: the resolved AST (an identical object means identical inputs);
 *  - outputs: the output text; exception field validation: the field text.
 *
 * Bounded: `beginLoad` starts over (a new space, empty memos) once the memos have grown past
 * their limits, e.g. after hours of typing, each keystroke leaving the texts after the edit with
 * new origins. The next load is then as cold as a first one, and correct.
 */
import type { Expr } from '../condition/ast';
import type { CompiledOutput } from '../output/format';
import type { Range } from '../text/range';
import type { ConditionBackend } from './compiler';
import { ConditionSpace } from './condition-space';
import type { EvtSet } from './evttypes';
import type { SubstitutionTrace } from './lists';
import type { MappedText } from './mapped-text';
import { ParseMemo } from './parse-memo';
import { TextMemo } from './text-memo';

export interface CompileCacheLimits {
  /** Memoized substitutions + parses before starting over. */
  maxTextEntries: number;
  /** Condition text held by the space before starting over. */
  maxSpaceChars: number;
  /** Outputs / validated exception fields kept. */
  maxSmallEntries: number;
}

export const COMPILE_CACHE_LIMITS: CompileCacheLimits = { maxTextEntries: 20_000, maxSpaceChars: 8_000_000, maxSmallEntries: 5_000 };

export interface Substitution { trace: SubstitutionTrace; text: MappedText; used: string[] }
export interface Resolution { deps: [string, Expr | undefined][]; ast: Expr; resolved: string[]; inlined: number; size: number }
export interface Facts { printed: string; evttypes: EvtSet; fields: Set<string> }
export type Compiled = ReturnType<ConditionBackend['compile']>;

export class CompileCache {
  space = new ConditionSpace();
  substituted = new TextMemo<Substitution>();
  parsed = new ParseMemo(this.space);
  /** Counts loads: a parsed AST serves one condition per load. */
  load = 0;
  resolutions = new WeakMap<Expr, Resolution>();
  facts = new WeakMap<Expr, Facts>();
  compiled = new WeakMap<Expr, Compiled>();
  outputs = new Map<string, CompiledOutput>();
  lhsValid = new Map<string, boolean>();
  constructor(private readonly limits: CompileCacheLimits = COMPILE_CACHE_LIMITS) {}

  /** Called once per load: starts over when the memos have grown past their bounds. */
  beginLoad(): void {
    this.load++;
    const l = this.limits;
    if (this.substituted.size + this.parsed.size > l.maxTextEntries || this.space.size > l.maxSpaceChars) this.reset();
    if (this.outputs.size > l.maxSmallEntries) this.outputs = new Map();
    if (this.lhsValid.size > l.maxSmallEntries) this.lhsValid = new Map();
  }

  /** How much is held (for tests of the bounds). */
  stats(): { texts: number; spaceChars: number; outputs: number } {
    return { texts: this.substituted.size + this.parsed.size, spaceChars: this.space.size, outputs: this.outputs.size };
  }

  private reset(): void {
    this.space = new ConditionSpace();
    this.substituted = new TextMemo();
    this.parsed = new ParseMemo(this.space);
    this.resolutions = new WeakMap();
    this.facts = new WeakMap();
    this.compiled = new WeakMap();
  }
}
