import { binaryChecks, editDistance } from '../ast-util';
import { encodeForScalar, toFileRange } from '../scalar-map';
import type { LintCheck, LintHint } from '../types';

/**
 * Lists are pasted into the condition text before parsing (falco rule_loader_compiler.cpp
 * resolve_list), so a misspelled list name is not an error: it stays a literal value and the check
 * silently compares with the text `shel_binaries` (spec §7 trap 10). And `in my_list` without
 * parentheses becomes `in a, b` after substitution: a syntax error, except for a one-item list
 * where it works by accident (trap 11, §5.4).
 */
const LIST_OPS = new Set(['in', 'intersects', 'pmatch']);
const LOOKS_LIKE_NAME = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$/;

function closest(name: string, lists: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const l of lists) {
    const d = editDistance(name, l);
    const limit = l.length < 8 ? 1 : Math.min(3, Math.max(2, Math.floor(l.length / 4)));
    if (d > 0 && d <= limit && d < bestD) {
      best = l;
      bestD = d;
    }
  }
  return best;
}

export const listReferenceCheck: LintCheck = (ctx) => {
  const hints: LintHint[] = [];
  const listNames = [...ctx.lists.keys()];
  for (const pc of ctx.conditions) {
    const cond = pc.item.condition!;
    for (const { check } of binaryChecks(pc.ast)) {
      if (!LIST_OPS.has(check.op) && !check.modifier) continue;
      if (check.right.kind === 'identifier') {
        const name = check.right.name;
        const items = ctx.lists.get(name);
        const range = toFileRange(cond, check.right.range);
        const fix = [{ title: `Write (${name})`, edits: [{ range, text: encodeForScalar(cond, `(${name})`) }] }];
        if (items && items.length !== 1) {
          hints.push({
            code: 'FRP_LINT_LIST_WITHOUT_PARENS',
            severity: 'warning',
            message: `Lists are pasted into the condition as text: "${check.op} ${name}" becomes "${check.op} ${items.join(', ') || ''}", which is ${items.length ? 'a syntax error' : 'not a list'}. Write ${check.op} (${name}).`,
            range,
            item: { kind: pc.item.kind, name: pc.item.name },
            fixes: fix,
          });
        } else {
          hints.push({
            code: 'FRP_LINT_LIST_WITHOUT_PARENS',
            severity: 'info',
            message: items
              ? `"${check.op} ${name}" only works because ${name} has a single item; it breaks as soon as a second item is added. Write ${check.op} (${name}).`
              : `"${check.op} ${name}" compares with the text "${name}" (no list has that name). Write ${check.op} (${name}) if you mean a list.`,
            range,
            item: { kind: pc.item.kind, name: pc.item.name },
            fixes: fix,
          });
        }
        continue;
      }
      if (check.right.kind !== 'list') continue;
      for (const v of check.right.values) {
        if (v.quoted || ctx.lists.has(v.value) || !LOOKS_LIKE_NAME.test(v.value)) continue;
        const guess = closest(v.value, listNames);
        if (!guess) continue;
        const range = toFileRange(cond, v.range);
        hints.push({
          code: 'FRP_LINT_MISSPELLED_LIST',
          severity: 'warning',
          message: `No list is named "${v.value}", so Falco compares with that literal text and the check silently never matches. Did you mean the list ${guess}?`,
          range,
          item: { kind: pc.item.kind, name: pc.item.name },
          fixes: [{ title: `Use the list ${guess}`, edits: [{ range, text: encodeForScalar(cond, guess) }] }],
        });
      }
    }
  }
  return hints;
};
