import type { BinaryCheckExpr, Expr } from '../../condition/ast';
import { realPath, resolveProgram } from '../../sample/binaries';
import { binaryChecks, fieldText, negationDepth, plainField, quoteValue, removalRange, rhsValues, visitExprs } from '../ast-util';
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
/** Names of comm fields (the kernel's task name: exact bytes, case included). */
const COMM_FIELDS = new Set(['proc.name', 'proc.pname', 'proc.aname', 'proc.sname']);
/** Programs a rule is likely to name, for telling `Curl` from a program really called so. */
const COMMON_PROGRAMS = new Set(
  'bash sh dash zsh ksh ash csh tcsh busybox curl wget nc ncat netcat socat nmap python python2 python3 perl ruby php node java ssh sshd scp sftp sudo su systemctl service iptables ip6tables nft kubectl docker crictl tcpdump chmod chown mount umount useradd passwd crontab tar gzip base64 openssl git vi vim nano awk sed grep find'.split(' '),
);
/** execve flags as evt.arg.flags renders them (bits joined by |), and the boolean field for each. */
const EXE_FLAG_FIELDS: Record<string, string> = {
  EXE_WRITABLE: 'proc.is_exe_writable', EXE_UPPER_LAYER: 'proc.is_exe_upper_layer', EXE_FROM_MEMFD: 'proc.is_exe_from_memfd', EXE_LOWER_LAYER: 'proc.is_exe_lower_layer',
};
/** Environment variables people look for in command lines (plus any NAME=value form). */
const ENV_NAMES = new Set(['LD_PRELOAD', 'LD_LIBRARY_PATH', 'LD_AUDIT', 'LD_DEBUG', 'HISTFILE', 'HISTFILESIZE', 'HISTSIZE', 'HISTCONTROL', 'PROMPT_COMMAND', 'BASH_ENV', 'PYTHONPATH', 'PERL5LIB', 'PERL5OPT', 'RUBYOPT', 'NODE_OPTIONS', 'http_proxy', 'https_proxy', 'HTTP_PROXY', 'HTTPS_PROXY']);

/**
 * Perl classes rewritten in POSIX bracket syntax (RE2 in POSIX mode has none of them). Undefined
 * when the pattern has one without an equivalent: \b / \B (POSIX ERE has no word boundary) or a
 * negated class inside brackets.
 */
export function posixClasses(p: string): string | undefined {
  const outside: Record<string, string> = { d: '[0-9]', D: '[^0-9]', w: '[[:alnum:]_]', W: '[^[:alnum:]_]', s: '[[:space:]]', S: '[^[:space:]]' };
  const inside: Record<string, string> = { d: '0-9', w: '[:alnum:]_', s: '[:space:]' };
  let out = '';
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\' && i + 1 < p.length) {
      const n = p[++i];
      const table = inClass ? inside : outside;
      if (n in table) out += table[n];
      else if (/[bBDWS]/.test(n)) return undefined;
      else out += c + n;
      continue;
    }
    if (!inClass && c === '[') {
      inClass = true;
      out += c;
      if (p[i + 1] === '^') out += p[++i];
      if (p[i + 1] === ']') out += p[++i];
      continue;
    }
    if (inClass && c === '[' && p[i + 1] === ':') {
      const end = p.indexOf(':]', i + 2);
      if (end > 0) {
        out += p.slice(i, end + 2);
        i = end + 1;
        continue;
      }
    }
    if (inClass && c === ']') inClass = false;
    out += c;
  }
  return out;
}

/**
 * The glob `pattern` with each wildcard kept inside one path component, as
 * `f glob P and not f glob Q`: Q matches the values with more `/` after P's literal prefix than P
 * has, and since each `/` of P must then meet a `/` of the value, no wildcard can cross one
 * (FNM_PATHNAME semantics). Undefined for patterns with brackets or escapes, where a `/` may
 * hide in a class.
 */
export function deeperGlob(pattern: string): string | undefined {
  if (/[[\]\\]/.test(pattern)) return undefined;
  const firstWild = pattern.search(/[*?]/);
  if (firstWild < 0) return undefined;
  const prefix = pattern.slice(0, pattern.lastIndexOf('/', firstWild) + 1);
  const slashes = (pattern.slice(prefix.length).match(/\//g) ?? []).length;
  return prefix + '*/'.repeat(slashes + 1) + '*';
}

/** The sibling of `check` in its enclosing and that is `not <field> <op> <value>`, if any. */
function negatedSibling(parents: Expr[], check: Expr, field: string, op: string, value: string): boolean {
  const and = parents[parents.length - 1];
  if (!and || and.kind !== 'and') return false;
  return and.children.some((c) => c !== check && c.kind === 'not' && c.child.kind === 'binaryCheck' && c.child.op === op &&
    c.child.left.kind === 'field' && fieldText(c.child.left) === field && c.child.right.kind === 'value' && c.child.right.value === value);
}

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
    const alwaysTrue = (value === '<' && (n.op === '=' || n.op === '==')) || (value === '>' && n.op === '!=');
    const neverTrue = (value === '>' && (n.op === '=' || n.op === '==')) || (value === '<' && n.op === '!=');
    // In an and-chain: an always-true test goes without changing anything; a never-true one made
    // the rule dead since 0.42 (it was about enter events, which are gone) and removing it lets the
    // rule run on the exit event, the only one left. In an or, removing either changes what the
    // other branches mean, so no fix is offered there.
    const removal = parent && parent.kind === 'and' ? { range: toFileRange(cond, removalRange(parent, parent.children.indexOf(n))), text: '' } : undefined;
    const fixes = removal && alwaysTrue
      ? [{ title: 'Remove the evt.dir check (always true)', edits: [removal] }]
      : removal && neverTrue
        ? [{ title: 'Remove the evt.dir check (never true: the rule then runs on exit events, the only ones left)', edits: [removal] }]
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

  // Trap 13: proc.env[X] and proc.args[N] give "" rather than no value, so `exists` is always true.
  visitExprs(pc.ast, (v) => {
    const n = v.node;
    if (n.kind !== 'unaryCheck' || n.left.kind !== 'field' || n.left.arg === undefined) return;
    if (n.left.name !== 'proc.env' && !(n.left.name === 'proc.args' && /^\d+$/.test(n.left.arg))) return;
    const field = fieldText(n.left);
    const range = toFileRange(cond, n.range);
    const negated = negationDepth(v.parents) % 2 === 1;
    hints.push({
      code: 'FRP_LINT_EXISTS_ALWAYS_TRUE',
      severity: 'warning',
      message: `${field} is "" (not "no value") when ${n.left.name === 'proc.env' ? 'the variable is unset' : 'there are fewer arguments'}, so "${field} exists" is always ${negated ? 'true and the not makes it always false' : 'true'}. Test ${field} != "" instead.`,
      range,
      item,
      fixes: [{ title: `Use ${field} != ""`, edits: [{ range, text: encodeForScalar(cond, `${field} != ""`) }] }],
    });
  });

  for (const { check, parents } of binaryChecks(pc.ast)) {
    const f = plainField(check.left);
    if (!f) continue;
    const field = fieldText(f);
    const range = toFileRange(cond, check.range);
    const original = text.slice(check.range.start, check.range.end).replace(/\s*\n\s*/g, ' ');
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
        // \b has no POSIX ERE equivalent: then no fix (what the author meant by a boundary is theirs to say).
        const posix = posixClasses(p);
        hints.push({
          code: 'FRP_LINT_REGEX_PERL_CLASS',
          severity: 'warning',
          message: 'Falco\'s regex is POSIX (egrep) syntax: \\d, \\w, \\s and \\b are not available; use [0-9], [[:alnum:]_], [[:space:]].',
          range,
          item,
          fixes: posix !== undefined ? [replace('Use POSIX classes', `${field} regex ${quoteValue(posix)}`)] : undefined,
        });
      }
    }

    if ((check.op === 'glob' || check.op === 'iglob') && rhs && PATH_FIELDS.has(f.name) && /\/[^/]*\*/.test(rhs.value)) {
      const deeper = deeperGlob(rhs.value);
      // Quiet on the fix's own output: the glob already has its `and not ... glob <deeper>`, and
      // that negated deeper glob is the partner of a sibling glob.
      const bounded = deeper !== undefined && negatedSibling(parents, check, field, check.op, deeper);
      const parentNot = parents[parents.length - 1];
      const isPartner = parentNot?.kind === 'not' && parents.length >= 2 && (() => {
        const and = parents[parents.length - 2];
        return and.kind === 'and' && and.children.some((c) => c.kind === 'binaryCheck' && c.op === check.op && c.left.kind === 'field' &&
          fieldText(c.left) === field && c.right.kind === 'value' && deeperGlob(c.right.value) === rhs.value);
      })();
      if (!bounded && !isPartner) {
        hints.push({
          code: 'FRP_LINT_GLOB_CROSSES_SLASH',
          severity: 'info',
          message: `glob is fnmatch without FNM_PATHNAME: "*" also matches "/", so ${quoteValue(rhs.value)} matches files in every subdirectory too (and glob is case-sensitive). Use pmatch or count the path components if you mean one directory level.`,
          range,
          item,
          fixes: deeper !== undefined
            ? [replace('Let each wildcard match within one path component', `(${original} and not ${field} ${check.op} ${quoteValue(deeper)})`)]
            : undefined,
        });
      }
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
      // The sample model's merged-/usr and symlink table (sample/binaries.ts) gives the real file.
      const real = realPath(rhs.value);
      hints.push({
        code: 'FRP_LINT_EXEPATH_SYMLINK',
        severity: 'info',
        message: `proc.exepath is the resolved file: on merged-/usr systems ${rhs.value} is /usr${rhs.value}${rhs.value === '/bin/sh' ? ', and /bin/sh itself is /usr/bin/dash on Debian' : ''}.`,
        range,
        item,
        fixes: real !== rhs.value ? [replace(`Use ${real} (what ${rhs.value} resolves to on Debian 12)`, `${field} ${check.op} ${real}`)] : undefined,
      });
    }


    // Trap 9: comm is compared byte for byte; `proc.name = Curl` never matches curl.
    if (COMM_FIELDS.has(f.name) && ['=', '==', '!=', 'in', 'startswith'].includes(check.op) && !check.modifier) {
      for (const v of rhsValues(check)) {
        if (v.quoted && v.value.includes(' ')) continue;
        const lower = v.value.toLowerCase();
        if (lower === v.value || ctx.lists.has(v.value) || isKnownName(ctx, v.value) || !isKnownName(ctx, lower)) continue;
        const vr = toFileRange(cond, v.range);
        hints.push({
          code: 'FRP_LINT_NAME_CASE',
          severity: 'warning',
          message: `${field} is compared byte for byte, case included: "${v.value}" never matches the program ${lower}. Write ${lower}, or compare tolower(${field}).`,
          range: vr,
          item,
          fixes: [{ title: `Use ${lower}`, edits: [{ range: vr, text: encodeForScalar(cond, v.quoted ? quoteValue(lower) : lower) }] }],
        });
      }
    }

    // Trap 22: evt.arg.flags renders every bit (EXE_WRITABLE|EXE_UPPER_LAYER), so = misses combinations.
    if (f.name === 'evt.arg.flags' || (f.name === 'evt.arg' && f.arg === 'flags')) {
      const flags = rhsValues(check).map((v) => v.value);
      if (['=', '==', '!=', 'in'].includes(check.op) && !check.modifier && flags.length && flags.every((x) => x in EXE_FLAG_FIELDS)) {
        const neg = check.op === '!=';
        const contains = flags.map((x) => `${field} contains ${x}`);
        const bools = flags.map((x) => `${EXE_FLAG_FIELDS[x]} = ${neg ? 'false' : 'true'}`);
        const join = (xs: string[]) => (xs.length === 1 ? xs[0] : `(${xs.join(' or ')})`);
        hints.push({
          code: 'FRP_LINT_EXE_FLAGS_EQUALS',
          severity: 'warning',
          message: `${field} shows every flag of the exec joined by "|" (e.g. EXE_WRITABLE|EXE_UPPER_LAYER), so "${original}" misses a file that has another flag too. Test one flag with contains, or use ${flags.map((x) => EXE_FLAG_FIELDS[x]).join(' / ')}.`,
          range,
          item,
          fixes: [
            replace(`Use contains`, neg ? `not ${join(contains)}` : join(contains)),
            replace(`Use ${flags.map((x) => EXE_FLAG_FIELDS[x]).join(', ')}`, join(bools)),
          ],
        });
      }
    }

    // Trap 23: a VAR=value prefix goes to the environment, not to argv.
    if (rhs && JOINED.has(field) && ['contains', 'icontains', 'startswith', '=', '=='].includes(check.op)) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(=.*)?$/.exec(rhs.value);
      const name = m?.[1];
      if (m && name && (ENV_NAMES.has(name) || (m[2] !== undefined && /^[A-Z_][A-Z0-9_]*$/.test(name))) && !checksEnv(parents, check, name)) {
        const envForm = m[2] !== undefined && m[2].length > 1 ? `proc.env contains ${quoteValue(rhs.value)}` : `proc.env[${name}] != ""`;
        // The parent's environment is no field of its own (proc.aenv searches every ancestor):
        // for proc.pcmdline the hint explains and offers no fix.
        const fixable = field !== 'proc.pcmdline';
        hints.push({
          code: 'FRP_LINT_ENV_IN_CMDLINE',
          severity: 'warning',
          message: `"${name}=... cmd" puts ${name} in the environment of cmd, not in its arguments, so ${field} does not contain it (it only shows up when nested in another argument, as in sh -c '${name}=... cmd'). Check ${fixable ? envForm : 'proc.aenv'} instead.`,
          range,
          item,
          fixes: fixable ? [replace(`Also check the environment: ${envForm}`, `(${original} or ${envForm})`)] : undefined,
        });
      }
    }
  }
  return hints;
}

/** A program name the linter knows: in a list, in a sample row, in the sample model's tables, or common. */
function isKnownName(ctx: LintContext, name: string): boolean {
  if (COMMON_PROGRAMS.has(name) || resolveProgram(name, '/').known) return true;
  for (const items of ctx.lists.values()) if (items.includes(name)) return true;
  return ctx.events.some((e) => e.event.proc.comm === name || e.event.proc.parent?.comm === name);
}

/** An or-sibling of the check already looks at the variable in proc.env. */
function checksEnv(parents: Expr[], check: BinaryCheckExpr, name: string): boolean {
  const or = parents[parents.length - 1];
  if (!or || or.kind !== 'or') return false;
  return or.children.some((c) => c !== check && c.kind === 'binaryCheck' && c.left.kind === 'field' &&
    ((c.left.name === 'proc.env' && (c.left.arg === name || c.left.arg === undefined))));
}

export const trapsCheck: LintCheck = (ctx) => ctx.conditions.flatMap((pc) => lintCondition(ctx, pc));
