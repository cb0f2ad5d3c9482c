import { expect } from 'vitest';
import { analyze, ruleExplainContext, USER_RULES_FILE, type AnalysisInput } from '../../src/engine/analyze';
import { explainEvent, explainSources, type ExplainNode, type Explanation } from '../../src/engine/explain';
import type { Sample } from '../../src/engine/sample';

/** A rules file with one rule `R` (plus `extra` items before it), without the stock base. */
export function rulesWith(condition: string, extra = ''): string {
  return `${extra}
- rule: R
  desc: d
  condition: ${condition}
  output: "hit %proc.name"
  priority: NOTICE
`;
}

export function inputOf(rulesText: string, commands: (string | Omit<Sample, 'id'>)[]): AnalysisInput {
  const samples: Sample[] = commands.map((c, i) => (typeof c === 'string' ? { id: `s${i + 1}`, command: c } : { ...c, id: `s${i + 1}` }));
  return { rulesText, base: 'none', plugins: 'container', samples };
}

/** Explanations of rule `R` for each command. */
export function explainAll(rulesText: string, commands: (string | Omit<Sample, 'id'>)[], rule = 'R'): Explanation[] {
  const input = inputOf(rulesText, commands);
  const a = analyze(input);
  const bad = a.diagnostics.filter((d) => d.severity === 'error');
  if (bad.length) throw new Error(`rules do not load: ${bad.map((d) => d.message).join('; ')}`);
  const ctx = ruleExplainContext(input, rule);
  if (!ctx) throw new Error(`no rule ${rule}`);
  const sources = explainSources(rulesText, USER_RULES_FILE, ctx);
  return a.samples.map((s) => {
    if (!s.event) throw new Error(`sample ${s.sampleId} has no event`);
    const e = explainEvent(ctx, sources, s.event);
    if (!e) throw new Error('no explanation');
    expect(e.matched).toBe(s.perRule[rule] === 'match');
    return e;
  });
}

export function explainOne(condition: string, command: string | Omit<Sample, 'id'>, extra = ''): Explanation {
  return explainAll(rulesWith(condition, extra), [command])[0];
}

/** Depth-first list of nodes. */
export function flatten(n: ExplainNode): ExplainNode[] {
  return [n, ...(n.children ?? []).flatMap(flatten)];
}

/** The highlighted text of every match of a node. */
export function marked(n: ExplainNode): string[] {
  return (n.matches ?? []).map((m) => m.value.slice(m.start, m.end));
}
