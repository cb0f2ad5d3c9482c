/**
 * Answers one rules-file oracle case (../shared/oracle/README.md, "Rules-file-level corpus") in the
 * shape the oracle records: load verdict and messages, the rules as `describe_rule` lists them, and
 * per event the matched rules (all), the first match and the rendered outputs.
 */
import { fromOracleEvent, listedProcesses, type OracleProcess } from '../event/oracle-event';
import type { FalcoEvent, ProcessInfo } from '../event/types';
import { evaluateRules, loadRules, type LoadCache, type LoadMessage } from '../rules';

export interface RulesCase {
  id: string;
  plugins?: string[];
  files: { name: string; content: string }[];
  events?: OracleProcess[];
}

export interface RulesCaseMessage {
  code: string; message: string; file: string; line: number; column: number; item_type: string; item_name: string;
}

export interface RulesCaseAnswer {
  id: string;
  load: { ok: boolean; errors: RulesCaseMessage[]; warnings: RulesCaseMessage[] };
  rules: { name: string; enabled: boolean; priority: string; condition_compiled: string }[];
  results: { matched_rules: string[]; first_match: string | null; outputs: Record<string, string> }[] | null;
}

function message(m: LoadMessage): RulesCaseMessage {
  return { code: m.code, message: m.message, file: m.file, line: m.line, column: m.column, item_type: m.itemType, item_name: m.itemName };
}

/**
 * Events after the first get the pids the oracle's inspector gives them: the process 1000+i and its
 * listed ancestors 10000+64*i+k (oldest first); event 0 keeps fromOracleEvent's 1000 / 100+k.
 */
function eventAt(e: OracleProcess, i: number, processesBefore: number, processesInRun: number): FalcoEvent {
  // fromOracleEvent also reproduces the harness's process start times (its 10 ms clock counts
  // the processes listed by all earlier events of the run); the events take the ticks after the
  // last process of the run.
  const ev = fromOracleEvent(e, { processesBefore, eventTick: processesInRun + 1 + i });
  ev.num = i + 1;
  if (i > 0) {
    ev.proc.pid = 1000 + i;
    const chain: ProcessInfo[] = [];
    for (let p = ev.proc.parent; p && p.pid !== 1; p = p.parent) chain.push(p);
    chain.reverse().forEach((p, k) => { p.pid = 10000 + 64 * i + k; });
  }
  return ev;
}

/** `cache`: a LoadCache to load with (the answer is the same; tests check that it is). */
export function answerRulesCase(c: RulesCase, options: { cache?: LoadCache } = {}): RulesCaseAnswer {
  const plugins = Array.isArray(c.plugins) && !c.plugins.includes('container') ? 'none' : 'container';
  const result = loadRules(c.files ?? [], { plugins, cache: options.cache });
  const answer: RulesCaseAnswer = {
    id: c.id,
    load: { ok: result.ok, errors: result.errors.map(message), warnings: result.warnings.map(message) },
    rules: result.ok ? result.rules.map((r) => ({ name: r.name, enabled: r.enabled, priority: r.priority, condition_compiled: r.conditionCompiled })) : [],
    results: null,
  };
  if (result.ok) {
    let processesBefore = 0;
    const processesInRun = (c.events ?? []).reduce((n, e) => n + listedProcesses(e), 0);
    answer.results = (c.events ?? []).map((e, i) => {
      const r = evaluateRules(result, eventAt(e, i, processesBefore, processesInRun));
      processesBefore += listedProcesses(e);
      return { matched_rules: r.matched, first_match: r.firstMatch, outputs: r.outputs };
    });
  }
  return answer;
}
