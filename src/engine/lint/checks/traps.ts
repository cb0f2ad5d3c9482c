import type { Expr } from '../../condition/ast';
import { binaryChecks, fieldText, plainField, quoteValue, removalRange, visitExprs } from '../ast-util';
import { encodeForScalar, toFileRange } from '../scalar-map';
import type { LintCheck, LintContext, LintHint, ParsedCondition } from '../types';

/**
 * Other traps of spec §7 that can be seen in the condition text alone.
 */
const JOINED = new Set(['proc.args', 'proc.cmdline', 'proc.pcmdline', 'proc.exeline']);
const PATH_FIELDS = new Set(['proc.exepath', 'proc.exe', 'proc.pexepath', 'proc.pexe', 'proc.cwd', 'fd.name', 'fd.directory', 'fd.filename', 'evt.arg.filename', 'evt.arg.path']);
const FIELD_CLASSES = /^(proc|user|group|evt|fd|container|k8s|thread|fs|spawned)\.[a-z_]+(\.[a-z_]+)*$/;
/** Regex metacharacters (POSIX ERE as RE2 reads it). */
const REGEX_META = /[\\^$.|?*+()[\]{}]/;

function lintCondition(ctx: LintContext, pc: ParsedCondition): LintHint[] {
  const hints: LintHint[] = [];
  const cond = pc.item.condition!;
  const text = cond.value;
  const item = { kind: pc.item.kind, name: pc.item.name };

  // evt.dir: enter events are gone since Falco 0.42; `evt.dir=<` is always true, `evt.dir=>` never.
  visitExprs(pc.ast, (v) => {
    const n = v.node;
    if (n.kind !== 'binaryCheck' || n.left.kind !== 'field' || n.left.name !== 'evt.dir') return;
    const parent = v.parents[v.parents.length - 1];
    const value = n.right.kind === 'value' ? n.right.value : '';
    const fixes =
      parent && parent.kind === 'and' && (value === '<' && n.op === '=' || value === '>' && n.op === '!=')
        ? [{ title: 'Remove the evt.dir check (always true)', edits: [{ range: toFileRange(cond, removalRange(parent, parent.children.indexOf(n))), text: '' }] }]
        : undefined;
    hints.push({
      code: 'FRP_LINT_EVT_DIR',
      severity: 'warning',
      message: `evt.dir is deprecated: since Falco 0.42 only exit events exist, so evt.dir=< is always true and evt.dir=> never matches (LOAD_DEPRECATED_ITEM).`,
      range: toFileRange(cond, n.range),
      item,
      fixes,
    });
  });

  for (const { check } of binaryChecks(pc.ast)) {
    const f = plainField(check.left);
    if (!f) continue;
    const field = fieldText(f);
    const range = toFileRange(cond, check.range);
    const rhs = check.right.kind === 'value' ? check.right : undefined;
    const replace = (title: string, t: string) => ({ title, edits: [{ range, text: encodeForScalar(cond, t) }] });

    if (check.op === 'regex' && rhs) {
      const p = rhs.value;
      const core = p.replace(/^\^/, '').replace(/\$$/, '');
      if (!REGEX_META.test(core) && !/^\.\*|\.\*$/.test(p)) {
        hints.push({
          code: 'FRP_LINT_REGEX_FULL_MATCH',
          severity: 'warning',
          message: `regex must match the WHOLE value (RE2 full match), so "${field} regex ${quoteValue(p)}" is just an equality test. If you mean "contains", write contains (or '.*${core}.*').`,
          range,
          item,
          fixes: [replace(`Use ${field} contains ${quoteValue(core)}`, `${field} contains ${quoteValue(core)}`), replace(`Use ${field} = ${quoteValue(core)}`, `${field} = ${quoteValue(core)}`)],
        });
      } else if (/\\[dwsb]/i.test(p)) {
        hints.push({
          code: 'FRP_LINT_REGEX_PERL_CLASS',
          severity: 'warning',
          message: 'Falco\'s regex is POSIX (egrep) syntax: \\d, \\w, \\s and \\b are not available; use [0-9], [[:alnum:]_], [[:space:]].',
          range,
          item,
        });
      }
    }

    if ((check.op === 'glob' || check.op === 'iglob') && rhs && PATH_FIELDS.has(f.name) && /\/[^/]*\*/.test(rhs.value)) {
      hints.push({
        code: 'FRP_LINT_GLOB_CROSSES_SLASH',
        severity: 'info',
        message: `glob is fnmatch without FNM_PATHNAME: "*" also matches "/", so ${quoteValue(rhs.value)} matches files in every subdirectory too (and glob is case-sensitive). Use pmatch or count the path components if you mean one directory level.`,
        range,
        item,
      });
    }

    if (rhs && FIELD_CLASSES.test(rhs.value) && ['=', '==', '!=', '<', '<=', '>', '>='].includes(check.op)) {
      const t = `${field} ${check.op} val(${rhs.value})`;
      hints.push({
        code: 'FRP_LINT_FIELD_AS_VALUE',
        severity: 'warning',
        message: `"${rhs.value}" is compared as text, not as a field (Falco warns: may be a valid field misused as a const string value). To compare two fields write val(${rhs.value}).`,
        range,
        item,
        fixes: [replace(`Use val(${rhs.value})`, t)],
      });
    }

    if (rhs && JOINED.has(field) && /["']/.test(rhs.value) && ['contains', 'icontains', 'startswith', 'endswith', '=', '=='].includes(check.op)) {
      const stripped = rhs.value.replace(/["']/g, '');
      hints.push({
        code: 'FRP_LINT_QUOTES_IN_ARGS',
        severity: 'warning',
        message: `The shell removes quotes before the program runs, and ${field} joins the arguments with plain spaces, so the quote characters in ${quoteValue(rhs.value)} are only there when they were nested inside another argument (as in sh -c '...'). A typed command like --comment "-F test" reaches Falco as --comment -F test.`,
        range,
        item,
        fixes: [replace('Remove the quotes from the value', `${field} ${check.op} ${quoteValue(stripped)}`)],
      });
    }

    if (rhs && (field === 'proc.cmdline' || field === 'proc.pcmdline') && ['startswith', '=', '=='].includes(check.op) && rhs.value.startsWith('/')) {
      const firstWord = rhs.value.split(' ')[0];
      const base = firstWord.slice(firstWord.lastIndexOf('/') + 1);
      const t = `${field} ${check.op} ${quoteValue(base + rhs.value.slice(firstWord.length))}`;
      hints.push({
        code: 'FRP_LINT_CMDLINE_STARTS_WITH_PATH',
        severity: 'warning',
        message: `${field} starts with the process name (the basename, at most 15 bytes), never with a path: it can never ${check.op === 'startswith' ? 'start with' : 'equal'} "${rhs.value}". Match the name, or check proc.exepath for the path.`,
        range,
        item,
        fixes: [replace(`Use ${base}`, t)],
      });
    }

    if (rhs && (f.name === 'proc.name' || f.name === 'proc.pname') && ['=', '==', 'startswith'].includes(check.op) && rhs.value.includes(' ')) {
      const cmdField = f.name === 'proc.name' ? 'proc.cmdline' : 'proc.pcmdline';
      hints.push({
        code: 'FRP_LINT_NAME_WITH_SPACES',
        severity: 'warning',
        message: `${field} is only the program's name, never followed by its arguments, so it cannot ${check.op === 'startswith' ? 'start with' : 'equal'} "${rhs.value}". ${cmdField} holds the name and the arguments.`,
        range,
        item,
        fixes: [replace(`Use ${cmdField}`, `${cmdField} ${check.op} ${quoteValue(rhs.value)}`)],
      });
    } else if (rhs && (f.name === 'proc.name' || f.name === 'proc.pname') && ['=', '==', 'startswith'].includes(check.op) && rhs.value.includes('/')) {
      const base = rhs.value.slice(rhs.value.lastIndexOf('/') + 1);
      hints.push({
        code: 'FRP_LINT_NAME_WITH_PATH',
        severity: 'warning',
        message: `${field} is the program's file name without directories, so it never contains "/". Compare with "${base}" or use proc.exepath for the full path.`,
        range,
        item,
        fixes: base ? [replace(`Use ${base}`, `${field} ${check.op} ${quoteValue(base)}`)] : undefined,
      });
    }

    if (rhs && f.name === 'proc.exe' && check.op === 'startswith' && rhs.value.startsWith('/')) {
      hints.push({
        code: 'FRP_LINT_EXE_IS_ARGV0',
        severity: 'info',
        message: 'proc.exe is argv[0] exactly as the caller typed it: a program started through PATH has proc.exe "curl", not "/usr/bin/curl", and argv[0] can be anything (exec -a). Use proc.exepath for the resolved path.',
        range,
        item,
        fixes: [replace('Use proc.exepath', `proc.exepath startswith ${quoteValue(rhs.value)}`)],
      });
    }

    if (rhs && f.name === 'proc.exepath' && ['=', '=='].includes(check.op) && /^\/(bin|sbin|lib)\//.test(rhs.value)) {
      hints.push({
        code: 'FRP_LINT_EXEPATH_SYMLINK',
        severity: 'info',
        message: `proc.exepath is the resolved file: on merged-/usr systems ${rhs.value} is /usr${rhs.value}${rhs.value === '/bin/sh' ? ', and /bin/sh itself is /usr/bin/dash on Debian' : ''}.`,
        range,
        item,
      });
    }

  }
  return hints;
}

export const trapsCheck: LintCheck = (ctx) => ctx.conditions.flatMap((pc) => lintCondition(ctx, pc));
