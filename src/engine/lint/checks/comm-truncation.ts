import { binaryChecks, fieldText, plainField, truncateUtf8, utf8Length, writeValue } from '../ast-util';
import { encodeForScalar, toFileRange } from '../scalar-map';
import type { LintCheck, LintHint } from '../types';

/**
 * proc.name is the kernel's task comm: char[16], so at most 15 bytes (TASK_COMM_LEN; libsinsp
 * reads it as-is in sinsp_filtercheck_thread.cpp). A value longer than 15 bytes can never equal it:
 * `proc.name = kube-controller-manager` never fires (spec §7 trap 4; real-world case 012). The same
 * holds for the parent's and ancestors' names.
 */
const COMM_FIELDS = new Set(['proc.name', 'proc.pname', 'proc.aname', 'proc.sname']);
const EQUALITY_OPS = new Set(['=', '==', '!=', 'in', 'intersects', 'startswith']);
const COMM_MAX = 15;

export const commTruncationCheck: LintCheck = (ctx) => {
  const hints: LintHint[] = [];
  const reportedListItems = new Set<string>();
  for (const pc of ctx.conditions) {
    const cond = pc.item.condition!;
    for (const { check } of binaryChecks(pc.ast)) {
      const f = plainField(check.left);
      if (!f || !COMM_FIELDS.has(f.name) || !EQUALITY_OPS.has(check.op)) continue;
      const field = fieldText(f);
      const values = check.right.kind === 'value' ? [check.right] : check.right.kind === 'list' ? check.right.values : [];
      for (const v of values) {
        // A bare word naming a list is replaced by the list's items before parsing (spec §5.4).
        if (!v.quoted && ctx.lists.has(v.value)) {
          const list = ctx.source.items.find((it) => it.kind === 'list' && it.name === v.value);
          for (const item of list?.items ?? []) {
            // Items carrying their own quotes ('"a b"') are pasted as quoted values: measure the content.
            const value = /^(["']).*\1$/s.test(item.value) ? item.value.slice(1, -1) : item.value;
            if (utf8Length(value) <= COMM_MAX || ctx.lists.has(item.value) || reportedListItems.has(`${v.value}\u0000${item.value}`)) continue;
            reportedListItems.add(`${v.value}\u0000${item.value}`);
            const cut = truncateUtf8(value, COMM_MAX);
            const quote = value === item.value ? '' : item.value[0];
            hints.push({
              code: 'FRP_LINT_COMM_TRUNCATED',
              severity: 'warning',
              message: `List item "${value}" of ${v.value} is ${utf8Length(value)} bytes; ${field} is cut to 15 bytes ("${cut}"), so this item can never match.`,
              range: item.range,
              item: { kind: 'list', name: v.value },
              fixes: [{ title: `Truncate to "${cut}"`, edits: [{ range: item.range, text: quote ? `'${quote}${cut}${quote}'` : cut }] }],
            });
          }
          if (!list) {
            // The list lives in the base ruleset, outside this text: no quick fix. Truncating its
            // items means redefining the whole list here, and an append cannot remove items.
            const long = (ctx.lists.get(v.value) ?? []).filter((x) => utf8Length(x) > COMM_MAX && !ctx.lists.has(x));
            if (long.length) {
              hints.push({
                code: 'FRP_LINT_COMM_TRUNCATED',
                severity: 'warning',
                message: `List ${v.value} has items longer than 15 bytes (${long.join(', ')}); ${field} is cut to 15 bytes, so they can never match.`,
                range: toFileRange(cond, v.range),
                item: { kind: pc.item.kind, name: pc.item.name },
              });
            }
          }
          continue;
        }
        if (utf8Length(v.value) <= COMM_MAX) continue;
        const cut = truncateUtf8(v.value, COMM_MAX);
        const range = toFileRange(cond, v.range);
        const text = v.quoted ? `"${cut.replace(/["\\]/g, (m) => '\\' + m)}"` : writeValue(cut);
        hints.push({
          code: 'FRP_LINT_COMM_TRUNCATED',
          severity: 'warning',
          message:
            check.op === 'startswith'
              ? `${field} is at most 15 bytes (the kernel's comm), so it never starts with the ${utf8Length(v.value)}-byte "${v.value}".`
              : `"${v.value}" is ${utf8Length(v.value)} bytes but ${field} is the kernel's comm, cut to 15 bytes ("${cut}"): this comparison can never be true.`,
          range,
          item: { kind: pc.item.kind, name: pc.item.name },
          fixes: [{ title: `Truncate to "${cut}"`, edits: [{ range, text: encodeForScalar(cond, text) }] }],
        });
      }
    }
  }
  return hints;
};
