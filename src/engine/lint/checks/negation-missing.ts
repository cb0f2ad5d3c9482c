import type { BinaryCheckExpr, Expr, FieldExpr } from '../../condition/ast';
import { binaryChecks, fieldText, negationDepth, plainField, visitExprs, writeValue } from '../ast-util';
import { lintFieldValue } from '../field-values';
import { encodeForScalar, toFileRange } from '../scalar-map';
import type { LintCheck, LintContext, LintHint, ParsedCondition } from '../types';

/**
 * Missing values and negation (spec §2.1, §7 traps 12-14, real-world case 018): when a field
 * cannot be extracted, EVERY comparison on it is false, `!=` included (libsinsp
 * sinsp_filtercheck.cpp compare_nocache); only an enclosing `not` makes it true. So
 * `proc.pname != sshd` is false for a process whose parent is unknown while
 * `not proc.pname = sshd` is true. Ancestor fields without an index mean "some ancestor", so
 * `proc.aname != bash` is true as soon as one ancestor is not bash (always: systemd is one).
 */
const PARENT_FIELDS = new Set(['proc.pname', 'proc.pexe', 'proc.pexepath', 'proc.pcmdline', 'proc.ppid', 'proc.pvpid']);
const ANCESTOR_FIELDS = new Set(['proc.aname', 'proc.aexe', 'proc.aexepath', 'proc.acmdline', 'proc.apid', 'proc.aenv']);

function mayHaveNoValue(f: FieldExpr): boolean {
  if (PARENT_FIELDS.has(f.name)) return true;
  if (ANCESTOR_FIELDS.has(f.name) && f.arg !== undefined && f.arg !== '0') return true;
  return f.name.startsWith('fd.') || f.name.startsWith('k8s.');
}

/** Why a field may have no value, in words, for the messages. */
function whyMissing(f: FieldExpr): string {
  if (PARENT_FIELDS.has(f.name)) return 'the parent process is unknown to Falco';
  if (ANCESTOR_FIELDS.has(f.name)) return `the process has fewer than ${f.arg} ancestors known to Falco`;
  if (f.name.startsWith('fd.')) return 'the event has no file descriptor, or not that kind';
  if (f.name.startsWith('k8s.')) return 'the container does not run in Kubernetes';
  return 'Falco cannot extract it';
}

/**
 * True when the condition says what happens when the field has no value: `f exists and ...`
 * (silent then) or `not f exists or ...` (fires then). Either way the author decided, and both
 * hints below stay quiet; their quick fixes write exactly these forms, so neither hint fires on
 * the other's output (they used to: `!=` → `not f = x` → `f exists and not f = x`, i.e. `!=` again).
 */
function existsTested(ast: Expr, field: string): boolean {
  let found = false;
  visitExprs(ast, (v) => {
    if (v.node.kind === 'unaryCheck' && v.node.left.kind === 'field' && fieldText(v.node.left) === field) found = true;
  });
  return found;
}

function usesMacro(ast: Expr, name: string): boolean {
  let found = false;
  visitExprs(ast, (v) => {
    if (v.node.kind === 'identifier' && v.node.name === name) found = true;
  });
  return found;
}

/** `container.id != host` written out (what the container macro stands for). */
function testsContainerId(ast: Expr): boolean {
  let found = false;
  visitExprs(ast, (v) => {
    const n = v.node;
    if (n.kind === 'binaryCheck' && n.left.kind === 'field' && n.left.name === 'container.id' && n.op === '!=' && n.right.kind === 'value' && n.right.value === 'host') found = true;
  });
  return found;
}

function rhsText(check: BinaryCheckExpr, text: string): string {
  return text.slice(check.right.range.start, check.right.range.end);
}

function lintCondition(ctx: LintContext, pc: ParsedCondition): LintHint[] {
  const hints: LintHint[] = [];
  const cond = pc.item.condition!;
  const text = cond.value;
  const item = { kind: pc.item.kind, name: pc.item.name };
  const ruleFilter = pc.item.kind === 'rule' ? ctx.ruleFilters.get(pc.item.name) : undefined;
  for (const { check, parents } of binaryChecks(pc.ast)) {
    const f = plainField(check.left);
    if (!f) continue;
    const field = fieldText(f);
    const negated = negationDepth(parents) % 2 === 1;
    const range = toFileRange(cond, check.range);
    if (check.op === '!=' && !check.modifier && ANCESTOR_FIELDS.has(f.name) && f.arg === undefined) {
      const positive = `not ${field} = ${rhsText(check, text)}`;
      hints.push({
        code: 'FRP_LINT_ANCESTOR_NOT_EQUAL',
        severity: 'warning',
        message: `${field} without an index compares each ancestor and is true if ANY of them satisfies the check, so "${field} != ${rhsText(check, text)}" is true whenever one ancestor differs (nearly always: systemd is an ancestor). To say "no ancestor is ${rhsText(check, text)}", write ${positive}.`,
        range,
        item,
        fixes: [{ title: `Write ${positive}`, edits: [{ range, text: encodeForScalar(cond, positive) }] }],
      });
      continue;
    }
    if (!mayHaveNoValue(f)) {
      if (check.op === '!=' && !negated && f.name.startsWith('container.image') && !usesMacro(pc.ast, 'container') && !testsContainerId(pc.ast)) {
        hints.push({
          code: 'FRP_LINT_HOST_EMPTY_IMAGE',
          severity: 'info',
          message: `On the host ${field} is an empty string, so "${field} != ${rhsText(check, text)}" is true for every host process. Guard it with the container macro if the rule is about containers.`,
          range,
          item,
          // The stock `container` macro is (container.id != host); spelled out when it is not defined.
          fixes: [{
            title: 'Only in containers',
            edits: [{ range, text: encodeForScalar(cond, `(${ctx.macros.has('container') ? 'container' : 'container.id != host'} and ${text.slice(check.range.start, check.range.end)})`) }],
          }],
        });
      }
      continue;
    }
    if (check.op === '!=' && !negated && !check.modifier && !existsTested(pc.ast, field)) {
      const original = text.slice(check.range.start, check.range.end);
      const silent = `(${field} exists and ${original})`;
      const fires = `(not ${field} exists or ${original})`;
      hints.push({
        code: 'FRP_LINT_NOT_EQUAL_MISSING_VALUE',
        severity: 'info',
        message: `When ${field} has no value (${whyMissing(f)}), every comparison on it is false, "!=" included: this check is false and the rule stays silent for such processes (not ${field} = ${rhsText(check, text)} would be true). Say which you mean: ${silent} keeps today's behaviour, ${fires} also fires for them.`,
        range,
        item,
        fixes: [
          { title: `Keep it silent when ${field} has no value: ${silent}`, edits: [{ range, text: encodeForScalar(cond, silent) }] },
          { title: `Also fire when ${field} has no value: ${fires}`, edits: [{ range, text: encodeForScalar(cond, fires) }] },
        ],
      });
      continue;
    }
    if (negated && check.op !== '!=' && !existsTested(pc.ast, field)) {
      const notNode = [...parents].reverse().find((p) => p.kind === 'not');
      if (!notNode) continue;
      const notRange = toFileRange(cond, notNode.range);
      const original = text.slice(notNode.range.start, notNode.range.end);
      const rows = ctx.events
        .filter((e) => lintFieldValue(e.event, field) === null && (!ruleFilter || safe(() => ruleFilter(e.event))))
        .map((e) => e.sampleId);
      hints.push({
        code: 'FRP_LINT_NEGATION_MISSING_VALUE',
        severity: 'warning',
        message: `When ${field} has no value (${whyMissing(f)}), "${field} ${check.op} ${writeValueSafe(check, text)}" is false and the "not" makes it true: the rule fires for every such process. Guard it with "${field} exists" (the stock shell rules do), or write "not ${field} exists or" if firing for them is intended.`,
        range: notRange,
        item,
        fixes: [
          { title: `Add "${field} exists and"`, edits: [{ range: notRange, text: encodeForScalar(cond, `(${field} exists and ${original})`) }] },
          { title: `Keep firing when ${field} has no value, explicitly`, edits: [{ range: notRange, text: encodeForScalar(cond, `(not ${field} exists or ${original})`) }] },
        ],
        rows: rows.length ? rows : undefined,
      });
    }
  }
  return hints;
}

function writeValueSafe(check: BinaryCheckExpr, text: string): string {
  return check.right.kind === 'value' ? writeValue(check.right.value) : rhsText(check, text);
}

function safe(fn: () => boolean): boolean {
  try {
    return fn();
  } catch {
    return false;
  }
}

export const negationMissingCheck: LintCheck = (ctx) => ctx.conditions.flatMap((pc) => lintCondition(ctx, pc));
