/**
 * The base ruleset the playground loads before the user's file (base: 'stock'): the handful of
 * macros and lists that almost every Falco rule builds on. Written by us from the facts of the
 * spec (§4 "Stock macros", which cites falcosecurity/rules `rules/falco_rules.yaml`); the upstream
 * file is never copied. Definitions match upstream's current ones so that a rule pasted from
 * the default ruleset behaves here as it does in Falco.
 *
 * `container` reads container.id, a container-plugin field: with plugins 'none' a rule that uses
 * it does not compile, as in a Falco without the plugin (the unused macro alone only warns).
 */

export const STOCK_FILE_NAME = 'falco_stock_macros.yaml';

export const STOCK_RULES_YAML = `# Stock macros and lists (Falco's default ruleset, restated).
# Loaded before your rules file; redefine or append to any of them in your file.

# Any successful or failed exec (only exit events exist since Falco 0.42).
- macro: spawned_process
  condition: (evt.type in (execve, execveat))

# The container plugin reports container.id "host" for host processes.
- macro: container
  condition: (container.id != host)

# Placeholder for the user_known_* exception macros: never matches (events start at evt.num 1).
- macro: never_true
  condition: (evt.num=0)

- macro: proc_name_exists
  condition: (not proc.name in ("<NA>","N/A"))

# Started less than 5 seconds ago.
- macro: proc_is_new
  condition: (proc.duration <= 5000000000)

- list: shell_binaries
  items: [ash, bash, csh, ksh, sh, tcsh, zsh, dash]

- macro: shell_procs
  condition: (proc.name in (shell_binaries))

# A login over ssh or on a console.
- macro: interactive
  condition: >
    ((proc.aname=sshd and proc.name != sshd) or
    proc.name=systemd-logind or proc.name=login)

- macro: system_users
  condition: (user.name in (bin, daemon, games, lp, mail, nobody, sshd, sync, uucp, www-data))

# The first process of a container: no known parent, or a runtime as parent.
- macro: container_entrypoint
  condition: (not proc.pname exists or proc.pname in (runc:[0:PARENT], runc:[1:CHILD], runc, docker-runc, exe, docker-runc-cur, containerd-shim, systemd, crio, conmon))

# Programs that switch user.
- list: userexec_binaries
  items: [sudo, su, suexec, critical-stack, dzdo]

- macro: open_write
  condition: (evt.type in (open,openat,openat2) and evt.is_open_write=true and fd.typechar='f' and fd.num>=0)

- macro: open_read
  condition: (evt.type in (open,openat,openat2) and evt.is_open_read=true and fd.typechar='f' and fd.num>=0)

- list: sensitive_file_names
  items: [/etc/shadow, /etc/sudoers, /etc/pam.conf, /etc/security/pwquality.conf]

- macro: sensitive_files
  condition: >
    (fd.name in (sensitive_file_names) or
     fd.directory in (/etc/sudoers.d, /etc/pam.d))
`;

export const STOCK_RULES_FILE: { name: string; content: string } = { name: STOCK_FILE_NAME, content: STOCK_RULES_YAML };

/** What a `base` choice puts in front of the user's files. */
export function baseFiles(base: 'stock' | 'none' | 'upstream'): { name: string; content: string }[] {
  // 'upstream' (the real falcosecurity/rules files) is supplied by the host that has them; the
  // engine does not bundle them, so here it means the stock subset.
  return base === 'none' ? [] : [STOCK_RULES_FILE];
}
