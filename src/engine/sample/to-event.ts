import { eventTypeOf, isEventTypeName } from '../event/event-type';
import type { FalcoEvent, ProcessInfo } from '../event/types';
import type { Range } from '../text/range';
import { basename, isSetuidRoot, isShellBuiltin, realPath, resolveProgram, scriptShebang, truncateComm } from './binaries';
import {
  DEFAULT_SAMPLE_DEFAULTS,
  UNSET_LOGINUID,
  encodeTty,
  homeOf,
  passwdName,
  resolveContainer,
  resolveUser,
} from './context';
import { followUpNote } from './notes';
import { splitCommand, type Word } from './shell-words';
import type { Sample, SampleDefaults } from './types';
import { shapeProblem } from './validate';

/**
 * Sample -> the execve event Falco would see (spec §4). The first simple command of the typed
 * line is evaluated; everything the shell would do differently (pipelines, builtins, scripts,
 * set-uid programs) is explained in `notes`.
 */

export interface SampleError {
  message: string;
  /** In the command text; zero-width at 0 when `key` names another part of the sample. */
  range: Range;
  /** The sample key at fault when it is not `command` (`user`, `parent`, `tty` ...). */
  key?: keyof Sample;
}

export type SampleToEventResult =
  | { ok: true; event: FalcoEvent; notes: string[] }
  | { ok: false; error: SampleError };

const NOWHERE: Range = { start: 0, end: 0 };

export function sampleToEvent(sample: Sample, defaults: SampleDefaults = DEFAULT_SAMPLE_DEFAULTS): SampleToEventResult {
  const fail = (message: string, key?: keyof Sample, range: Range = NOWHERE): SampleToEventResult => ({ ok: false, error: { message, range, ...(key ? { key } : {}) } });
  const shape = shapeProblem(sample);
  if (shape) return fail(shape.message, shape.key);
  const command = sample.command;
  const notes: string[] = [];

  const user = resolveUser(sample.user, defaults.user);
  if (!user.ok) return fail(user.message, 'user');
  const tty = encodeTty(sample.tty ?? defaults.tty);
  if (!tty.ok) return fail(tty.message, 'tty');
  const cwd = sample.cwd ?? defaults.cwd;
  if (!cwd.startsWith('/')) return fail(`The working directory must be absolute, not '${cwd}'.`, 'cwd');

  const env = buildEnv(sample, defaults, user.value.uid);
  const split = splitCommand(command, (name) => env.get(name));
  if (!split.ok) return { ok: false, error: split.error };
  notes.push(...split.notes);
  for (const a of split.assignments) env.set(a.name, a.value);

  let words = split.words;
  let argv0Override: string | undefined;
  while (words.length > 0 && words[0].text === 'exec') {
    const parsed = parseExec(words);
    if (!parsed.ok) return fail(parsed.message, undefined, parsed.range);
    words = parsed.words;
    argv0Override = parsed.argv0 ?? argv0Override;
    notes.push('`exec` replaces the shell: the program keeps the shell\'s pid, and its parent is the shell\'s parent in reality (here the sample\'s parent is kept).');
  }
  if (words.length === 0) {
    return fail(split.assignments.length > 0 ? 'Only variable assignments: no program is executed.' : 'No command to run.', undefined, { start: 0, end: command.length });
  }
  if (split.rest) {
    notes.push(`Only the first command is evaluated. After \`${split.rest.operator}\`, \`${split.rest.text}\` runs as its own execve (a separate sample).`);
  }
  const argv0 = words[0].text;
  if (argv0 === '') return fail('The program name is empty.', undefined, words[0].range);
  if (isShellBuiltin(argv0) && !argv0.includes('/')) {
    notes.push(`\`${argv0}\` is a shell builtin: typed at a bash prompt it produces no execve. The event shows the /usr/bin program, as \`env ${argv0}\` or a non-bash shell would run it.`);
  }

  const program = resolveProgram(argv0, cwd);
  const mode = sample.script ?? 'auto';
  const shebang = mode === 'off' ? undefined : sample.interpreter ?? scriptShebang(program, argv0, mode);
  const args = words.slice(1).map((w) => w.text);

  let proc: ProcessInfo;
  const nameOf = (path: string) => {
    const t = truncateComm(basename(path));
    if (t.comm !== basename(path)) {
      notes.push(`proc.name is the kernel's comm, cut to 15 bytes: \`${t.comm}\`${t.splitCharacter ? ' (the cut falls inside a character; the kernel would keep its first bytes)' : ''}.`);
    }
    return t.comm;
  };
  const base = { cwd, uid: user.value.uid, loginuid: user.value.loginuid, tty: tty.value, env: [...env].map(([k, v]) => `${k}=${v}`), exe_flags: 0 };
  if (shebang !== undefined) {
    const [interpreter, ...interpreterArgs] = shebang.trim().split(/\s+/);
    const interpreterArg = interpreterArgs.length > 0 ? [interpreterArgs.join(' ')] : [];
    proc = {
      ...base,
      exe: interpreter,
      comm: nameOf(program.filename),
      exepath: sample.exepath ?? realPath(interpreter),
      args: [...interpreterArg, program.filename, ...args],
    };
    notes.push(
      `\`${basename(program.filename)}\` is a \`#!${shebang}\` script: the kernel runs ${interpreter} with the script path as an argument, so proc.exe is ${interpreter} and proc.args starts with ${program.filename}. Set \`script: off\` to treat it as a binary.`,
    );
    if (interpreter.endsWith('/env')) notes.push(`\`env\` then executes ${interpreterArg[0] ?? 'the program'}: a second event with that comm.`);
  } else {
    proc = { ...base, exe: argv0Override ?? argv0, comm: nameOf(program.filename), exepath: sample.exepath ?? program.exepath, args };
  }
  const followUp = followUpNote(proc.comm, proc.args);
  if (followUp) notes.push(followUp);
  if (isSetuidRoot(proc.exepath) && proc.uid !== 0) {
    notes.push(`${proc.comm} is set-uid root: user.uid is the effective uid, 0, while user.loginuid stays the session's.`);
    proc.uid = 0;
  }
  if (user.value.name !== undefined && proc.uid === user.value.uid) proc.user = user.value.name;

  if (!sample.parentMissing) {
    const chain = [sample.parent ?? defaults.parent, ...(sample.ancestors ?? defaults.ancestors)];
    let parent: ProcessInfo | null = null;
    // Build from the eldest down; the eldest ancestor is a daemon with no login session.
    for (let i = chain.length - 1; i >= 0; i--) {
      const isParent = i === 0;
      const described = describeProcess(chain[i], isParent ? cwd : '/');
      if (!described.ok) return fail(`${isParent ? 'parent' : 'ancestors'}: ${described.message}`, isParent ? 'parent' : 'ancestors');
      parent = {
        ...described.value,
        cwd: isParent ? cwd : '/',
        uid: isParent ? user.value.uid : 0,
        loginuid: isParent || i < chain.length - 1 ? user.value.loginuid : UNSET_LOGINUID,
        tty: isParent ? tty.value : 0,
        env: [],
        ...(isParent && user.value.name !== undefined ? { user: user.value.name } : {}),
        parent,
      };
    }
    proc.parent = parent;
  } else {
    proc.parent = null;
  }

  const event: FalcoEvent = {
    type: 'execve',
    res: 'SUCCESS',
    num: 1,
    proc,
    container: resolveContainer(sample.container, defaults.container),
  };
  if (sample.fields && Object.keys(sample.fields).length > 0) {
    event.overrides = { ...sample.fields };
    applyFieldsToProcess(proc, sample.fields);
    // The sample then stands for an event of that type (event/event-type.ts); one Falco has no
    // such type for would silently match nothing.
    const type = eventTypeOf(event);
    if (type !== event.type && !isEventTypeName(type)) notes.push(`\`evt.type: ${type}\` is not an event type Falco knows: no rule runs on this sample.`);
  }
  return { ok: true, event, notes };
}

/**
 * A field override describes the process, so the values it is built from follow it: with
 * `proc.name: run-java.sh`, proc.cmdline starts with run-java.sh too, as on the real event.
 * The override itself stays in `overrides` and wins for the field it names.
 */
function applyFieldsToProcess(proc: ProcessInfo, fields: Record<string, string | null>): void {
  const num = (v: string | null) => (v !== null && /^-?\d+$/.test(v.trim()) ? Number(v.trim()) : undefined);
  for (const [field, value] of Object.entries(fields)) {
    if (value === null) continue;
    const parent = proc.parent ?? undefined;
    switch (field) {
      case 'proc.name': proc.comm = value; break;
      case 'proc.exe': proc.exe = value; break;
      case 'proc.exepath': proc.exepath = value; break;
      case 'proc.cwd': proc.cwd = value; break;
      case 'proc.pname': if (parent) parent.comm = value; break;
      case 'proc.pexe': if (parent) parent.exe = value; break;
      case 'proc.pexepath': if (parent) parent.exepath = value; break;
      case 'user.name': proc.user = value; break;
      case 'user.uid': { const n = num(value); if (n !== undefined && n >= 0) proc.uid = n; break; }
      case 'user.loginuid': { const n = num(value); if (n !== undefined) proc.loginuid = n < 0 ? UNSET_LOGINUID : n; break; }
      case 'proc.tty': { const n = num(value); if (n !== undefined && n >= 0) proc.tty = n; break; }
    }
  }
}

/** Environment: the defaults, the user's HOME/USER when the user changed, the sample's own. */
function buildEnv(sample: Sample, defaults: SampleDefaults, uid: number): Map<string, string> {
  const env = new Map(Object.entries(defaults.env));
  const name = passwdName(uid);
  if (uid !== defaults.user.uid && name !== undefined) {
    if (env.has('USER')) env.set('USER', name);
    const home = homeOf(uid);
    if (env.has('HOME') && home !== undefined) env.set('HOME', home);
  }
  for (const [k, v] of Object.entries(sample.env ?? {})) env.set(k, v);
  return env;
}

type ExecParse = { ok: true; words: Word[]; argv0?: string } | { ok: false; message: string; range: Range };

/** `exec [-cl] [-a name] command ...`: bash's exec builtin; `-a` sets argv[0]. */
function parseExec(words: Word[]): ExecParse {
  let i = 1;
  let argv0: string | undefined;
  while (i < words.length && /^-[acl]+$/.test(words[i].text)) {
    if (words[i].text.includes('a')) {
      if (i + 1 >= words.length) return { ok: false, message: '`exec -a` needs a name.', range: words[i].range };
      argv0 = words[i + 1].text;
      i += 2;
    } else {
      i++;
    }
  }
  return { ok: true, words: words.slice(i), argv0 };
}

type Described = { ok: true; value: Pick<ProcessInfo, 'exe' | 'comm' | 'exepath' | 'args'> } | { ok: false; message: string };

/**
 * A parent or ancestor as `ps` shows it. Daemons rewrite their title (`sshd: root@pts/0`,
 * `nginx: worker process`, `php-fpm: pool www`): argv[0] is then the whole title, there are no
 * more args, and comm stays the program's name. A login shell's argv[0] is `-bash`.
 */
export function describeProcess(line: string, cwd: string): Described {
  const text = line.trim();
  const title = /^([A-Za-z0-9_.\/-]+): (.+)$/.exec(text);
  if (title) {
    const program = resolveProgram(title[1], cwd);
    return { ok: true, value: { exe: text, comm: truncateComm(basename(program.filename)).comm, exepath: program.exepath, args: [] } };
  }
  const split = splitCommand(text, () => undefined, 'psLine');
  if (!split.ok) return { ok: false, message: split.error.message };
  if (split.words.length === 0) return { ok: false, message: 'empty process description' };
  const argv0 = split.words[0].text;
  const login = /^-[^-/\s]+$/.test(argv0);
  const program = resolveProgram(login ? argv0.slice(1) : argv0, cwd);
  return {
    ok: true,
    value: { exe: argv0, comm: truncateComm(basename(program.filename)).comm, exepath: program.exepath, args: split.words.slice(1).map((w) => w.text) },
  };
}
