/**
 * Text forms of a sample's map-valued context, for the context editor's textareas:
 * env as `NAME=value` lines, field overrides as `field=value` lines (a bare `field` = "no value").
 */
import type { SampleContainer, SampleUser } from '../../engine/sample/types';

export function envToText(env: Record<string, string> | undefined): string {
  return Object.entries(env ?? {}).map(([k, v]) => `${k}=${v}`).join('\n');
}

export function textToEnv(text: string): Record<string, string> | undefined {
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t) continue;
    const eq = t.indexOf('=');
    if (eq <= 0) continue;
    env[t.slice(0, eq)] = t.slice(eq + 1);
  }
  return Object.keys(env).length ? env : undefined;
}

export function fieldsToText(fields: Record<string, string | null> | undefined): string {
  return Object.entries(fields ?? {}).map(([k, v]) => (v === null ? k : `${k}=${v}`)).join('\n');
}

/** `proc.env[A=B]=x` splits at the first `=` after the closing bracket of a field argument. */
export function textToFields(text: string): Record<string, string | null> | undefined {
  const fields: Record<string, string | null> = {};
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t) continue;
    const eq = assignmentAt(t);
    if (eq <= 0) fields[t] = null;
    else fields[t.slice(0, eq).trim()] = t.slice(eq + 1);
  }
  return Object.keys(fields).length ? fields : undefined;
}

export function userToText(user: SampleUser | undefined): string {
  if (user === undefined) return '';
  if (typeof user === 'string') return user;
  return user.name ?? (user.uid !== undefined ? String(user.uid) : '');
}

export function containerImage(container: SampleContainer | undefined): string {
  if (container === undefined || container === 'host') return '';
  if (typeof container === 'string') return container;
  return container.image ?? '';
}

/** Index of the first `=` outside `[...]`, or -1. */
function assignmentAt(line: string): number {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '=' && depth === 0) return i;
  }
  return -1;
}
