import type { Expr } from '../../condition/ast';
import { negationDepth, visitExprs } from '../ast-util';
import { conditionFacts, type ConditionFacts } from '../condition-facts';
import type { LintCheck, LintEdit, LintHint } from '../types';
import type { RuleItemSource, TagSource } from '../rules-source';

/**
 * Tag checks of the style guide and CONTRIBUTING (spec §6.3 items 23-27). Falco stores tags as a
 * sorted set, so the order is only visible in the YAML: we read it from the source.
 */
const MATURITY = /^maturity_(stable|incubating|sandbox|deprecated)$/;
const TECHNIQUE = /^T\d{4}(\.\d{3})?$/;

/** Edit that removes one tag item from its sequence, with its separator. */
function removeTag(item: RuleItemSource, i: number, text: string): LintEdit {
  const tags = item.tags!;
  const t = tags.items[i];
  if (!tags.flow) {
    // Block sequence: drop the whole `  - tag` line.
    const lineStart = text.lastIndexOf('\n', t.range.start) + 1;
    const nl = text.indexOf('\n', t.range.end);
    return { range: { start: lineStart, end: nl < 0 ? t.range.end : nl + 1 }, text: '' };
  }
  if (i < tags.items.length - 1) return { range: { start: t.range.start, end: tags.items[i + 1].range.start }, text: '' };
  if (i > 0) return { range: { start: tags.items[i - 1].range.end, end: t.range.end }, text: '' };
  return { range: t.range, text: '' };
}

/**
 * The workload tags a condition implies: `container` when it requires the container macro (or
 * container.id != host), `host` when it excludes containers, both when it says nothing.
 */
function workloadTags(ast: Expr): string[] {
  let inContainer = false;
  let onHost = false;
  visitExprs(ast, (v) => {
    const n = v.node;
    const negated = negationDepth(v.parents) % 2 === 1;
    let container: boolean | undefined;
    if (n.kind === 'identifier' && n.name === 'container') container = true;
    if (n.kind === 'binaryCheck' && n.left.kind === 'field' && n.left.name === 'container.id' && n.right.kind === 'value' && n.right.value === 'host') {
      if (n.op === '!=') container = true;
      if (n.op === '=' || n.op === '==') container = false;
    }
    if (container === undefined) return;
    if (container !== negated) inContainer = true;
    else onHost = true;
  });
  if (inContainer && !onHost) return ['container'];
  if (onHost && !inContainer) return ['host'];
  return ['host', 'container'];
}

/** Type tags that follow from what the condition looks at (optional in the style guide, but facts). */
function typeTags(facts: ConditionFacts): string[] {
  const out: string[] = [];
  if (facts.spawnedOnly) out.push('process');
  if (facts.inspectsNetwork) out.push('network');
  if (facts.inspectsFiles && !facts.inspectsNetwork) out.push('filesystem');
  return out;
}

/** Inserts tags before item `at` of the sequence (or after the last one), keeping its style. */
function insertTags(item: RuleItemSource, at: number, values: string[], text: string): LintEdit {
  const tags = item.tags!;
  if (at < tags.items.length) {
    const pos = tags.items[at].range.start;
    return { range: { start: pos, end: pos }, text: tags.flow ? values.map((v) => `${v}, `).join('') : values.map((v) => `${v}\n${indentOf(text, pos)}- `).join('') };
  }
  const last = tags.items[tags.items.length - 1];
  const pos = last.range.end;
  return { range: { start: pos, end: pos }, text: tags.flow ? values.map((v) => `, ${v}`).join('') : values.map((v) => `\n${indentOf(text, last.range.start)}- ${v}`).join('') };
}

/** Adds a `tags:` key as the last line of a rule item (or fills an empty `tags: []`). */
function addTagsKey(item: RuleItemSource, values: string[], text: string): LintEdit | undefined {
  const flow = `[${values.join(', ')}]`;
  if (item.tags) return item.tags.flow ? { range: item.tags.range, text: flow } : undefined;
  // `tags:` with no sequence (null, a scalar): not ours to rewrite.
  if (item.keys.some((k) => k.key === 'tags')) return undefined;
  const first = item.keys[0];
  if (!first) return undefined;
  const lineStart = text.lastIndexOf('\n', first.range.start - 1) + 1;
  const column = first.range.start - lineStart;
  let end = item.range.end;
  while (end > item.range.start && /\s/.test(text[end - 1])) end--;
  return { range: { start: end, end }, text: `\n${' '.repeat(column)}tags: ${flow}` };
}

/** Edits that rewrite the tag values in a new order, keeping the sequence's layout. */
function reorder(items: TagSource[], order: TagSource[]): LintEdit[] {
  return items.map((t, i) => ({ range: t.range, text: order[i].value }));
}

export const tagsStyleCheck: LintCheck = (ctx) => {
  const hints: LintHint[] = [];
  for (const pc of ctx.conditions) {
    const it = pc.item;
    if (it.kind !== 'rule' || it.isOverride) continue;
    const ruleItem = { kind: 'rule', name: it.name };
    const tags = it.tags;
    const facts = conditionFacts(ctx, pc.ast);
    if (!tags || tags.items.length === 0) {
      // The fix adds what the condition tells: maturity_sandbox (a new rule), the workload and
      // the type tags. The MITRE tactic and technique are a judgement about intent: not guessed.
      const add = addTagsKey(it, ['maturity_sandbox', ...workloadTags(pc.ast), ...typeTags(facts)], ctx.rulesText);
      hints.push({
        code: 'FRP_LINT_TAGS_MISSING',
        severity: 'info',
        message: 'Rules carry tags: a maturity_* tag first, host and/or container, and the MITRE tactic and technique (style guide).',
        range: it.nameRange,
        item: ruleItem,
        fixes: add ? [{ title: 'Add maturity, workload and type tags (add the MITRE tags yourself)', edits: [add] }] : undefined,
      });
      continue;
    }
    const values = tags.items.map((t) => t.value);
    const mi = values.findIndex((v) => MATURITY.test(v));
    if (mi !== 0) {
      const hint: LintHint = {
        code: 'FRP_LINT_TAGS_MATURITY_FIRST',
        severity: 'warning',
        message:
          mi < 0
            ? 'The first tag should be the rule\'s maturity (maturity_sandbox for a new rule, or maturity_incubating / maturity_stable / maturity_deprecated).'
            : `The maturity tag ${values[mi]} comes first in the tags list (style guide; upstream CI checks it).`,
        range: mi < 0 ? tags.range : tags.items[mi].range,
        item: ruleItem,
      };
      if (mi > 0) {
        const order = [tags.items[mi], ...tags.items.filter((_, i) => i !== mi)];
        hint.fixes = [{ title: `Move ${values[mi]} first`, edits: reorder(tags.items, order) }];
      } else {
        hint.fixes = [{ title: 'Add maturity_sandbox first', edits: [{ range: { start: tags.items[0].range.start, end: tags.items[0].range.start }, text: tags.flow ? 'maturity_sandbox, ' : `maturity_sandbox\n${indentOf(ctx.rulesText, tags.items[0].range.start)}- ` }] }];
      }
      hints.push(hint);
    }
    const stable = values.indexOf('maturity_stable');
    if (stable >= 0 && !ctx.baseRuleNames.has(it.name)) {
      // CONTRIBUTING: rules enter the repository as sandbox (or incubating); stable is earned.
      hints.push({
        code: 'FRP_LINT_TAGS_NEW_STABLE',
        severity: 'info',
        message: 'A new rule does not start as maturity_stable: it enters as maturity_sandbox (or maturity_incubating when it is robust and of general use) and is promoted later (CONTRIBUTING).',
        range: tags.items[stable].range,
        item: ruleItem,
        fixes: ['maturity_sandbox', 'maturity_incubating'].map((v) => ({ title: `Use ${v}`, edits: [{ range: tags.items[stable].range, text: v }] })),
      });
    }
    const ni = values.indexOf('network');
    if (ni >= 0 && !facts.inspectsNetwork) {
      hints.push({
        code: 'FRP_LINT_TAGS_NETWORK',
        severity: 'warning',
        message: 'The network tag is for rules that inspect network activity (connections, sockets, fd.* network fields); this condition only looks at process executions.',
        range: tags.items[ni].range,
        item: ruleItem,
        fixes: [{ title: 'Remove the network tag', edits: [removeTag(it, ni, ctx.rulesText)] }],
      });
    }
    if (!values.includes('host') && !values.includes('container')) {
      const workload = workloadTags(pc.ast);
      hints.push({
        code: 'FRP_LINT_TAGS_WORKLOAD',
        severity: 'info',
        message: 'Tag the workload the rule is for: host and/or container.',
        range: tags.range,
        item: ruleItem,
        fixes: [{ title: `Add ${workload.join(', ')}`, edits: [insertTags(it, mi === 0 ? 1 : 0, workload, ctx.rulesText)] }],
      });
    }
    // TAGS_MITRE has no quick fix: which technique a tactic tag refers to (or which tactic a
    // technique is used for; techniques belong to several) is the author's judgement, and a
    // wrong guess would pass the upstream checker while saying something false about the rule.
    const tactics = values.filter((v) => v.startsWith('mitre_'));
    const techniques = values.filter((v) => TECHNIQUE.test(v));
    if (tactics.length && !techniques.length) {
      hints.push({
        code: 'FRP_LINT_TAGS_MITRE',
        severity: 'info',
        message: `A MITRE tactic tag (${tactics.join(', ')}) comes with the technique id it refers to (T####).`,
        range: tags.range,
        item: ruleItem,
      });
    } else if (techniques.length && !tactics.length) {
      hints.push({
        code: 'FRP_LINT_TAGS_MITRE',
        severity: 'info',
        message: `The technique ${techniques.join(', ')} comes with its MITRE tactic tag (mitre_<tactic>).`,
        range: tags.range,
        item: ruleItem,
      });
    }
  }
  return hints;
};

function indentOf(text: string, pos: number): string {
  const ls = text.lastIndexOf('\n', pos - 1) + 1;
  return text.slice(ls, pos).replace(/-\s*$/, '').replace(/\S/g, ' ');
}
