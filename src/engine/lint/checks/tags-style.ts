import { conditionFacts } from '../condition-facts';
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
    if (!tags || tags.items.length === 0) {
      hints.push({
        code: 'FRP_LINT_TAGS_MISSING',
        severity: 'info',
        message: 'Rules carry tags: a maturity_* tag first, host and/or container, and the MITRE tactic and technique (style guide).',
        range: it.nameRange,
        item: ruleItem,
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
    const facts = conditionFacts(ctx, pc.ast);
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
      hints.push({
        code: 'FRP_LINT_TAGS_WORKLOAD',
        severity: 'info',
        message: 'Tag the workload the rule is for: host and/or container.',
        range: tags.range,
        item: ruleItem,
      });
    }
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
