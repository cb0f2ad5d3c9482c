import type { Expr } from '../condition/ast';
import { fieldText, rhsValues, visitExprs, binaryChecks } from './ast-util';
import type { LintContext } from './types';

/** Event types that mean "network activity" (socket syscalls). */
const NETWORK_EVTTYPES = new Set([
  'connect', 'accept', 'accept4', 'listen', 'bind', 'socket', 'socketpair', 'sendto', 'sendmsg', 'sendmmsg',
  'recvfrom', 'recvmsg', 'recvmmsg', 'shutdown', 'getsockopt', 'setsockopt',
]);
const NETWORK_FIELD = /^fd\.(sip|cip|rip|lip|sport|cport|rport|lport|l4proto|net|snet|cnet|rnet|lnet|sockfamily|is_server|sproto|cproto|rproto|lproto|connected|name_changed)\b/;
/** Event types that open, create, rename or remove files (spec §6.3 item 20: "file rules"). */
const FILE_EVTTYPES = new Set([
  'open', 'openat', 'openat2', 'creat', 'open_by_handle_at', 'rename', 'renameat', 'renameat2', 'unlink', 'unlinkat',
  'mkdir', 'mkdirat', 'rmdir', 'link', 'linkat', 'symlink', 'symlinkat', 'chmod', 'fchmod', 'fchmodat', 'truncate', 'ftruncate',
]);
const FILE_TEXT = /\bevt\.type\s*(=|in)\s*\(?[^)]*\b(open|openat2?|creat|rename(at2?)?|unlink(at)?|mkdir(at)?|rmdir|link(at)?|symlink(at)?)\b|\bfd\.typechar\s*=\s*'?f'?/;
/** Upstream's file macros, for when the base ruleset is not loaded. */
const FILE_MACROS = /^(open_write|open_read|open_directory|open_file_failed|create_symlink|create_hardlink|modify|rename|remove|mkdir|chmod)$/;
const NETWORK_TEXT = /\bfd\.(sip|cip|rip|lip|sport|cport|rport|lport|l4proto|net|snet|cnet|rnet|lnet|sockfamily|is_server)\b|\bevt\.type\s*(=|in)\s*\(?[^)]*\b(connect|accept4?|listen|bind|sendto|sendmsg|recvfrom|recvmsg)\b/;

/** What a rule's condition looks at, after following macro references (by text, a few levels). */
export interface ConditionFacts {
  identifiers: Set<string>;
  fields: Set<string>;
  evtTypes: Set<string>;
  inspectsNetwork: boolean;
  /** The rule looks at file opens, creations, renames or removals. */
  inspectsFiles: boolean;
  /** The rule only looks at process spawns (spawned_process / evt.type in (execve, execveat)). */
  spawnedOnly: boolean;
}

export function conditionFacts(ctx: LintContext, ast: Expr): ConditionFacts {
  const identifiers = new Set<string>();
  const fields = new Set<string>();
  const evtTypes = new Set<string>();
  visitExprs(ast, (v) => {
    const n = v.node;
    if (n.kind === 'identifier') identifiers.add(n.name);
    if ((n.kind === 'binaryCheck' || n.kind === 'unaryCheck') && n.left.kind === 'field') fields.add(fieldText(n.left));
  });
  for (const { check } of binaryChecks(ast)) {
    if (check.left.kind === 'field' && check.left.name === 'evt.type') for (const v of rhsValues(check)) evtTypes.add(v.value);
  }
  // Macro bodies, followed by text: enough to see fields and event types they mention.
  const macroTexts: string[] = [];
  const seen = new Set<string>();
  const queue = [...identifiers];
  while (queue.length && seen.size < 200) {
    const name = queue.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const body = ctx.macros.get(name);
    if (body === undefined) continue;
    macroTexts.push(body);
    for (const m of body.match(/\b[A-Za-z][A-Za-z0-9_]*\b/g) ?? []) if (ctx.macros.has(m) && !seen.has(m)) queue.push(m);
  }
  const inspectsNetwork =
    [...fields].some((f) => NETWORK_FIELD.test(f)) ||
    [...evtTypes].some((t) => NETWORK_EVTTYPES.has(t)) ||
    macroTexts.some((t) => NETWORK_TEXT.test(t)) ||
    [...identifiers].some((i) => /^(inbound|outbound|inbound_outbound|ssh_port|net_miner_pool)/.test(i));
  const inspectsFiles =
    [...evtTypes].some((t) => FILE_EVTTYPES.has(t)) ||
    macroTexts.some((t) => FILE_TEXT.test(t)) ||
    [...identifiers].some((i) => FILE_MACROS.test(i) && !ctx.macros.has(i));
  const otherTypes = [...evtTypes].some((t) => t !== 'execve' && t !== 'execveat');
  const macroOtherTypes = [...seen]
    .filter((m) => m !== 'spawned_process')
    .some((m) => {
      const body = ctx.macros.get(m) ?? '';
      return /\bevt\.type\b/.test(body) && !/^\(?\s*evt\.type\s+in\s+\(\s*execve\s*,\s*execveat\s*\)\s*\)?$/.test(body.trim());
    });
  const spawnedOnly =
    (identifiers.has('spawned_process') || (evtTypes.size > 0 && !otherTypes)) && !otherTypes && !macroOtherTypes;
  return { identifiers, fields, evtTypes, inspectsNetwork, inspectsFiles, spawnedOnly };
}
