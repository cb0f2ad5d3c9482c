import type { Sample } from './types';

/**
 * Checks the shape of a sample that may come from anywhere (a decoded link, a hand-built
 * object): sampleToEvent reads only values this accepted, so it never throws on bad input.
 */
export function shapeProblem(sample: unknown): { key: keyof Sample; message: string } | undefined {
  if (typeof sample !== 'object' || sample === null) return { key: 'command', message: 'A sample must be an object with a command.' };
  const s = sample as Record<string, unknown>;
  const isStr = (v: unknown) => typeof v === 'string';
  const isStrMap = (v: unknown, allowNull: boolean) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string' || (allowNull && x === null));
  const optional: [keyof Sample, (v: unknown) => boolean, string][] = [
    ['parent', isStr, 'a string'],
    ['ancestors', (v) => Array.isArray(v) && v.every(isStr), 'a list of strings'],
    ['cwd', isStr, 'a string'],
    ['interpreter', isStr, 'a string'],
    ['exepath', isStr, 'a string'],
    ['tty', (v) => isStr(v) || typeof v === 'number', 'a string or a number'],
    ['env', (v) => isStrMap(v, false), 'a map of strings'],
    ['fields', (v) => isStrMap(v, true), 'a map of strings or nulls'],
    ['script', (v) => v === 'auto' || v === 'on' || v === 'off', 'auto, on or off'],
    ['user', isUser, 'a user name, a uid or {name, uid, loginuid}'],
    ['container', isContainer, '`host`, an image reference or {image, id, name, type, k8sNamespace, k8sPod}'],
  ];
  if (!isStr(s.command)) return { key: 'command', message: 'The command must be a string.' };
  for (const [key, ok, what] of optional) {
    if (s[key] !== undefined && !ok(s[key])) return { key, message: `\`${key}\` must be ${what}.` };
  }
  return undefined;
}

function isUser(v: unknown): boolean {
  if (typeof v === 'string') return true;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const u = v as Record<string, unknown>;
  const int = (x: unknown) => x === undefined || (typeof x === 'number' && Number.isInteger(x));
  return (u.name === undefined || typeof u.name === 'string') && int(u.uid) && int(u.loginuid);
}

function isContainer(v: unknown): boolean {
  if (typeof v === 'string') return true;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  return Object.values(v).every((x) => x === undefined || typeof x === 'string');
}
