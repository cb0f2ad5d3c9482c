import { formatParseError, parseCondition } from '../condition';
import type { PluginMode } from '../fields/catalog';
import { fromOracleEvent, type OracleProcess } from '../event/oracle-event';
import { compileCondition } from '../eval/compile';
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
    // The oracle reports position {0,1,1} for compile errors.
    return { ...base, compiled: false, error: compiled.error.message, stage: 'compile', pos: { idx: 0, line: 1, col: 1 }, match: false };
  }
  return { ...base, compiled: true, error: null, stage: null, pos: null, match: compiled.filter.evaluate(ev), fields };
}
