import { RE2JS } from 're2js';
import type { RegexEngine, RegexResult } from './regex';

/**
 * The RE2 engine behind `regex` (re2js, about 150 KB): RE2::POSIX options
 * (sinsp_filter_check::add_filter_value), i.e. POSIX egrep syntax (no Perl classes such as \d, no
 * (?i) flags, no \pN) and, since libsinsp matches with ANCHOR_BOTH, a full match. re2js's public
 * API only exposes Perl syntax, so the POSIX-mode compiler is reached through the RE2 class of a
 * compiled pattern (re2js 2.10).
 *
 * Installed into ./regex.ts by whoever hosts the engine: eagerly in Node, the CLI, the tests and
 * the analysis worker (./re2-install.ts), a moment after the first verdicts on the page.
 */
interface Re2Internal {
  matchWithGroup(input: string, start: number, end: number, anchor: number, ngroup: number): [boolean, unknown];
}
interface Re2Class {
  compileImpl(expr: string, flags: number, longest: boolean): Re2Internal;
}
const RE2 = (RE2JS.compile('a') as unknown as { re2Input: { constructor: Re2Class } }).re2Input.constructor;
// RE2::Options::ParseFlags always sets Regexp::ClassNL: negated classes such as [^a] and [[:space:]]
// match a newline (re2js RE2Flags.CLASS_NL); POSIX syntax adds neither OneLine nor Perl classes.
const POSIX_FLAGS = 0x04;
const ANCHOR_BOTH = 2;

/** re2js reports Go's texts; libsinsp prints RE2 C++'s (`RegexpStatus::CodeText` + ": " + arg). */
const CPP_TEXT: [string, string][] = [
  ['missing closing )', 'missing )'],
  ['missing closing ]', 'missing ]'],
  ['missing argument to repetition operator', 'no argument for repetition operator'],
  ['invalid repeat count', 'invalid repetition size'],
  ['invalid nested repetition operator', 'bad repetition operator'],
  ['trailing backslash at end of expression', 'trailing \\'],
  ['unexpected )', 'unexpected )'],
  ['invalid character class range', 'invalid character class range'],
  ['invalid character class', 'invalid character class'],
  ['invalid escape sequence', 'invalid escape sequence'],
  ['invalid named capture', 'invalid named capture group'],
  ['invalid or unsupported Perl syntax', 'invalid perl operator'],
  ['invalid UTF-8', 'invalid UTF-8'],
];

function compile(pattern: string): RegexResult {
  try {
    const re = RE2.compileImpl(pattern, POSIX_FLAGS, true);
    return { ok: true, test: (s) => re.matchWithGroup(s, 0, s.length, ANCHOR_BOTH, 0)[0] };
  } catch (e) {
    const err = e as { error?: string; input?: string; message?: string };
    const code = err.error ?? String(err.message ?? e);
    const arg = err.input ?? '';
    // Observed with libsinsp: a class ending in an open range (`[a-`) is reported as invalid UTF-8
    // (RE2 reads the missing range end as a rune past the end of the pattern).
    if (code === 'missing closing ]' && arg.endsWith('-')) return { ok: false, message: 'invalid regex pattern: invalid UTF-8' };
    const cpp = CPP_TEXT.find(([go]) => code === go)?.[1] ?? code;
    return { ok: false, message: `invalid regex pattern: ${cpp}${arg !== '' ? ': ' + arg : ''}` };
  }
}

export const re2Engine: RegexEngine = { compile };
