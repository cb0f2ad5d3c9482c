import type { Expr } from '../../condition/ast';
import type { Range } from '../../text/range';
import { binaryChecks, groupRange, groupText, negationDepth, reorderChildren, rhsValues, visitExprs } from '../ast-util';
import type { RuleItemSource } from '../rules-source';
import { encodeForScalar, toFileRange, type ScalarSource } from '../scalar-map';
import type { LintCheck, LintContext, LintEdit, LintHint } from '../types';

/**
 * Structure and naming items of the Falco style guide (spec §6.3 items 1-4, 7-11, 22):
 * checks a reviewer of falcosecurity/rules would otherwise point out by hand.
 *
 * RULE_NAME has no quick fix: a rule's name is also the key under which the samples keep their
 * expected verdicts (Sample.expect) and under which other files append to or override it, none
 * of which is in this text; renaming it here alone would silently orphan them.
 */
const KEY_ORDER = ['rule', 'desc', 'condition', 'output', 'priority', 'tags'];
const NAME_STYLE = /^[a-z][a-z0-9_]*$/;

/**
 * Event types that are variants of one another (item 8 allows only those in one rule): the
 * `*at`, numbered and flag-taking versions of the same call.
 */
const EVTTYPE_FAMILY: Record<string, string> = {
  execve: 'execve', execveat: 'execve', open: 'open', openat: 'open', openat2: 'open', creat: 'open', open_by_handle_at: 'open',
  accept: 'accept', accept4: 'accept', rename: 'rename', renameat: 'rename', renameat2: 'rename', unlink: 'unlink', unlinkat: 'unlink',
  mkdir: 'mkdir', mkdirat: 'mkdir', link: 'link', linkat: 'link', symlink: 'symlink', symlinkat: 'symlink', chmod: 'chmod', fchmod: 'chmod',
  fchmodat: 'chmod', chown: 'chown', fchown: 'chown', lchown: 'chown', fchownat: 'chown', dup: 'dup', dup2: 'dup', dup3: 'dup',
  sendto: 'send', sendmsg: 'send', sendmmsg: 'send', recvfrom: 'recv', recvmsg: 'recv', recvmmsg: 'recv', clone: 'clone', clone3: 'clone',
  fork: 'clone', vfork: 'clone', pipe: 'pipe', pipe2: 'pipe', umount: 'umount', umount2: 'umount', mmap: 'mmap', mmap2: 'mmap',
  setuid: 'setuid', setresuid: 'setuid', setgid: 'setgid', setresgid: 'setgid', truncate: 'truncate', ftruncate: 'truncate',
};
/** Stock macros that stand for one family. */
const MACRO_FAMILY: Record<string, string> = { spawned_process: 'execve', open_write: 'open', open_read: 'open', open_directory: 'open', open_file_failed: 'open' };

function familyOf(evtType: string): string {
  return EVTTYPE_FAMILY[evtType] ?? evtType.replace(/\d+$/, '');
}

/** Restricts the event type: the spawned_process macro or a positive evt.type test. */
function restrictsEvtType(e: Expr): boolean {
  return (e.kind === 'identifier' && (e.name === 'spawned_process' || e.name in MACRO_FAMILY)) ||
    (e.kind === 'binaryCheck' && e.left.kind === 'field' && e.left.name === 'evt.type' && e.op !== '!=');
}

/** The `container` macro (or `container.id != host`) as a test on its own. */
function isContainerTest(e: Expr): boolean {
  return (e.kind === 'identifier' && e.name === 'container') ||
    (e.kind === 'binaryCheck' && e.left.kind === 'field' && e.left.name === 'container.id' && e.op === '!=' && e.right.kind === 'value' && e.right.value === 'host');
}

/**
 * Rewrites the keys of a block-mapping rule item in the style guide's order: each key moves with
 * its value and the comment lines after it, into the slots the ordered keys occupied (other keys
 * stay where they are). Undefined for flow mappings and for `|+` / `>+` scalars, whose trailing
 * blank lines are part of the value.
 */
function keyOrderEdit(text: string, it: RuleItemSource): LintEdit | undefined {
  const keys = it.keys;
  if (keys.length < 2) return undefined;
  for (const k of keys.slice(1)) {
    const lineStart = text.lastIndexOf('\n', k.range.start - 1) + 1;
    if (text.slice(lineStart, k.range.start).trim() !== '') return undefined;
  }
  let end = it.range.end;
  while (end > keys[0].range.start && /\s/.test(text[end - 1])) end--;
  const body = text.slice(keys[0].range.start, end);
  if (/[|>][0-9]*\+/.test(body)) return undefined;
  const cores: string[] = [];
  const seps: string[] = [];
  keys.forEach((k, i) => {
    const span = text.slice(k.range.start, i + 1 < keys.length ? keys[i + 1].range.start : end);
    const core = span.replace(/\s+$/, '');
    cores.push(core);
    seps.push(span.slice(core.length));
  });
  const slots = keys.map((k, i) => (KEY_ORDER.includes(k.key) ? i : -1)).filter((i) => i >= 0);
  const ordered = [...slots].sort((a, b) => KEY_ORDER.indexOf(keys[a].key) - KEY_ORDER.indexOf(keys[b].key));
  const placed = keys.map((_, i) => i);
  slots.forEach((slot, j) => (placed[slot] = ordered[j]));
  const out = placed.map((from, i) => cores[from] + seps[i]).join('');
  return { range: { start: keys[0].range.start, end }, text: out };
}

/**
 * Renames a macro or list of the user's file to lowercase_with_underscores, with its uses in this
 * file. Undefined when that is not safe: the new name is taken, the name is defined in the base
 * ruleset (the item redefines it), or the name occurs somewhere we did not rewrite (exceptions
 * values, another item's text), where leaving it would silently change meaning.
 */
function renameEdits(ctx: LintContext, it: RuleItemSource): { name: string; edits: LintEdit[] } | undefined {
  const name = it.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9_]+/g, '_').toLowerCase().replace(/^_+|_+$/g, '');
  if (!NAME_STYLE.test(name) || name === it.name || ctx.macros.has(name) || ctx.lists.has(name) || ctx.baseDefinitions.has(`${it.kind}:${it.name}`)) return undefined;
  const edits: LintEdit[] = [];
  for (const other of ctx.source.items) {
    if (other.kind === it.kind && other.name === it.name) edits.push({ range: other.nameRange, text: name });
    if (it.kind === 'list' && other.kind === 'list') for (const x of other.items ?? []) if (x.value === it.name) edits.push({ range: x.range, text: name });
  }
  for (const pc of ctx.conditions) {
    const cond = pc.item.condition!;
    visitExprs(pc.ast, (v) => {
      const n = v.node;
      if (it.kind === 'macro' && n.kind === 'identifier' && n.name === it.name) edits.push({ range: toFileRange(cond, n.range), text: name });
      if (it.kind !== 'list' || n.kind !== 'binaryCheck') return;
      if (n.right.kind === 'identifier' && n.right.name === it.name) edits.push({ range: toFileRange(cond, n.right.range), text: name });
      for (const x of rhsValues(n)) if (!x.quoted && x.value === it.name) edits.push({ range: toFileRange(cond, x.range), text: name });
    });
  }
  const escaped = it.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const occurrences = ctx.rulesText.match(new RegExp(`(?<![A-Za-z0-9_.-])${escaped}(?![A-Za-z0-9_.-])`, 'g'))?.length ?? 0;
  if (occurrences !== edits.length) return undefined;
  return { name, edits };
}

/** Edits (in the file) for edits computed in a condition's value. */
function inFile(cond: ScalarSource, edits: { range: Range; text: string }[]): LintEdit[] {
  return edits.map((e) => ({ range: toFileRange(cond, e.range), text: encodeForScalar(cond, e.text) }));
}

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
        const edit = keyOrderEdit(ctx.rulesText, it);
        hints.push({
          code: 'FRP_LINT_KEY_ORDER',
          severity: 'info',
          message: `Keys read best in the order ${expected.join(', ')} (style guide).`,
          range: it.nameRange,
          item,
          fixes: edit ? [{ title: `Order the keys ${expected.join(', ')}`, edits: [edit] }] : undefined,
        });
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
        hints.push({
          code: 'FRP_LINT_PRIORITY_DEBUG',
          severity: 'info',
          message: 'Upstream rules use at least INFO; DEBUG alerts are dropped by most deployments (style guide).',
          range: it.priority.range,
          item,
          fixes: [{ title: 'Use INFO', edits: [{ range: it.priority.range, text: 'INFO' }] }],
        });
      }
    }
    if ((it.kind === 'macro' || it.kind === 'list') && !it.isOverride && !NAME_STYLE.test(it.name)) {
      const rename = renameEdits(ctx, it);
      hints.push({
        code: 'FRP_LINT_NAME_STYLE',
        severity: 'info',
        message: `${it.kind === 'macro' ? 'Macro' : 'List'} names are lowercase_with_underscores (style guide).`,
        range: it.nameRange,
        item,
        fixes: rename ? [{ title: `Rename to ${rename.name} (and its uses in this file)`, edits: rename.edits }] : undefined,
      });
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
    const text = cond.value;
    visitExprs(pc.ast, (v) => {
      const n = v.node;
      if (n.kind === 'not' && n.child.kind === 'not') {
        // `not not X` is X, for every event (a check without value is false, and two negations
        // give it back): the fix writes X with the parentheses it had.
        hints.push({
          code: 'FRP_LINT_DOUBLE_NEGATION',
          severity: 'info',
          message: 'Double negation: "not not X" is X. Write the positive form (style guide).',
          range: toFileRange(cond, n.range),
          item,
          fixes: [{ title: 'Remove "not not"', edits: inFile(cond, [{ range: n.range, text: groupText(text, n.child.child) }]) }],
        });
      }
      // Item 11: exclusions are written `and not <positive expression>`. An or of negations is
      // one exclusion spelled inside out; De Morgan gives it back exactly (a check without value
      // is simply false on both sides).
      if (n.kind === 'or' && n.children.length > 1 && n.children.every((c) => c.kind === 'not')) {
        const inner = n.children.map((c) => groupText(text, (c as Extract<Expr, { kind: 'not' }>).child));
        hints.push({
          code: 'FRP_LINT_NEGATED_OR',
          severity: 'info',
          message: `"${n.children.map(() => 'not …').join(' or ')}" is one exclusion written inside out: write it as not (${inner.join(' and ')}) (style guide: exclusions are "and not <positive expression>").`,
          range: toFileRange(cond, n.range),
          item,
          fixes: [{ title: 'Write it as one "not (... and ...)"', edits: inFile(cond, [{ range: n.range, text: `not (${inner.join(' and ')})` }]) }],
        });
      }
    });
    if (pc.item.kind !== 'rule') continue;
    const top = pc.ast.kind === 'and' ? pc.ast : undefined;
    // The event-type restriction comes first (style guide): Falco indexes rules by event type.
    if (top) {
      const first = top.children[0];
      const later = top.children.slice(1).find(restrictsEvtType);
      if (!restrictsEvtType(first) && later) {
        const order = [later, ...top.children.filter((c) => c !== later)];
        hints.push({
          code: 'FRP_LINT_EVTTYPE_FIRST',
          severity: 'info',
          message: 'Put the event-type restriction first in the condition (style guide).',
          range: toFileRange(cond, later.range),
          item,
          // `and` has no order in Falco's semantics (no side effects): moving a conjunct keeps every verdict.
          fixes: [{ title: 'Move it first', edits: inFile(cond, reorderChildren(text, top, order)) }],
        });
      } else if (restrictsEvtType(first)) {
        // Item 10: `container` right after the event-type filter.
        const ci = top.children.findIndex(isContainerTest);
        if (ci > 1) {
          const c = top.children[ci];
          const order = [first, c, ...top.children.slice(1).filter((x) => x !== c)];
          hints.push({
            code: 'FRP_LINT_CONTAINER_EARLY',
            severity: 'info',
            message: 'Place the container test right after the event-type restriction (style guide).',
            range: toFileRange(cond, c.range),
            item,
            fixes: [{ title: 'Move it after the event type', edits: inFile(cond, reorderChildren(text, top, order)) }],
          });
        }
      }
    }
    // Item 8: one kind of event per rule (variants such as open/openat/openat2 only).
    const families = new Map<string, string>();
    visitExprs(pc.ast, (v) => {
      const n = v.node;
      if (negationDepth(v.parents) % 2 === 1) return;
      if (n.kind === 'identifier' && MACRO_FAMILY[n.name]) families.set(MACRO_FAMILY[n.name], n.name);
      if (n.kind === 'binaryCheck' && n.left.kind === 'field' && n.left.name === 'evt.type' && ['=', '==', 'in'].includes(n.op)) {
        for (const x of rhsValues(n)) if (!families.has(familyOf(x.value))) families.set(familyOf(x.value), x.value);
      }
    });
    if (families.size > 1) {
      // No quick fix: splitting a rule in two (names, outputs, priorities) is the author's design.
      hints.push({
        code: 'FRP_LINT_MIXED_EVTTYPES',
        severity: 'info',
        message: `This rule mixes unrelated event types (${[...families.values()].join(', ')}): the style guide keeps one kind of event per rule (variants such as open, openat, openat2 are fine). Split it into one rule per kind.`,
        range: pc.item.nameRange,
        item,
      });
    }
  }
  return hints;
};
