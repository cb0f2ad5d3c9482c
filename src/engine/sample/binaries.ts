/**
 * Where common programs live on a Debian 12 system (merged /usr), which of them are symlinks and
 * which are `#!` scripts. The facts follow the events of the oracle corpus (../shared/oracle,
 * `exepath` of fields.jsonl / seed.jsonl) and Debian's packages; anything not listed is assumed to
 * be a binary at /usr/bin/NAME. proc.exepath is the file after symlinks (the kernel's exe link);
 * proc.name is the basename of the path that was executed (the symlink's own name).
 */

/** Programs found in /usr/sbin (root's PATH has /usr/sbin before /usr/bin). */
const USR_SBIN = `iptables ip6tables iptables-save ip6tables-save iptables-restore ip6tables-restore
  iptables-legacy iptables-nft xtables-nft-multi nft arp ifconfig route ip setenforce getenforce
  useradd userdel usermod groupadd groupdel groupmod chpasswd adduser deluser addgroup capsh getcap
  setcap chroot fdisk mkfs mkfs.ext4 mkfs.xfs sysctl tcpdump ufw update-alternatives vipw visudo
  auditctl auditd cron sshd nginx apache2 service php-fpm8.2 useradd newusers pwck grpck iptables-apply
  ebtables arptables ipset tc`;

/** Programs installed by hand or by vendor scripts in /usr/local/bin. */
const USR_LOCAL_BIN = `aws helm kubectl kube-apiserver kube-controller-manager kube-scheduler kube-proxy
  terraform node_exporter k9s kustomize eksctl`;

/** Symlinks (and Debian alternatives) from the path a shell executes to the real file. */
const SYMLINKS: Record<string, string> = {
  '/usr/bin/sh': '/usr/bin/dash',
  '/usr/bin/awk': '/usr/bin/mawk',
  '/usr/bin/nawk': '/usr/bin/mawk',
  '/usr/bin/nc': '/usr/bin/nc.openbsd',
  '/usr/bin/netcat': '/usr/bin/nc.openbsd',
  '/usr/bin/python3': '/usr/bin/python3.11',
  '/usr/bin/python': '/usr/bin/python3.11',
  '/usr/bin/pydoc3': '/usr/bin/pydoc3.11',
  '/usr/bin/vi': '/usr/bin/vim.basic',
  '/usr/bin/vim': '/usr/bin/vim.basic',
  '/usr/bin/view': '/usr/bin/vim.basic',
  '/usr/bin/editor': '/usr/bin/nano',
  '/usr/bin/yum': '/usr/bin/dnf-3',
  '/usr/bin/dnf': '/usr/bin/dnf-3',
  '/usr/bin/sudoedit': '/usr/bin/sudo',
  '/usr/bin/java': '/usr/lib/jvm/java-17-openjdk-amd64/bin/java',
  '/usr/bin/gcloud': '/usr/lib/google-cloud-sdk/bin/gcloud',
  '/usr/bin/perl5': '/usr/bin/perl',
  '/usr/bin/pager': '/usr/bin/less',
  '/usr/bin/rbash': '/usr/bin/bash',
  '/usr/bin/init': '/usr/lib/systemd/systemd',
  '/usr/sbin/init': '/usr/lib/systemd/systemd',
  '/usr/bin/systemd': '/usr/lib/systemd/systemd',
  '/usr/bin/pidof': '/usr/sbin/killall5',
};
// kmod provides every module tool through symlinks (Debian 12 puts them in /usr/sbin or /usr/bin).
for (const tool of ['insmod', 'rmmod', 'modprobe', 'lsmod', 'depmod', 'modinfo', 'kmod']) {
  SYMLINKS[`/usr/sbin/${tool}`] = '/usr/bin/kmod';
  SYMLINKS[`/usr/bin/${tool}`] = '/usr/bin/kmod';
}
delete SYMLINKS['/usr/bin/kmod'];
// iptables is one multi-call binary since Debian 11 (iptables-nft).
for (const tool of ['iptables', 'ip6tables', 'iptables-save', 'ip6tables-save', 'iptables-restore', 'ip6tables-restore', 'iptables-nft', 'ebtables', 'arptables']) {
  SYMLINKS[`/usr/sbin/${tool}`] = '/usr/sbin/xtables-nft-multi';
}

/** Which file a PATH lookup finds for programs that are not /usr/bin/NAME. */
const LOCATIONS: Record<string, string> = {
  // The kernel takes comm from this path: module tools are found as /usr/sbin/insmod & co.
  busybox: '/usr/bin/busybox',
  'php-fpm': '/usr/sbin/php-fpm8.2',
  insmod: '/usr/sbin/insmod',
  rmmod: '/usr/sbin/rmmod',
  modprobe: '/usr/sbin/modprobe',
  depmod: '/usr/sbin/depmod',
};
for (const name of words(USR_SBIN)) LOCATIONS[name] ??= `/usr/sbin/${name}`;
for (const name of words(USR_LOCAL_BIN)) LOCATIONS[name] = `/usr/local/bin/${name}`;

/**
 * Programs that Debian ships as `#!` scripts, with their shebang. The kernel (binfmt_script) runs
 * the interpreter with argv [interpreter, (its argument,) script path, original args...]: Falco
 * then sees proc.exe = the interpreter, proc.args starting with the script path, proc.name = the
 * script's file name and proc.exepath = the interpreter's real file.
 */
const SCRIPTS: Record<string, string> = {
  '/usr/sbin/service': '/bin/sh',
  '/usr/bin/egrep': '/bin/sh',
  '/usr/bin/fgrep': '/bin/sh',
  '/usr/bin/which': '/bin/sh',
  '/usr/bin/ldd': '/bin/bash',
  '/usr/bin/pip': '/usr/bin/python3',
  '/usr/bin/pip3': '/usr/bin/python3',
  '/usr/bin/ansible': '/usr/bin/python3',
  '/usr/bin/ansible-playbook': '/usr/bin/python3',
  '/usr/sbin/adduser': '/usr/bin/perl',
  '/usr/sbin/deluser': '/usr/bin/perl',
  '/usr/sbin/addgroup': '/usr/bin/perl',
};

/** Interpreter guessed from a script's extension when it is run by path (`./run.sh`). */
const SCRIPT_EXTENSIONS: Record<string, string> = {
  sh: '/bin/sh',
  bash: '/bin/bash',
  py: '/usr/bin/python3',
  pl: '/usr/bin/perl',
  rb: '/usr/bin/ruby',
  php: '/usr/bin/php',
};

// Lookups take program names typed by the person: without a prototype, `toString` or `constructor`
// is an unknown program, not Object.prototype's function (found by test/fuzz).
for (const table of [SYMLINKS, LOCATIONS, SCRIPTS, SCRIPT_EXTENSIONS]) Object.setPrototypeOf(table, null);

/** Set-uid-root programs: after execve their effective uid (user.uid) is 0. */
const SETUID_ROOT = new Set(
  words('/usr/bin/sudo /usr/bin/su /usr/bin/passwd /usr/bin/chsh /usr/bin/chfn /usr/bin/gpasswd /usr/bin/newgrp /usr/bin/pkexec /usr/bin/mount /usr/bin/umount /usr/bin/fusermount3'),
);

/** Shell builtins: typed at a bash prompt they run inside the shell and produce no execve. */
const BUILTINS = new Set(
  words('cd export alias unalias source . eval set unset shopt history echo printf read test [ true false pwd type hash ulimit umask wait jobs fg bg exit return trap kill let local declare typeset'),
);

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

export interface ResolvedProgram {
  /** The path given to execve (what the kernel takes comm from): `/usr/bin/ls`, `./run.sh`. */
  filename: string;
  /** The file after symlinks (proc.exepath). */
  exepath: string;
  /** True when the table knows this program (else the /usr/bin/NAME guess was used). */
  known: boolean;
}

/** Finds the file a shell would execute for argv[0], relative to cwd. */
export function resolveProgram(argv0: string, cwd: string): ResolvedProgram {
  if (argv0.includes('/')) {
    const absolute = normalizePath(argv0.startsWith('/') ? argv0 : `${cwd}/${argv0}`);
    return { filename: argv0, exepath: realPath(absolute), known: true };
  }
  const location = LOCATIONS[argv0];
  const path = location ?? `/usr/bin/${argv0}`;
  return { filename: path, exepath: realPath(path), known: location !== undefined || SYMLINKS[path] !== undefined || SCRIPTS[path] !== undefined };
}

/** `/bin` and `/sbin` point into /usr on Debian 12, then the symlink table applies. */
export function realPath(path: string): string {
  let p = normalizePath(path);
  p = p.replace(/^\/(bin|sbin|lib|lib64)(\/|$)/, '/usr/$1$2').replace(/^\/run\/shm(\/|$)/, '/dev/shm$1');
  for (let hops = 0; hops < 8 && SYMLINKS[p] !== undefined; hops++) p = SYMLINKS[p];
  return p;
}

/** Resolves `.`, `..` and repeated slashes (no file system: symlinks are not consulted). */
export function normalizePath(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

/** The shebang of a known script, or one guessed from the extension (`mode` decides). */
export function scriptShebang(program: ResolvedProgram, argv0: string, mode: 'auto' | 'on'): string | undefined {
  const absolute = realPathKeepLast(program.filename);
  const known = SCRIPTS[absolute];
  if (known) return known;
  const ext = /\.([a-z]+)$/.exec(basename(argv0))?.[1];
  const byExtension = ext ? SCRIPT_EXTENSIONS[ext] : undefined;
  if (byExtension && (mode === 'on' || argv0.includes('/'))) return byExtension;
  return mode === 'on' ? '/bin/sh' : undefined;
}

/**
 * How the kernel runs a program typed by name when it is a known `#!` script: the arguments it
 * puts before the user's ones (interpreter argument, then the script path). The linter uses this
 * to write conditions that match a script the way sampleToEvent shows it.
 */
export function scriptInvocation(name: string): { path: string; interpreter: string; prefix: string[] } | undefined {
  if (name.includes('/')) return undefined;
  const program = resolveProgram(name, '/');
  const shebang = SCRIPTS[realPathKeepLast(program.filename)];
  if (!shebang) return undefined;
  const [interpreter, ...interpreterArgs] = shebang.trim().split(/\s+/);
  return { path: program.filename, interpreter, prefix: [...(interpreterArgs.length ? [interpreterArgs.join(' ')] : []), program.filename] };
}

/** merged-/usr applied to the directory only: `/sbin/service` -> `/usr/sbin/service`. */
function realPathKeepLast(path: string): string {
  return normalizePath(path).replace(/^\/(bin|sbin)\//, '/usr/$1/');
}

export function isSetuidRoot(exepath: string): boolean {
  return SETUID_ROOT.has(exepath);
}

export function isShellBuiltin(name: string): boolean {
  return BUILTINS.has(name);
}

export function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  const slash = trimmed.lastIndexOf('/');
  return slash < 0 ? trimmed : trimmed.slice(slash + 1);
}

/**
 * The kernel's comm: at most 15 bytes (TASK_COMM_LEN 16 with the NUL). We cut on a character
 * boundary so the text stays valid UTF-8; the kernel would keep the leading bytes of a split
 * character, which no condition written in UTF-8 can match anyway.
 */
export function truncateComm(name: string): { comm: string; splitCharacter: boolean } {
  const bytes = new TextEncoder().encode(name);
  if (bytes.length <= 15) return { comm: name, splitCharacter: false };
  let comm = '';
  let used = 0;
  for (const ch of name) {
    const len = new TextEncoder().encode(ch).length;
    if (used + len > 15) return { comm, splitCharacter: used < 15 };
    comm += ch;
    used += len;
  }
  return { comm, splitCharacter: false };
}
