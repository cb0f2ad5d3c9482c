import { stringify } from 'yaml';
import { DEFAULT_SAMPLE_DEFAULTS } from './context';
import type { Sample, SampleContainer, SampleDefaults } from './types';

/** Samples without an explicit id are numbered by position. */
export function defaultSampleId(index: number): string {
  return `s${index + 1}`;
}

/**
 * `s<n>`: the form of positional ids, which the app also gives the samples it creates. Such an id
 * is not written (it would be noise in the YAML and in share links); reading the YAML numbers the
 * samples again. An id of any other form was written by a person and is kept.
 */
export function isAppSampleId(id: string): boolean {
  return /^s[1-9][0-9]*$/.test(id);
}

/**
 * Writes the samples file parseSamplesYaml() reads (see yaml.ts for the format). Only what
 * differs from the built-in defaults is written, and a sample that is nothing but a command
 * becomes a one-line item, which keeps share links short.
 */
export function serializeSamplesYaml(samples: readonly Sample[], defaults: SampleDefaults = DEFAULT_SAMPLE_DEFAULTS): string {
  const doc: Record<string, unknown> = {};
  const d = defaultsDelta(defaults);
  if (Object.keys(d).length > 0) doc.defaults = d;
  doc.samples = samples.map((s, i) => sampleNode(s, i));
  return stringify(doc, { lineWidth: 0, minContentWidth: 0 });
}

function sampleNode(s: Sample, index: number): unknown {
  const node: Record<string, unknown> = {};
  if (s.id !== defaultSampleId(index) && !isAppSampleId(s.id)) node.id = s.id;
  node.command = s.command;
  if (s.parent !== undefined) node.parent = s.parent;
  if (s.parentMissing) node.parent_missing = true;
  if (s.ancestors !== undefined) node.ancestors = [...s.ancestors];
  if (s.user !== undefined) node.user = typeof s.user === 'string' ? s.user : { ...s.user };
  if (s.container !== undefined) node.container = containerNode(s.container);
  if (s.cwd !== undefined) node.cwd = s.cwd;
  if (s.tty !== undefined) node.tty = s.tty;
  if (s.env !== undefined) node.env = { ...s.env };
  if (s.fields !== undefined) node.fields = { ...s.fields };
  if (s.script !== undefined) node.script = s.script;
  if (s.interpreter !== undefined) node.interpreter = s.interpreter;
  if (s.exepath !== undefined) node.exepath = s.exepath;
  if (s.expect !== undefined) node.expect = { ...s.expect };
  if (s.note !== undefined) node.note = s.note;
  const keys = Object.keys(node);
  return keys.length === 1 && keys[0] === 'command' && s.command.trim() !== '' ? s.command : node;
}

function containerNode(c: SampleContainer): unknown {
  if (typeof c === 'string') return c;
  const out: Record<string, string> = {};
  if (c.image !== undefined) out.image = c.image;
  if (c.id !== undefined) out.id = c.id;
  if (c.name !== undefined) out.name = c.name;
  if (c.type !== undefined) out.type = c.type;
  if (c.k8sNamespace !== undefined) out.k8s_namespace = c.k8sNamespace;
  if (c.k8sPod !== undefined) out.k8s_pod = c.k8sPod;
  return out;
}

function defaultsDelta(d: SampleDefaults): Record<string, unknown> {
  const base = DEFAULT_SAMPLE_DEFAULTS;
  const out: Record<string, unknown> = {};
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (d.parent !== base.parent) out.parent = d.parent;
  if (!same(d.ancestors, base.ancestors)) out.ancestors = [...d.ancestors];
  if (!same(d.user, base.user)) out.user = { ...d.user };
  if (!same(d.container, base.container)) out.container = containerNode(d.container);
  if (d.cwd !== base.cwd) out.cwd = d.cwd;
  if (d.tty !== base.tty) out.tty = d.tty;
  if (!same(d.env, base.env)) out.env = { ...d.env };
  return out;
}
