import { formatParseError, parseCondition } from '../condition';
import { posAt } from '../condition/position';
import type { PluginMode } from '../fields/catalog';
import { fromOracleEvent, type OracleProcess } from '../event/oracle-event';
import { compileCondition, type CompileFailure } from '../eval/compile';
import { fieldValueString } from '../eval/render-operand';
import type { PosInfo } from '../text/range';

/** One line of ../shared/oracle/{seed,grammar,operators,fields,errors,upstream}.jsonl. */
export interface ConditionCase {
  id: string;
  condition: string;
  event: OracleProcess;
  fields?: string[];
  /** [] = no plugin loaded; absent = the container plugin is loaded. */
  plugins?: string[];
}

export interface ConditionAnswer {
  id: string;
  compiled: boolean;
  error: string | null;
  stage: 'parse' | 'compile' | null;
  pos: PosInfo | null;
  match: boolean;
  fields: Record<string, string | null>;
}

export function pluginMode(plugins: string[] | undefined): PluginMode {
  return plugins === undefined || plugins.includes('container') ? 'container' : 'none';
}

/** Answers a condition case the way the oracle README defines the answer. */
export function answerConditionCase(c: ConditionCase): ConditionAnswer {
  const plugins = pluginMode(c.plugins);
  // The oracle reports field values whenever it could build the event, even for conditions that
  // fail to parse or compile.
  const ev = fromOracleEvent(c.event);
  const fields: Record<string, string | null> = {};
  for (const f of c.fields ?? []) fields[f] = fieldValueString(f, ev, { plugins });
  const base = { id: c.id, fields };
  const parsed = parseCondition(c.condition);
  if (!parsed.ok) {
    return { ...base, compiled: false, error: formatParseError(parsed.error), stage: 'parse', pos: parsed.error.pos, match: false };
  }
  const compiled = compileCondition(parsed.ast, { plugins });
  if (!compiled.ok) {
    return { ...base, compiled: false, error: compiled.error.message, stage: 'compile', pos: compileErrorPos(c.condition, compiled.error), match: false };
  }
  return { ...base, compiled: true, error: null, stage: null, pos: null, match: compiled.filter.evaluate(ev), fields };
}

/**
 * Where libsinsp reports a compile error: sinsp_filter_compiler keeps the position of the last
 * check or identifier node it visited (`m_pos`; and/or/not nodes are always followed by a visit of
 * a child, fields and values inside a check do not move it), so the error is placed at the start
 * of the check that failed, `{0,1,1}` when that check opens the condition (`proc.env = x and
 * proc.nope = y` → idx 17, the start of `proc.nope = y`; `proc.name = val(proc.nope)` → 0, not the
 * RHS field). Offsets are UTF-8 bytes and lines break on `\r` and `\n`, as for parse errors.
 */
function compileErrorPos(condition: string, error: CompileFailure): PosInfo {
  return error.check ? posAt(condition, error.check.start) : { idx: 0, line: 1, col: 1 };
}
