import type { ContainerInfo } from '../event/types';
import type { SampleContainer, SampleDefaults, SampleUser } from './types';

/**
 * The context a sample runs in: who, where, under which parent, in which container. The defaults
 * reproduce the oracle corpus's "ssh login" context (root logged in over ssh on pts/0, parent
 * `-bash` <- `sshd: root@pts/0` <- the sshd listener) inside the playground's standard container.
 */

export const UNSET_LOGINUID = 4294967295;

/** The fixed passwd of the oracle harness (../shared/oracle/README.md). */
export const PASSWD: ReadonlyArray<{ name: string; uid: number; home: string }> = [
  { name: 'root', uid: 0, home: '/root' },
  { name: 'daemon', uid: 1, home: '/usr/sbin' },
  { name: 'www-data', uid: 33, home: '/var/www' },
  { name: 'user', uid: 1000, home: '/home/user' },
  { name: 'nobody', uid: 65534, home: '/nonexistent' },
];

export const DEFAULT_CONTAINER_IMAGE = 'docker.io/library/nginx:1.25';

export const DEFAULT_CONTAINER = {
  image: DEFAULT_CONTAINER_IMAGE,
  id: '3ad7b26ded6d',
  name: 'nginx',
  type: 'containerd',
  k8sNamespace: 'default',
  k8sPod: 'web-7d9c',
} as const;

/** Interactive root session over ssh (the oracle's `ssh login` context). */
export const SSH_SESSION_DEFAULTS: SampleDefaults = {
  parent: '-bash',
  ancestors: ['sshd: root@pts/0', 'sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups'],
  user: { name: 'root', uid: 0, loginuid: 0 },
  container: { ...DEFAULT_CONTAINER },
  cwd: '/root',
  tty: 'pts/0',
  env: { HOME: '/root', USER: 'root', SHELL: '/bin/bash', TERM: 'xterm-256color' },
};

/** A shell started by the runtime inside a Kubernetes pod (the oracle's `container` context). */
export const CONTAINER_SHELL_DEFAULTS: SampleDefaults = {
  parent: 'sh',
  ancestors: [
    '/usr/bin/containerd-shim-runc-v2 -namespace k8s.io -id 9f3c2b7a1d4e5f60718293a4b5c6d7e8f9012345678901234567890abcdef12 -address /run/containerd/containerd.sock',
    '/usr/bin/containerd',
  ],
  user: { name: 'root', uid: 0, loginuid: -1 },
  container: { ...DEFAULT_CONTAINER },
  cwd: '/',
  tty: 'none',
  env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOSTNAME: 'web-7d9c' },
};

export const DEFAULT_SAMPLE_DEFAULTS: SampleDefaults = SSH_SESSION_DEFAULTS;

export type Resolved<T> = { ok: true; value: T } | { ok: false; message: string };

export interface ResolvedUser {
  uid: number;
  /** Kernel value: 4294967295 when unset. */
  loginuid: number;
  /** user.name when the fixed passwd would not give it (a name the sample chose). */
  name?: string;
}

/**
 * A name is looked up in the passwd; a numeric string is a uid. The login uid belongs to the
 * session, not the program (sudo keeps it), so it comes from the defaults unless given.
 */
export function resolveUser(user: SampleUser | undefined, defaults: SampleDefaults['user']): Resolved<ResolvedUser> {
  const loginuidOf = (v: number) => (v < 0 ? UNSET_LOGINUID : v);
  if (user === undefined) {
    return { ok: true, value: { uid: defaults.uid, loginuid: loginuidOf(defaults.loginuid), name: passwdName(defaults.uid) === defaults.name ? undefined : defaults.name } };
  }
  if (typeof user === 'string') {
    if (/^\d+$/.test(user)) return { ok: true, value: { uid: Number(user), loginuid: loginuidOf(defaults.loginuid) } };
    const entry = PASSWD.find((p) => p.name === user);
    if (!entry) return { ok: false, message: `Unknown user '${user}': the built-in passwd knows ${PASSWD.map((p) => p.name).join(', ')}; give {name, uid} for another one.` };
    return { ok: true, value: { uid: entry.uid, loginuid: loginuidOf(defaults.loginuid) } };
  }
  let uid = user.uid;
  if (uid === undefined && user.name !== undefined) {
    const entry = PASSWD.find((p) => p.name === user.name);
    if (!entry) return { ok: false, message: `Unknown user '${user.name}': give its uid too.` };
    uid = entry.uid;
  }
  uid ??= defaults.uid;
  if (!Number.isInteger(uid) || uid < 0 || uid > 4294967295) return { ok: false, message: `Invalid uid ${uid}.` };
  const name = user.name !== undefined && passwdName(uid) !== user.name ? user.name : undefined;
  return { ok: true, value: { uid, loginuid: loginuidOf(user.loginuid ?? defaults.loginuid), name } };
}

export function passwdName(uid: number): string | undefined {
  return PASSWD.find((p) => p.uid === uid)?.name;
}

export function homeOf(uid: number): string | undefined {
  return PASSWD.find((p) => p.uid === uid)?.home;
}

/**
 * The kernel's encoded tty device number (new_encode_dev): pts/N is major 136, ttyN major 4,
 * ttySN major 4 minor 64+N. `pts/0` = 34816 as in the oracle's events.
 */
export function encodeTty(tty: string | number | undefined): Resolved<number> {
  if (tty === undefined || tty === '' || tty === 'none' || tty === '?') return { ok: true, value: 0 };
  if (typeof tty === 'number') return Number.isInteger(tty) && tty >= 0 ? { ok: true, value: tty } : { ok: false, message: `Invalid tty ${tty}.` };
  const t = tty.replace(/^\/dev\//, '');
  if (/^\d+$/.test(t)) return { ok: true, value: Number(t) };
  let m = /^pts\/(\d+)$/.exec(t);
  if (m) return { ok: true, value: encodeDev(136, Number(m[1])) };
  m = /^ttyS(\d+)$/.exec(t);
  if (m) return { ok: true, value: encodeDev(4, 64 + Number(m[1])) };
  m = /^tty(\d+)$/.exec(t);
  if (m) return { ok: true, value: encodeDev(4, Number(m[1])) };
  return { ok: false, message: `Unknown tty '${tty}': use pts/N, ttyN, ttySN, none or a device number.` };
}

function encodeDev(major: number, minor: number): number {
  return (minor & 0xff) | (major << 8) | ((minor & ~0xff) << 12);
}

/**
 * The container plugin's view. An image reference is split into repository and tag/digest;
 * CRI runtimes report fully qualified names, so a short `nginx:1.25` becomes
 * `docker.io/library/nginx:1.25` unless the type is `docker` (which reports what was typed).
 */
export function resolveContainer(container: SampleContainer | undefined, defaults: SampleContainer): ContainerInfo | null {
  const c = container ?? defaults;
  if (c === 'host') return null;
  const base = typeof defaults === 'object' ? defaults : DEFAULT_CONTAINER;
  // Missing keys come from the default container: `{k8sNamespace: kube-system}` keeps the image.
  const spec = { ...base, ...(typeof c === 'string' ? { image: c } : c) };
  const type = spec.type ?? 'containerd';
  const info: ContainerInfo = { id: spec.id ?? DEFAULT_CONTAINER.id, type };
  if (spec.image) {
    const ref = parseImageRef(spec.image, type !== 'docker');
    info.image = ref.image;
    info.repository = ref.repository;
    if (ref.tag !== undefined) info.tag = ref.tag;
    if (ref.digest !== undefined) info.digest = ref.digest;
  }
  const imageChanged = spec.image !== base.image;
  const name = typeof c === 'object' && c.name !== undefined ? c.name : imageChanged && info.repository ? info.repository.split('/').pop() : spec.name;
  if (name !== undefined) info.name = name;
  if (spec.k8sNamespace !== undefined) info.k8sNamespace = spec.k8sNamespace;
  if (spec.k8sPod !== undefined) info.k8sPod = spec.k8sPod;
  return info;
}

export function parseImageRef(ref: string, qualify: boolean): { image: string; repository: string; tag?: string; digest?: string } {
  let rest = ref.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let repository = rest;
  if (qualify) {
    const first = repository.split('/')[0];
    const hasRegistry = repository.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
    if (!hasRegistry) repository = `docker.io/${repository.includes('/') ? '' : 'library/'}${repository}`;
    if (tag === undefined && digest === undefined) tag = 'latest';
  }
  const image = repository + (tag !== undefined ? `:${tag}` : '') + (digest !== undefined ? `@${digest}` : '');
  return { image, repository, tag, digest };
}
