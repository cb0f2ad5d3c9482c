/**
 * `eval`: answers oracle-format cases read as JSON Lines on stdin, one JSON line per case on stdout,
 * in order. Condition cases (with `condition`) and rules-file cases (with `files`) are both
 * accepted; a line that cannot be answered gets `{"id": ..., "error": "..."}` and the run goes on.
 */
import { answerConditionCase } from '../engine/oracle/condition-case';
import { readCase } from '../engine/oracle/case-shape';
import { answerRulesCase } from '../engine/oracle/rules-case';
import type { Command } from './command';

const HELP = `usage: falco-rule-playground eval < cases.jsonl > answers.jsonl

Reads oracle cases (JSON Lines) on stdin and writes one answer line per case, in order:
  - cases with "condition" are condition cases (parse, compile, match, field values);
  - cases with "files" are rules-file cases (load messages, rules, per-event matches and outputs).
A malformed line (bad JSON, or a case whose keys have the wrong shape: "fields" not a list,
a file without "content", "plugins": null, an incomplete event ...) is answered with
{"id": <id or null>, "error": "<why>"}; the run goes on.
Compare answers with: node ../shared/tools/oracle-compare.mjs cases.jsonl answers.jsonl
`;

/** Answers one input line; never throws. */
export function answerLine(line: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (e) {
    const m = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|\d+)/.exec(line);
    let id: unknown = null;
    if (m) { try { id = JSON.parse(m[1]); } catch { id = null; } }
    return JSON.stringify({ id, error: `malformed JSON: ${(e as Error).message}` });
  }
  // The engine trusts the types it is given, so each case's shape is checked first
  // (engine/oracle/case-shape.ts): a bad one is answered like a malformed line.
  const c = readCase(parsed);
  if (c.kind === 'invalid') return JSON.stringify({ id: c.id, error: `malformed case: ${c.message}` });
  try {
    const answer = c.kind === 'rules' ? answerRulesCase(c.value) : answerConditionCase(c.value);
    return JSON.stringify({ ...answer, id: c.id });
  } catch (e) {
    return JSON.stringify({ id: c.id, error: `internal error: ${(e as Error).message}` });
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export const evalCommand: Command = {
  summary: 'answer oracle cases (JSON Lines on stdin) like the oracle does',
  help: HELP,
  async run(args) {
    const unknown = args.filter((a) => a !== '-');
    if (unknown.length) {
      process.stderr.write(`eval: unexpected argument ${unknown[0]}\n${HELP}`);
      return 2;
    }
    const input = await readStdin();
    const out: string[] = [];
    for (const line of input.split('\n')) {
      if (line.trim() === '') continue;
      out.push(answerLine(line));
      if (out.length >= 1000) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
    }
    if (out.length) process.stdout.write(out.join('\n') + '\n');
    return 0;
  },
};
