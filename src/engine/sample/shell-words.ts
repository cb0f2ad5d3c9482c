import type { Range } from '../text/range';

/**
 * Shell-style word splitting of one typed command line, the part of a POSIX shell that decides
 * what argv the program receives (spec §4): quotes are removed, backslashes escape, `VAR=val`
 * prefixes become environment entries, redirections are consumed by the shell, and the first
 * control operator (`|`, `;`, `&&`, `||`, `&`, newline) ends the command we evaluate.
 *
 * Not a full shell: globs are kept literally (there is no file system), command substitution
 * (`$(...)`, backticks) is kept as text, and `$NAME` expands only when NAME is in the sample's env.
 */

export interface Word {
  text: string;
  /** Where the raw word sits in the command text. */
  range: Range;
}

export interface Assignment {
  name: string;
  value: string;
  range: Range;
}

export type SplitResult =
  | {
      ok: true;
      /** `NAME=value` words before the program name (they go to env, not argv). */
      assignments: Assignment[];
      words: Word[];
      /** The control operator that ended the first command, if any, with what follows it. */
      rest?: { operator: string; range: Range; text: string };
      notes: string[];
    }
  | { ok: false; error: { message: string; range: Range } };

const BLANK = /[ \t\r]/;
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
// Sticky (`y`) patterns match at lastIndex without copying the rest of the text, which keeps
// splitting linear on long inputs.
const VAR_NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const REDIRECTION = /(\d*)(&>>?|>>?|<<<|<<-?|<>|<)(&(\d+|-))?/y;

interface RawWord {
  text: string;
  range: Range;
  /** The raw text up to the first `=` was unquoted and unescaped (assignment candidate). */
  plainPrefix: string;
}

/**
 * `command` mode splits what a person types. `psLine` mode reads a process description as `ps`
 * prints it (`sh -c dpkg -l; apt-get install -y nmap`): there operators and redirections are
 * ordinary characters, because they were already inside one argument.
 */
export type SplitMode = 'command' | 'psLine';

export function splitCommand(command: string, env: (name: string) => string | undefined, mode: SplitMode = 'command'): SplitResult {
  const notes = new Set<string>();
  const shell = mode === 'command';
  const words: RawWord[] = [];
  let i = 0;
  const n = command.length;
  let rest: { operator: string; range: Range; text: string } | undefined;

  while (i < n) {
    const c = command[i];
    if (BLANK.test(c)) {
      i++;
      continue;
    }
    if (shell && c === '#') break; // a comment runs to the end of the line
    const op = shell ? controlOperatorAt(command, i) : undefined;
    if (op) {
      rest = { operator: op, range: { start: i, end: i + op.length }, text: command.slice(i + op.length).trim() };
      break;
    }
    const redir = shell ? redirectionAt(command, i) : undefined;
    if (redir) {
      i = redir.end;
      if (redir.needsTarget) {
        while (i < n && BLANK.test(command[i])) i++;
        const target = readWord(command, i, env, notes, shell);
        if (!target.ok) return target;
        i = target.end;
      }
      notes.add(`The redirection \`${command.slice(redir.start, i).trim()}\` is done by the shell; it is not part of argv.`);
      continue;
    }
    const w = readWord(command, i, env, notes, shell);
    if (!w.ok) {
      if (shell) return w;
      // A ps line with a stray quote: fall back to blank-separated words.
      return { ok: true, assignments: [], words: blankWords(command), notes: [] };
    }
    if (w.end <= i) {
      // No progress (a line break in a ps line is not a word character): skip it rather than loop
      // forever (found by test/fuzz).
      i++;
      continue;
    }
    words.push({ text: w.text, range: { start: i, end: w.end }, plainPrefix: w.plainPrefix });
    i = w.end;
  }

  const assignments: Assignment[] = [];
  let first = 0;
  while (shell && first < words.length && ASSIGNMENT.test(words[first].plainPrefix)) {
    const w = words[first];
    const eq = w.text.indexOf('=');
    assignments.push({ name: w.text.slice(0, eq), value: w.text.slice(eq + 1), range: w.range });
    first++;
  }
  return {
    ok: true,
    assignments,
    words: words.slice(first).map(({ text, range }) => ({ text, range })),
    rest,
    notes: [...notes],
  };
}

function blankWords(s: string): Word[] {
  const out: Word[] = [];
  for (const m of s.matchAll(/\S+/g)) out.push({ text: m[0], range: { start: m.index, end: m.index + m[0].length } });
  return out;
}

function controlOperatorAt(s: string, i: number): string | undefined {
  const two = s.slice(i, i + 2);
  if (two === '&&' || two === '||' || two === ';;') return two;
  if (two === '&>') return undefined; // a redirection, not a background `&`
  const c = s[i];
  if (c === '|' || c === ';' || c === '&' || c === '\n') return c;
  return undefined;
}

/** `>`, `>>`, `<`, `2>`, `2>&1`, `&>`, `<<<`, `>&2` ... at i (digits only at a word start). */
function redirectionAt(s: string, i: number): { start: number; end: number; needsTarget: boolean } | undefined {
  REDIRECTION.lastIndex = i;
  const m = REDIRECTION.exec(s);
  if (!m) return undefined;
  if (m[1] && !m[2]) return undefined;
  return { start: i, end: i + m[0].length, needsTarget: !m[3] };
}

type ReadResult = { ok: true; text: string; end: number; plainPrefix: string } | { ok: false; error: { message: string; range: Range } };

/** Reads one word starting at i (not blank, not an operator). */
function readWord(s: string, start: number, env: (name: string) => string | undefined, notes: Set<string>, shell: boolean): ReadResult {
  let text = '';
  let plainPrefix = '';
  let plain = true; // still in the unquoted, unescaped prefix
  let i = start;
  const n = s.length;

  if (s[i] === '~' && (i + 1 === n || s[i + 1] === '/' || BLANK.test(s[i + 1]))) {
    const home = env('HOME');
    if (home !== undefined) {
      text += home;
      plainPrefix += '~';
      i++;
    }
  }

  while (i < n) {
    const c = s[i];
    if (BLANK.test(c) || c === '\n') break;
    if (shell && (controlOperatorAt(s, i) || c === '<' || c === '>')) break;
    if (c === "'") {
      const close = s.indexOf("'", i + 1);
      if (close < 0) return { ok: false, error: { message: 'Unterminated single quote', range: { start: i, end: n } } };
      text += s.slice(i + 1, close);
      plain = false;
      i = close + 1;
      continue;
    }
    if (c === '"') {
      const r = readDoubleQuoted(s, i, env, notes);
      if (!r.ok) return r;
      text += r.text;
      plain = false;
      i = r.end;
      continue;
    }
    if (c === '\\') {
      plain = false;
      if (i + 1 >= n) {
        text += '\\';
        i++;
        continue;
      }
      if (s[i + 1] === '\n') {
        i += 2; // line continuation
        continue;
      }
      text += s[i + 1];
      i += 2;
      continue;
    }
    if (c === '$') {
      const e = expandDollar(s, i, env, notes);
      text += e.text;
      if (plain) plainPrefix += s.slice(i, e.end);
      i = e.end;
      continue;
    }
    if (c === '`') notes.add('Command substitution is not run: the text is passed literally.');
    text += c;
    if (plain) plainPrefix += c;
    i++;
  }
  return { ok: true, text, end: i, plainPrefix: plain ? plainPrefix : plainPrefix + '\0' };
}

function readDoubleQuoted(s: string, open: number, env: (name: string) => string | undefined, notes: Set<string>): ReadResult {
  let text = '';
  let i = open + 1;
  const n = s.length;
  while (i < n) {
    const c = s[i];
    if (c === '"') return { ok: true, text, end: i + 1, plainPrefix: '' };
    if (c === '\\' && i + 1 < n && '"\\$`\n'.includes(s[i + 1])) {
      if (s[i + 1] !== '\n') text += s[i + 1];
      i += 2;
      continue;
    }
    if (c === '$') {
      const e = expandDollar(s, i, env, notes);
      text += e.text;
      i = e.end;
      continue;
    }
    if (c === '`') notes.add('Command substitution is not run: the text is passed literally.');
    text += c;
    i++;
  }
  return { ok: false, error: { message: 'Unterminated double quote', range: { start: open, end: n } } };
}

/** `$NAME` / `${NAME}`: the value when the sample's env has NAME, else the text as typed. */
function expandDollar(s: string, i: number, env: (name: string) => string | undefined, notes: Set<string>): { text: string; end: number } {
  if (s[i + 1] === '(') {
    notes.add('Command substitution is not run: the text is passed literally.');
    return { text: '$', end: i + 1 };
  }
  let name: string | undefined;
  let end: number;
  if (s[i + 1] === '{') {
    const close = s.indexOf('}', i + 2);
    const inner = close < 0 ? '' : s.slice(i + 2, close);
    if (close < 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(inner)) return { text: '$', end: i + 1 };
    name = inner;
    end = close + 1;
  } else {
    VAR_NAME.lastIndex = i + 1;
    const m = VAR_NAME.exec(s);
    if (!m) return { text: '$', end: i + 1 };
    name = m[0];
    end = i + 1 + name.length;
  }
  const value = env(name);
  if (value === undefined) {
    notes.add(`$${name} is not in the sample's environment: it is kept as typed.`);
    return { text: s.slice(i, end), end };
  }
  return { text: value, end };
}

/** Quotes one argv word so that splitCommand() gives it back unchanged. */
export function quoteWord(word: string): string {
  if (word !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return "'" + word.replace(/'/g, `'\\''`) + "'";
}
