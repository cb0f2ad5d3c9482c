import type { BinaryCheckExpr, Expr } from '../../condition/ast';
import { scriptInvocation } from '../../sample/binaries';
import { binaryChecks, fieldText, plainField, quoteValue, rhsValues } from '../ast-util';
import { encodeForScalar, toFileRange } from '../scalar-map';
import type { LintCheck, LintHint, ParsedCondition } from '../types';

/**
 * Scripts run through their interpreter (spec §4 worked cases, issue 6 lesson 7). On Debian
 * `service falco stop` reaches Falco as `/bin/sh /usr/sbin/service falco stop`: proc.name is still
 * `service` (the file executed) but proc.args is `/usr/sbin/service falco stop`, so a test on the
 * START of proc.args (startswith, =, an indexed proc.args[N]) misses it. The same holds for
 * proc.cmdline, which is comm followed by those arguments.
 *
 * The hint only concerns checks in the same conjunction as the `proc.name = <script>` test: a
 * `startswith "stop "` in the systemctl branch of the seed rule is not about `service`.
 */

/** Programs that are `#!` scripts on Debian 12 (the sample model knows the paths of most of them). */
const DEBIAN_SCRIPTS = new Set(['service', 'invoke-rc.d', 'which', 'egrep', 'fgrep', 'zgrep', 'ldd', 'update-rc.d', 'deb-systemd-invoke', 'gunzip', 'zcat']);

function isScript(name: string): boolean {
  return DEBIAN_SCRIPTS.has(name) || scriptInvocation(name) !== undefined;
}

/** Script names tested with proc.name = / in among the conjuncts of `e` (into nested ands only). */
function nameGuards(e: Expr, out: { scripts: Set<string>; others: number }): void {
  if (e.kind === 'and') {
    for (const c of e.children) nameGuards(c, out);
    return;
  }
  if (e.kind !== 'binaryCheck' || e.left.kind !== 'field' || e.left.name !== 'proc.name' || e.left.arg !== undefined) return;
  if (!['=', '==', 'in'].includes(e.op) || e.modifier) return;
  for (const v of rhsValues(e)) {
    if (isScript(v.value)) out.scripts.add(v.value);
    else out.others++;
  }
}

/**
 * The scripts the check is about: the nearest enclosing `and` that tests proc.name decides (a
 * branch `proc.name = systemctl and ...` nested in a rule about `service` is about systemctl).
 */
function guardsOf(check: Expr, parents: Expr[]): string[] {
  for (let d = parents.length - 1; d >= 0; d--) {
    const p = parents[d];
    if (p.kind !== 'and') continue;
    const onPath = d + 1 < parents.length ? parents[d + 1] : check;
    const found = { scripts: new Set<string>(), others: 0 };
    for (const c of p.children) if (c !== onPath) nameGuards(c, found);
    if (found.scripts.size || found.others) return [...found.scripts];
  }
  return [];
}

interface Affected {
  field: string;
  op: string;
  value: string;
  /** proc.args[N]: N. */
  index?: number;
}

function affected(check: BinaryCheckExpr): Affected | undefined {
  const f = plainField(check.left);
  if (!f || check.modifier || check.right.kind !== 'value') return undefined;
  const value = check.right.value;
  if (f.name === 'proc.args' && f.arg === undefined && ['startswith', '=', '=='].includes(check.op)) return { field: 'proc.args', op: check.op, value };
  if (f.name === 'proc.args' && f.arg !== undefined && /^\d+$/.test(f.arg)) return { field: fieldText(f), op: check.op, value, index: Number(f.arg) };
  if (f.name === 'proc.cmdline' && f.arg === undefined && ['startswith', '=', '=='].includes(check.op)) return { field: 'proc.cmdline', op: check.op, value };
  return undefined;
}

/**
 * The condition text matching `a` when `script` runs through its interpreter, or undefined when
 * the sample model does not know how it is run and no looser form is still correct.
 */
function scriptForm(a: Affected, script: string): string | undefined {
  const inv = scriptInvocation(script);
  if (a.field === 'proc.cmdline') {
    // comm, then the interpreter's arguments: "service /usr/sbin/service falco stop".
    if (!inv || !a.value.startsWith(script + ' ')) return undefined;
    return `proc.cmdline ${a.op} ${quoteValue(`${script} ${inv.prefix.join(' ')}${a.value.slice(script.length)}`)}`;
  }
  if (a.index !== undefined) {
    // Every argument moves right by what the kernel inserts; unknown scripts: not known by how much.
    return inv ? `proc.args[${a.index + inv.prefix.length}] ${a.op} ${writeOperand(a.value)}` : undefined;
  }
  if (inv) return `proc.args ${a.op} ${quoteValue(`${inv.prefix.join(' ')} ${a.value}`)}`;
  // Without the script's path: the user's first argument follows a space (looser, still exact
  // for the non-script case which the original check keeps covering).
  return a.op === 'startswith' ? `proc.args contains ${quoteValue(' ' + a.value)}` : `proc.args endswith ${quoteValue(' ' + a.value)}`;
}

function writeOperand(v: string): string {
  return quoteValue(v);
}

/** A disjunct next to the check that already matches the script form (no hint then). */
function covers(sibling: Expr, a: Affected, forms: string[], text: string): boolean {
  const written = text.slice(sibling.range.start, sibling.range.end).replace(/\s+/g, ' ');
  if (forms.includes(written)) return true;
  if (sibling.kind !== 'binaryCheck' || sibling.right.kind !== 'value' || a.index !== undefined || a.field !== 'proc.args') return false;
  const f = plainField(sibling.left);
  if (!f || fieldText(f) !== 'proc.args') return false;
  const after = ' ' + a.value;
  const x = sibling.right.value;
  if (sibling.op === 'contains' || sibling.op === 'icontains') return x !== '' && after.includes(x);
  if (sibling.op === 'endswith' && a.op !== 'startswith') return x !== '' && after.endsWith(x);
  return false;
}

function lintCondition(pc: ParsedCondition): LintHint[] {
  const hints: LintHint[] = [];
  const cond = pc.item.condition!;
  const text = cond.value;
  for (const { check, parents } of binaryChecks(pc.ast)) {
    const a = affected(check);
    if (!a) continue;
    let scripts = guardsOf(check, parents);
    if (a.field === 'proc.cmdline') {
      const first = a.value.split(' ')[0];
      scripts = isScript(first) && a.value.includes(' ') ? [first] : [];
    }
    if (!scripts.length) continue;
    const forms = scripts.map((s) => scriptForm(a, s));
    const parent = parents[parents.length - 1];
    const siblings = parent && parent.kind === 'or' ? parent.children.filter((c) => c !== check) : [];
    const known = forms.filter((f): f is string => f !== undefined);
    if (siblings.length && scripts.every((_, i) => siblings.some((s) => covers(s, a, forms[i] ? [forms[i]!] : [], text)))) continue;
    // The check is itself the script form of a disjunct next to it (the output of this fix).
    const written = text.slice(check.range.start, check.range.end).replace(/\s+/g, ' ');
    if (siblings.some((s) => s.kind === 'binaryCheck' && scripts.some((sc) => { const sa = affected(s); return sa !== undefined && scriptForm(sa, sc) === written; }))) continue;
    const range = toFileRange(cond, check.range);
    const original = text.slice(check.range.start, check.range.end).replace(/\s*\n\s*/g, ' ');
    const inv = scriptInvocation(scripts[0]);
    const shown = inv ? `proc.exe ${inv.interpreter} and proc.args "${inv.prefix.join(' ')} ..."` : 'the interpreter as proc.exe and the script path first in proc.args';
    hints.push({
      code: 'FRP_LINT_SCRIPT_INTERPRETER',
      severity: 'info',
      message: `${scripts.join(', ')} ${scripts.length > 1 ? 'are' : 'is a'} #! script${scripts.length > 1 ? 's' : ''} on Debian: the kernel runs ${scripts.length > 1 ? 'them' : 'it'} through the interpreter, so Falco sees ${shown} (the script path comes before the arguments). A check on the start of ${a.field === 'proc.cmdline' ? 'proc.cmdline' : 'proc.args'} misses it.`,
      range,
      item: { kind: pc.item.kind, name: pc.item.name },
      fixes: known.length === forms.length
        ? [{ title: `Also match ${scripts.join(', ')} run through ${scripts.length > 1 ? 'their interpreters' : 'its interpreter'}`, edits: [{ range, text: encodeForScalar(cond, `(${[original, ...known].join(' or ')})`) }] }]
        : undefined,
    });
  }
  return hints;
}

export const scriptInterpreterCheck: LintCheck = (ctx) => ctx.conditions.flatMap((pc) => lintCondition(pc));
