/**
 * The preset DEFLATE dictionary of share-link format v1. Deflate can copy from it as if it
 * preceded the payload, so text that appears here (Falco vocabulary, the stock macros, the seed
 * rule and samples) costs a few bits in a link instead of its full length: the seed state with
 * ten samples shrinks from ~1040 to ~470 characters (figures in FORMAT.md).
 *
 * FROZEN: every v1 link was compressed against exactly these bytes. Changing one character
 * breaks every existing v1 link; a better dictionary means a new format version (v2) with its
 * own file, and v1 keeps decoding with this one.
 */
const VOCABULARY = [
  'proc.name proc.exe proc.exepath proc.args proc.cmdline proc.pname proc.pcmdline proc.aname proc.pexe',
  'proc.cwd proc.tty proc.env proc.sid proc.vpid proc.duration proc.is_exe_writable proc.is_exe_upper_layer',
  'user.name user.uid user.loginuid user.loginname group.name evt.type evt.res evt.num evt.arg fd.name fd.directory',
  'container.id container.name container.image.repository container.image.tag container.image k8s.ns.name k8s.pod.name',
  ' contains  icontains  startswith  endswith  in ( pmatch  glob  exists  regex  intersects  and not  or ',
  'execve execveat open openat openat2 connect ptrace chmod unlink rename mkdir setuid',
  '- list: \n  items: [\n- macro: \n  condition: \n- rule: \n  desc: \n  condition: >\n  output: \n  priority: \n  tags: [\n  enabled: false\n  exceptions:\n    - name: \n      fields: [\n      comps: [\n      values:\n  override:\n    condition: append\n  append: true\n',
  'EMERGENCY ALERT CRITICAL ERROR WARNING NOTICE INFORMATIONAL INFO DEBUG',
  'maturity_stable maturity_incubating maturity_sandbox host container process network filesystem mitre_execution mitre_persistence mitre_privilege_escalation mitre_defense_evasion mitre_credential_access mitre_discovery mitre_lateral_movement mitre_exfiltration mitre_command_and_control',
  'sh bash dash zsh python3 python perl ruby node curl wget nc ncat socat nmap iptables ip6tables systemctl service sudo su kubectl docker crictl apt-get apt dpkg yum rpm apk pip insmod modprobe chmod chown useradd crontab mount tar base64 openssl ssh scp',
  '%proc.cmdline %proc.name %proc.exepath %proc.pname %user.name %user.uid %user.loginuid %container.id %container.image.repository %evt.type %proc.tty %fd.name',
].join('\n');

const STOCK = `- macro: spawned_process
  condition: (evt.type in (execve, execveat))
- macro: container
  condition: (container.id != host)
- macro: never_true
  condition: (evt.num=0)
- macro: proc_name_exists
  condition: (not proc.name in ("<NA>","N/A"))
- list: shell_binaries
  items: [ash, bash, csh, ksh, sh, tcsh, zsh, dash]
- macro: shell_procs
  condition: (proc.name in (shell_binaries))
- macro: interactive
- macro: system_users
- macro: container_entrypoint
- macro: open_write
- macro: open_read
- macro: sensitive_files
`;

const SEED = `- macro: user_known_security_tool_disable_activities
  condition: (never_true)

- rule: Impair Security Tools in Container
  desc: >
    Detect attempts to stop runtime security tooling or flush firewall rules from inside a
    container (MITRE ATT&CK T1562.001, Impair Defenses: Disable or Modify Tools).
  condition: >
    spawned_process and container and (
      (proc.name in (iptables, ip6tables) and
        (proc.args contains "-F" or proc.args contains "--flush" or
         proc.args contains "-X" or proc.args contains "--delete-chain"))
      or
      (proc.name = systemctl and proc.args contains "stop" and
        (proc.args contains "falco" or proc.args contains "auditd" or
         proc.args contains "sysdig" or proc.args contains "osquery"))
      or
      (proc.name = service and proc.args contains "stop" and
        (proc.args contains "falco" or proc.args contains "auditd"))
    )
    and not user_known_security_tool_disable_activities
  output: Security tool disabled or firewall rules cleared in container | args=%proc.args evt_type=%evt.type user=%user.name user_uid=%user.uid user_loginuid=%user.loginuid process=%proc.name proc_exepath=%proc.exepath parent=%proc.pname command=%proc.cmdline terminal=%proc.tty container_id=%container.id image=%container.image.repository
  priority: WARNING
  tags: [maturity_incubating, container, process, network, mitre_defense_evasion, T1562.001]
`;

const SAMPLES = `defaults:
  parent: 
  ancestors:
  user: 
  container: host
  cwd: 
  tty: 
  env:
samples:
  - command: iptables -F
    expect:
      Impair Security Tools in Container: alert
  - command: systemctl stop falco
    expect:
      Impair Security Tools in Container: alert
  - command: systemctl reload falco-helper-stopwatch.service
    expect:
      Impair Security Tools in Container: no_alert
  - command: 
    parent: 
    parent_missing: true
    user: www-data
    fields:
    script: off
    note: 
`;

const HEADER = '{"base":"stock","rl":,"sl":,"selectedRule":"Impair Security Tools in Container","selectedSample":0,"plugins":"none"}\n';

export const DICTIONARY_V1_TEXT = VOCABULARY + '\n' + STOCK + SAMPLES + SEED + HEADER;
