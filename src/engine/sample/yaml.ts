import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import type { Diagnostic } from '../diagnostics';
import type { Range } from '../text/range';
import { yamlTooDeep } from '../text/yaml-depth';
import { DEFAULT_SAMPLE_DEFAULTS, PASSWD } from './context';
import type { Expectation, Sample, SampleContainer, SampleDefaults, SampleUser } from './types';
import { defaultSampleId } from './yaml-write';

/**
 * The samples file: what the CLI reads, share links carry and export writes.
 *
 * ```yaml
 * defaults:                      # optional; the context every sample inherits
 *   parent: -bash                # parent as `ps` shows it
 *   ancestors: ["sshd: root@pts/0"]
 *   user: root                   # a passwd name, a uid, or {name, uid, loginuid}
 *   container: docker.io/library/nginx:1.25   # or `host`, or {image, id, name, type, k8s_namespace, k8s_pod}
 *   cwd: /root
 *   tty: pts/0                   # or none, or a device number
 *   env: {HOME: /root}
 * samples:
 *   - iptables -F                # just a command line
 *   - command: systemctl stop falco
 *     id: stop-falco             # optional; s1, s2 ... by position otherwise (an id of that form is not written back)
 *     parent: sh -c "systemctl stop falco"
 *     parent_missing: false
 *     ancestors: [...]
 *     user: www-data
 *     container: host           # true = the standard container, false = host
 *     cwd: /tmp
 *     tty: none
 *     env: {LD_PRELOAD: /tmp/x.so}
 *     fields: {proc.pname: sshd}   # explicit field values (null = no value)
 *     script: auto               # auto | on | off: run known `#!` scripts through their interpreter
 *     interpreter: /bin/bash     # shebang to use when it is a script
 *     exepath: /opt/app/bin/app
 *     expect: {Impair Security Tools in Container: alert}   # alert | no_alert (or match | no_match) per rule
 *     note: free text
 * ```
 * A top-level list is read as `samples:` with no defaults. A bad sample is reported on its own
 * (code FRP_SAMPLE_INVALID) and left out; the other samples still load.
 */

export interface SamplesFile {
  samples: Sample[];
  defaults: SampleDefaults;
  diagnostics: Diagnostic[];
}

export const SAMPLE_KEYS = ['id', 'command', 'parent', 'parent_missing', 'ancestors', 'user', 'container', 'cwd', 'tty', 'env', 'fields', 'script', 'interpreter', 'exepath', 'expect', 'note'] as const;
const DEFAULTS_KEYS = ['parent', 'ancestors', 'user', 'container', 'cwd', 'tty', 'env'];
const CONTAINER_KEYS: Record<string, string> = { image: 'image', id: 'id', name: 'name', type: 'type', k8s_namespace: 'k8sNamespace', k8s_pod: 'k8sPod' };


type Problems = Diagnostic[];

function rangeOf(node: Node | null | undefined, fallback: Range): Range {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : fallback;
}

export function parseSamplesYaml(text: string): SamplesFile {
  const diagnostics: Diagnostic[] = [];
  const whole: Range = { start: 0, end: text.length };
  const defaults: SampleDefaults = structuredClone(DEFAULT_SAMPLE_DEFAULTS);
  const samples: Sample[] = [];
  // Refused before the parser recurses into it (it overflows the stack near 1,000 levels after
  // reading everything: 2 MB of `[` took 13 s). The same limit as for rules files (yaml-cpp's).
  const deep = yamlTooDeep(text);
  if (deep) {
    diagnostics.push({
      code: 'FRP_SAMPLES_YAML_PARSE', severity: 'error',
      message: `nesting deeper than ${deep.limit - 1} levels at line ${deep.line}, column ${deep.column}: samples are at most a few levels deep`,
      range: clampRange(deep.offset, deep.offset + 1, text.length),
    });
    return { samples, defaults, diagnostics };
  }
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  for (const e of doc.errors) {
    diagnostics.push({ code: 'FRP_SAMPLES_YAML_PARSE', severity: 'error', message: e.message.split('\n')[0], range: clampRange(e.pos[0], Math.max(e.pos[1], e.pos[0] + 1), text.length) });
  }
  const root = doc.contents as Node | null;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { samples, defaults, diagnostics };

  let list: Node | null | undefined;
  if (isSeq(root)) list = root;
  else if (isMap(root)) {
    for (const pair of root.items as Pair<Node, Node>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (key === 'samples') list = pair.value;
      else if (key === 'defaults') readDefaults(pair.value, defaults, diagnostics, whole);
      else diagnostics.push(warn('FRP_SAMPLES_UNKNOWN_KEY', `Unknown top-level key '${key}' (expected defaults, samples).`, rangeOf(pair.key, whole)));
    }
  } else {
    diagnostics.push(error('FRP_SAMPLES_NOT_A_LIST', 'A samples file is a list of samples, or a map with `samples:` (and optional `defaults:`).', rangeOf(root, whole)));
    return { samples, defaults, diagnostics };
  }
  if (list === undefined || list === null || (isScalar(list) && list.value === null)) return { samples, defaults, diagnostics };
  if (!isSeq(list)) {
    diagnostics.push(error('FRP_SAMPLES_NOT_A_LIST', '`samples` must be a list.', rangeOf(list, whole)));
    return { samples, defaults, diagnostics };
  }
  list.items.forEach((item, index) => {
    const problems: Problems = [];
    const sample = readSample(item as Node, index, problems, whole);
    diagnostics.push(...problems);
    if (sample && !problems.some((p) => p.severity === 'error')) samples.push(sample);
  });
  const seen = new Map<string, number>();
  for (const s of samples) seen.set(s.id, (seen.get(s.id) ?? 0) + 1);
  for (const [id, count] of seen) {
    if (count > 1) diagnostics.push(warn('FRP_SAMPLE_DUPLICATE_ID', `Sample id '${id}' is used ${count} times.`, whole));
  }
  return { samples, defaults, diagnostics };
}

function error(code: string, message: string, range: Range): Diagnostic {
  return { code, severity: 'error', message, range };
}
function warn(code: string, message: string, range: Range): Diagnostic {
  return { code, severity: 'warning', message, range };
}

function readSample(node: Node | null, index: number, problems: Problems, whole: Range): Sample | undefined {
  const id = defaultSampleId(index);
  if (isScalar(node) && typeof node.value === 'string') {
    if (node.value.trim() === '') problems.push(error('FRP_SAMPLE_INVALID', `Sample ${index + 1}: empty command.`, rangeOf(node, whole)));
    return { id, command: node.value };
  }
  if (!isMap(node)) {
    problems.push(error('FRP_SAMPLE_INVALID', `Sample ${index + 1} must be a command line or a map with \`command\`.`, rangeOf(node, whole)));
    return undefined;
  }
  const sample: Sample = { id, command: '' };
  let hasCommand = false;
  for (const pair of node.items as Pair<Node, Node>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const at = rangeOf(pair.value ?? pair.key, rangeOf(node, whole));
    const bad = (what: string) => problems.push(error('FRP_SAMPLE_INVALID', `Sample ${index + 1}: \`${key}\` ${what}.`, at));
    const v = pair.value;
    switch (key) {
      case 'id':
      case 'command':
      case 'parent':
      case 'cwd':
      case 'interpreter':
      case 'exepath':
      case 'note': {
        const s = readString(v);
        if (s === undefined) bad('must be a string');
        else if (key === 'command') {
          sample.command = s;
          hasCommand = true;
          if (s.trim() === '') bad('is empty');
        } else sample[key] = s;
        break;
      }
      case 'parent_missing': {
        if (!isScalar(v) || typeof v.value !== 'boolean') bad('must be true or false');
        else if (v.value) sample.parentMissing = true;
        break;
      }
      case 'ancestors': {
        const list = readStringList(v);
        if (!list) bad('must be a list of process command lines');
        else sample.ancestors = list;
        break;
      }
      case 'user': {
        const u = readUser(v);
        if (u === undefined) bad('must be a user name, a uid, or {name, uid, loginuid}');
        else sample.user = u;
        break;
      }
      case 'container': {
        const c = readContainer(v);
        if (c === undefined) bad('must be `host`, an image reference, or {image, id, name, type, k8s_namespace, k8s_pod}');
        else sample.container = c;
        break;
      }
      case 'tty': {
        const t = isScalar(v) && (typeof v.value === 'number' || typeof v.value === 'string') ? v.value : undefined;
        if (t === undefined) bad('must be pts/N, none or a number');
        else sample.tty = t;
        break;
      }
      case 'env': {
        const env = readStringMap(v, false);
        if (!env) bad('must be a map of NAME: value');
        else sample.env = env as Record<string, string>;
        break;
      }
      case 'fields': {
        const fields = readStringMap(v, true);
        if (!fields) bad('must be a map of field: value (null = no value)');
        else sample.fields = fields;
        break;
      }
      case 'script': {
        const s = readString(v);
        if (s !== 'auto' && s !== 'on' && s !== 'off') bad('must be auto, on or off');
        else sample.script = s;
        break;
      }
      case 'expect': {
        const e = readExpect(v, problems, index, whole);
        if (e) sample.expect = e;
        break;
      }
      default:
        problems.push(warn('FRP_SAMPLE_UNKNOWN_KEY', `Sample ${index + 1}: unknown key '${key}' (ignored).`, rangeOf(pair.key, whole)));
    }
  }
  if (!hasCommand) problems.push(error('FRP_SAMPLE_INVALID', `Sample ${index + 1} has no \`command\`.`, rangeOf(node, whole)));
  return sample;
}

function readExpect(v: Node | null, problems: Problems, index: number, whole: Range): Record<string, Expectation> | undefined {
  if (!isMap(v)) {
    problems.push(error('FRP_SAMPLE_INVALID', `Sample ${index + 1}: \`expect\` must map rule names to alert or no_alert.`, rangeOf(v, whole)));
    return undefined;
  }
  const out: Record<string, Expectation> = {};
  for (const pair of v.items as Pair<Node, Node>[]) {
    const rule = isScalar(pair.key) ? String(pair.key.value) : '';
    const raw = readString(pair.value);
    // match / no_match are the real-world corpus's words for the same verdicts.
    const verdict = raw === 'match' ? 'alert' : raw === 'no_match' ? 'no_alert' : raw;
    if (verdict !== 'alert' && verdict !== 'no_alert') {
      problems.push(error('FRP_SAMPLE_INVALID', `Sample ${index + 1}: expectation for '${rule}' must be alert or no_alert.`, rangeOf(pair.value ?? pair.key, whole)));
    } else setOwn(out, rule, verdict);
  }
  return out;
}

/**
 * Keys read from the text become own properties: `__proto__` is a field, variable or rule name
 * like any other, and a plain assignment would set the object's prototype instead (or drop it).
 */
function setOwn<T>(obj: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function readString(v: Node | null | undefined): string | undefined {
  if (!isScalar(v)) return undefined;
  if (typeof v.value === 'string') return v.value;
  if (typeof v.value === 'number' || typeof v.value === 'boolean') return String(v.source ?? v.value);
  return undefined;
}

function readStringList(v: Node | null): string[] | undefined {
  if (!isSeq(v)) return undefined;
  const out: string[] = [];
  for (const item of v.items) {
    const s = readString(item as Node);
    if (s === undefined) return undefined;
    out.push(s);
  }
  return out;
}

function readStringMap(v: Node | null, allowNull: boolean): Record<string, string | null> | undefined {
  if (!isMap(v)) return undefined;
  const out: Record<string, string | null> = {};
  for (const pair of v.items as Pair<Node, Node>[]) {
    const key = readString(pair.key);
    if (key === undefined) return undefined;
    if (allowNull && (pair.value === null || (isScalar(pair.value) && pair.value.value === null))) {
      setOwn(out, key, null);
      continue;
    }
    const s = readString(pair.value);
    if (s === undefined) return undefined;
    setOwn(out, key, s);
  }
  return out;
}

function readUser(v: Node | null): SampleUser | undefined {
  if (isScalar(v) && typeof v.value === 'number') return Number.isInteger(v.value) && v.value >= 0 ? String(v.value) : undefined;
  if (isScalar(v) && typeof v.value === 'string') return v.value;
  if (!isMap(v)) return undefined;
  const out: { name?: string; uid?: number; loginuid?: number } = {};
  for (const pair of v.items as Pair<Node, Node>[]) {
    const key = readString(pair.key);
    const val = isScalar(pair.value) ? pair.value.value : undefined;
    if (key === 'name' && typeof val === 'string') out.name = val;
    else if ((key === 'uid' || key === 'loginuid') && typeof val === 'number' && Number.isInteger(val)) out[key] = val;
    else return undefined;
  }
  return out;
}

function readContainer(v: Node | null): SampleContainer | undefined {
  // `true` / `false` as in the real-world corpus: the standard container / the host.
  if (isScalar(v) && typeof v.value === 'boolean') return v.value ? {} : 'host';
  if (isScalar(v)) return typeof v.value === 'string' && v.value.trim() !== '' ? v.value : undefined;
  if (!isMap(v)) return undefined;
  const out: Record<string, string> = {};
  for (const pair of v.items as Pair<Node, Node>[]) {
    const key = readString(pair.key);
    const field = key !== undefined ? CONTAINER_KEYS[key] : undefined;
    const val = readString(pair.value);
    if (field === undefined || val === undefined) return undefined;
    out[field] = val;
  }
  return out;
}

function readDefaults(v: Node | null, defaults: SampleDefaults, diagnostics: Diagnostic[], whole: Range): void {
  if (v === null || (isScalar(v) && v.value === null)) return;
  if (!isMap(v)) {
    diagnostics.push(error('FRP_SAMPLES_DEFAULTS', '`defaults` must be a map.', rangeOf(v, whole)));
    return;
  }
  for (const pair of v.items as Pair<Node, Node>[]) {
    const key = readString(pair.key) ?? '';
    const at = rangeOf(pair.value ?? pair.key, whole);
    const bad = (what: string) => diagnostics.push(error('FRP_SAMPLES_DEFAULTS', `defaults: \`${key}\` ${what}; the built-in default is used.`, at));
    if (!DEFAULTS_KEYS.includes(key)) {
      diagnostics.push(warn('FRP_SAMPLES_UNKNOWN_KEY', `defaults: unknown key '${key}' (expected ${DEFAULTS_KEYS.join(', ')}).`, rangeOf(pair.key, whole)));
      continue;
    }
    const val = pair.value;
    if (key === 'parent' || key === 'cwd') {
      const s = readString(val);
      if (s === undefined) bad('must be a string');
      else defaults[key] = s;
    } else if (key === 'ancestors') {
      const list = readStringList(val);
      if (!list) bad('must be a list of strings');
      else defaults.ancestors = list;
    } else if (key === 'tty') {
      const t = isScalar(val) && (typeof val.value === 'number' || typeof val.value === 'string') ? val.value : undefined;
      if (t === undefined) bad('must be pts/N, none or a number');
      else defaults.tty = t;
    } else if (key === 'env') {
      const env = readStringMap(val, false);
      if (!env) bad('must be a map of NAME: value');
      else defaults.env = env as Record<string, string>;
    } else if (key === 'container') {
      const c = readContainer(val);
      if (c === undefined) bad('must be `host`, an image reference or a map');
      else defaults.container = c;
    } else if (key === 'user') {
      const u = readUser(val);
      const resolved = u === undefined ? undefined : defaultsUser(u, defaults.user);
      if (!resolved) bad('must be a known user name, a uid, or {name, uid, loginuid}');
      else defaults.user = resolved;
    }
  }
}

function defaultsUser(u: SampleUser, current: SampleDefaults['user']): SampleDefaults['user'] | undefined {
  if (typeof u === 'string') {
    const entry = /^\d+$/.test(u) ? PASSWD.find((p) => p.uid === Number(u)) ?? { name: u, uid: Number(u) } : PASSWD.find((p) => p.name === u);
    return entry ? { name: entry.name, uid: entry.uid, loginuid: current.loginuid } : undefined;
  }
  const byName = u.name !== undefined ? PASSWD.find((p) => p.name === u.name) : undefined;
  const uid = u.uid ?? byName?.uid;
  if (uid === undefined) return undefined;
  return { name: u.name ?? PASSWD.find((p) => p.uid === uid)?.name ?? String(uid), uid, loginuid: u.loginuid ?? current.loginuid };
}

export { defaultSampleId, serializeSamplesYaml } from './yaml-write';

/** The yaml library reports errors at end of input one past the text; ranges stay inside it. */
function clampRange(start: number, end: number, length: number): { start: number; end: number } {
  const s = Math.max(0, Math.min(start, length));
  return { start: s, end: Math.max(s, Math.min(end, length)) };
}
