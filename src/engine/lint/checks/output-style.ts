import { conditionFacts } from '../condition-facts';
import { toFileRange, encodeForScalar, type ScalarSource } from '../scalar-map';
import type { LintCheck, LintEdit, LintHint } from '../types';
import type { Range } from '../../text/range';

/**
 * The output checks of the Falco style guide (spec §6.3 items 16-21) and of the review of the
 * seed rule (falcosecurity/rules PR 367): spawned-process rules print `exe_flags=%evt.arg.flags`;
 * `%proc.args` repeats what `%proc.cmdline` already shows; container fields are added to every
 * rule by Falco's `append_output` configuration (falco.yaml), so rules should not print them.
 */
interface OutputToken {
  key?: string;
  field: string;
  /** Range of `key=%field` (or `%field`) in the output value. */
  range: Range;
}

const TOKEN = /(?:([A-Za-z_][\w.-]*)=)?%\d*([A-Za-z][\w]*(?:\.[\w]+)+(?:\[[^\]\s]*\])?)/g;
const STANDARD: [string, string][] = [
  ['evt_type', 'evt.type'], ['user', 'user.name'], ['user_uid', 'user.uid'], ['user_loginuid', 'user.loginuid'],
  ['process', 'proc.name'], ['proc_exepath', 'proc.exepath'], ['parent', 'proc.pname'], ['command', 'proc.cmdline'],
  ['terminal', 'proc.tty'],
];
/** Style guide: network rules print the connection (spec §6.3 item 19). */
const NETWORK_OUTPUT: [string, string][] = [
  ['connection', 'fd.name'], ['lport', 'fd.lport'], ['rport', 'fd.rport'], ['fd_type', 'fd.type'], ['fd_proto', 'fd.l4proto'],
];
const ID_FIELDS = new Set(['proc.pid', 'proc.ppid', 'proc.vpid', 'proc.pvpid', 'proc.sid', 'proc.vpgid']);

export function outputTokens(value: string): OutputToken[] {
  const out: OutputToken[] = [];
  for (const m of value.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    out.push({ key: m[1], field: m[2].replace(/\.$/, ''), range: { start, end: start + m[0].length } });
  }
  return out;
}

/** Removes a token together with the space before it (or after it, at the start). */
function removeToken(out: ScalarSource, t: OutputToken): LintEdit {
  const v = out.value;
  let { start, end } = t.range;
  if (start > 0 && v[start - 1] === ' ') start -= 1;
  else if (v[end] === ' ') end += 1;
  return { range: toFileRange(out, { start, end }), text: '' };
}

function insertAfter(out: ScalarSource, pos: number, text: string): LintEdit {
  const at = pos >= out.value.length ? out.offsets[out.value.length] : out.offsets[pos];
  return { range: { start: at, end: at }, text: encodeForScalar(out, text) };
}

export const outputStyleCheck: LintCheck = (ctx) => {
  const hints: LintHint[] = [];
  for (const pc of ctx.conditions) {
    const out = pc.item.output;
    if (pc.item.kind !== 'rule' || !out || pc.item.isOverride) continue;
    const item = { kind: 'rule', name: pc.item.name };
    const tokens = outputTokens(out.value);
    const facts = conditionFacts(ctx, pc.ast);
    const has = (f: string) => tokens.some((t) => t.field === f);
    const whole = out.range;

    const argsTok = tokens.find((t) => t.field === 'proc.args');
    if (argsTok && has('proc.cmdline')) {
      hints.push({
        code: 'FRP_LINT_OUTPUT_REDUNDANT_ARGS',
        severity: 'info',
        message: '%proc.args is redundant next to %proc.cmdline, which already shows the program name followed by every argument.',
        range: toFileRange(out, argsTok.range),
        item,
        fixes: [{ title: `Remove ${out.value.slice(argsTok.range.start, argsTok.range.end)}`, edits: [removeToken(out, argsTok)] }],
      });
    }

    const containerToks = tokens.filter((t) => /^(container\.|k8s\.)/.test(t.field) && t.field !== 'container.info');
    if (containerToks.length) {
      hints.push({
        code: 'FRP_LINT_OUTPUT_CONTAINER_FIELDS',
        severity: 'info',
        message: `Leave ${containerToks.map((t) => '%' + t.field).join(', ')} out of the rule: Falco adds the container and Kubernetes fields to every alert through append_output in falco.yaml, so printing them here duplicates them.`,
        range: toFileRange(out, { start: containerToks[0].range.start, end: containerToks[containerToks.length - 1].range.end }),
        item,
        fixes: [{ title: 'Remove the container fields', edits: containerToks.map((t) => removeToken(out, t)) }],
      });
    }

    const infoTok = tokens.find((t) => t.field === 'container.info');
    if (infoTok) {
      hints.push({
        code: 'FRP_LINT_OUTPUT_CONTAINER_INFO',
        severity: 'warning',
        message: '%container.info is deprecated: Falco removes it from the output and reports LOAD_DEPRECATED_ITEM.',
        range: toFileRange(out, infoTok.range),
        item,
        fixes: [{ title: 'Remove %container.info', edits: [removeToken(out, infoTok)] }],
      });
    }

    if (facts.spawnedOnly && !has('evt.arg.flags')) {
      const anchor = tokens.find((t) => t.field === 'proc.tty') ?? tokens[tokens.length - 1];
      const pos = anchor ? anchor.range.end : out.value.length;
      hints.push({
        code: 'FRP_LINT_OUTPUT_EXE_FLAGS',
        severity: 'info',
        message: 'Rules on spawned processes include exe_flags=%evt.arg.flags in their output (style guide): it shows whether the executable was writable or came from an overlay upper layer or memfd.',
        range: anchor ? toFileRange(out, anchor.range) : whole,
        item,
        fixes: [{ title: 'Add exe_flags=%evt.arg.flags', edits: [insertAfter(out, pos, ' exe_flags=%evt.arg.flags')] }],
      });
    }
    const flagsTok = tokens.find((t) => t.field === 'evt.arg.flags');
    if (flagsTok && !facts.spawnedOnly && facts.evtTypes.size > 0) {
      hints.push({
        code: 'FRP_LINT_OUTPUT_EXE_FLAGS',
        severity: 'info',
        message: 'exe_flags=%evt.arg.flags belongs only in rules on spawned processes; for other syscalls evt.arg.flags means something else.',
        range: toFileRange(out, flagsTok.range),
        item,
        fixes: [{ title: 'Remove it', edits: [removeToken(out, flagsTok)] }],
      });
    }

    const missing = STANDARD.filter(([, f]) => !has(f));
    if (missing.length && missing.length < STANDARD.length) {
      const text = missing.map(([k, f]) => ` ${k}=%${f}`).join('');
      hints.push({
        code: 'FRP_LINT_OUTPUT_STANDARD_FIELDS',
        severity: 'info',
        message: `The style guide's standard output fields are missing: ${missing.map(([k, f]) => `${k}=%${f}`).join(' ')}.`,
        range: whole,
        item,
        fixes: [{ title: 'Add the missing fields', edits: [insertAfter(out, out.value.length, text)] }],
      });
    }
    // Items 19 and 20: what the alert is about. A field printed under another key counts (the key
    // is the author's choice; the value is what a responder needs).
    if (facts.inspectsNetwork) {
      const missingNet = NETWORK_OUTPUT.filter(([, f]) => !has(f));
      if (missingNet.length) {
        const text = missingNet.map(([k, f]) => ` ${k}=%${f}`).join('');
        hints.push({
          code: 'FRP_LINT_OUTPUT_NETWORK_FIELDS',
          severity: 'info',
          message: `Rules on network activity print the connection (style guide): ${missingNet.map(([k, f]) => `${k}=%${f}`).join(' ')} ${missingNet.length > 1 ? 'are' : 'is'} missing.`,
          range: whole,
          item,
          fixes: [{ title: 'Add the network fields', edits: [insertAfter(out, out.value.length, text)] }],
        });
      }
    } else if (facts.inspectsFiles && !has('fd.name')) {
      hints.push({
        code: 'FRP_LINT_OUTPUT_FILE_FIELD',
        severity: 'info',
        message: 'Rules on files print the file: file=%fd.name (style guide).',
        range: whole,
        item,
        fixes: [{ title: 'Add file=%fd.name', edits: [insertAfter(out, out.value.length, ' file=%fd.name')] }],
      });
    }

    if (!out.value.includes(' | ') && tokens.length > 0) {
      // The separator goes before the first key=%field when a sentence precedes it; an output
      // that starts with fields, or weaves them into the sentence, needs rewriting by its author.
      const first = tokens[0];
      const before = out.value.slice(0, first.range.start);
      const sentence = first.key !== undefined && /\S\s$/.test(before) && !/[([{=:,]\s*$/.test(before)
        && tokens.every((t) => t.key !== undefined) && /^[\s]*$/.test(out.value.slice(first.range.start).replace(TOKEN, ''));
      const at = before.replace(/\s+$/, '').length;
      hints.push({
        code: 'FRP_LINT_OUTPUT_LAYOUT',
        severity: 'info',
        message: 'Outputs read best as a sentence, then " | ", then key=%field pairs (style guide).',
        range: whole,
        item,
        fixes: sentence ? [{ title: 'Put " |" between the sentence and the fields', edits: [insertAfter(out, at, ' |')] }] : undefined,
      });
    }
    for (const t of tokens.filter((x) => ID_FIELDS.has(x.field))) {
      hints.push({
        code: 'FRP_LINT_OUTPUT_ID_FIELD',
        severity: 'info',
        message: `Upstream rules avoid id fields such as %${t.field} in outputs (style guide).`,
        range: toFileRange(out, t.range),
        item,
        fixes: [{ title: `Remove ${out.value.slice(t.range.start, t.range.end)}`, edits: [removeToken(out, t)] }],
      });
    }
  }
  return hints;
};
