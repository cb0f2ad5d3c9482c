import type { Expr } from '../../condition/ast';
import { binaryChecks, rhsValues, visitExprs } from '../ast-util';
import { encodeForScalar, toFileRange } from '../scalar-map';
import type { LintCheck, LintHint } from '../types';

/**
 * Structure and naming items of the Falco style guide (spec §6.3 items 1-4, 7, 9, 11, 22):
 * checks a reviewer of falcosecurity/rules would otherwise point out by hand.
 */
const KEY_ORDER = ['rule', 'desc', 'condition', 'output', 'priority', 'tags'];
const NAME_STYLE = /^[a-z][a-z0-9_]*$/;

function isSpawnCheck(e: Expr): boolean {
  if (e.kind !== 'binaryCheck' || e.left.kind !== 'field' || e.left.name !== 'evt.type' || e.op !== 'in') return false;
  const v = rhsValues(e).map((x) => x.value).sort();
  return v.length === 2 && v[0] === 'execve' && v[1] === 'execveat';
}

export const structureStyleCheck: LintCheck = (ctx) => {
  const hints: LintHint[] = [];
  for (const it of ctx.source.items) {
    const item = { kind: it.kind, name: it.name };
    if (it.kind === 'rule' && !it.isOverride) {
      if (!/^[A-Z]/.test(it.name)) {
        hints.push({ code: 'FRP_LINT_RULE_NAME', severity: 'info', message: 'Rule names start with an upper-case letter (style guide).', range: it.nameRange, item });
      }
      const order = it.keys.map((k) => k.key).filter((k) => KEY_ORDER.includes(k));
      const expected = KEY_ORDER.filter((k) => order.includes(k));
      if (order.join() !== expected.join()) {
        hints.push({ code: 'FRP_LINT_KEY_ORDER', severity: 'info', message: `Keys read best in the order ${expected.join(', ')} (style guide).`, range: it.nameRange, item });
      }
      const desc = it.desc;
      if (desc && desc.value.trim() && !/[.!?]$/.test(desc.value.trim())) {
        const trimmed = desc.value.replace(/\s+$/, '');
        const end = desc.offsets[trimmed.length - 1] + 1;
        hints.push({
          code: 'FRP_LINT_DESC_PERIOD',
          severity: 'info',
          message: 'A rule description ends with a period (style guide).',
          range: toFileRange(desc, { start: 0, end: trimmed.length }),
          item,
          fixes: [{ title: 'Add the period', edits: [{ range: { start: end, end }, text: '.' }] }],
        });
      }
      if (it.priority && /^debug$/i.test(it.priority.value.trim())) {
        hints.push({ code: 'FRP_LINT_PRIORITY_DEBUG', severity: 'info', message: 'Upstream rules use at least INFO; DEBUG alerts are dropped by most deployments (style guide).', range: it.priority.range, item });
      }
    }
    if ((it.kind === 'macro' || it.kind === 'list') && !it.isOverride && !NAME_STYLE.test(it.name)) {
      hints.push({ code: 'FRP_LINT_NAME_STYLE', severity: 'info', message: `${it.kind === 'macro' ? 'Macro' : 'List'} names are lowercase_with_underscores (style guide).`, range: it.nameRange, item });
    }
  }

  for (const pc of ctx.conditions) {
    const cond = pc.item.condition!;
    const item = { kind: pc.item.kind, name: pc.item.name };
    for (const { check } of binaryChecks(pc.ast)) {
      if (pc.item.kind === 'rule' && isSpawnCheck(check) && ctx.macros.has('spawned_process')) {
        const range = toFileRange(cond, check.range);
        hints.push({
          code: 'FRP_LINT_USE_SPAWNED_PROCESS',
          severity: 'info',
          message: 'Use the spawned_process macro rather than spelling out evt.type in (execve, execveat) (style guide: reuse existing macros).',
          range,
          item,
          fixes: [{ title: 'Use spawned_process', edits: [{ range, text: encodeForScalar(cond, 'spawned_process') }] }],
        });
      }
    }
    visitExprs(pc.ast, (v) => {
      if (v.node.kind === 'not' && v.node.child.kind === 'not') {
        hints.push({
          code: 'FRP_LINT_DOUBLE_NEGATION',
          severity: 'info',
          message: 'Double negation: "not not X" is X. Write the positive form (style guide).',
          range: toFileRange(cond, v.node.range),
          item,
        });
      }
    });
    // The event-type restriction comes first (style guide): Falco indexes rules by event type.
    if (pc.item.kind === 'rule' && pc.ast.kind === 'and') {
      const first = pc.ast.children[0];
      const restricts = (e: Expr) =>
        (e.kind === 'identifier' && e.name === 'spawned_process') ||
        (e.kind === 'binaryCheck' && e.left.kind === 'field' && e.left.name === 'evt.type');
      const later = pc.ast.children.slice(1).find(restricts);
      if (!restricts(first) && later) {
        hints.push({
          code: 'FRP_LINT_EVTTYPE_FIRST',
          severity: 'info',
          message: 'Put the event-type restriction first in the condition (style guide).',
          range: toFileRange(cond, later.range),
          item,
        });
      }
    }
  }
  return hints;
};
