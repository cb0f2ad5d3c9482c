import type { Sample } from './types';

/**
 * What the playground opens with: the rule proposed in falcosecurity/rules PR 367, three samples,
 * and the reviewer's fix. The rule is kept byte for byte; the third sample is the reviewer's false
 * positive (`stop` and `falco` are substrings of `falco-helper-stopwatch.service`).
 */

export const SEED_RULE_NAME = 'Impair Security Tools in Container';

export const SEED_RULES_FILE_NAME = 'rules.yaml';

export const SEED_RULES_YAML = `- macro: user_known_security_tool_disable_activities
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

const ORIGINAL_BLOCKS = `      (proc.name = systemctl and proc.args contains "stop" and
        (proc.args contains "falco" or proc.args contains "auditd" or
         proc.args contains "sysdig" or proc.args contains "osquery"))
      or
      (proc.name = service and proc.args contains "stop" and
        (proc.args contains "falco" or proc.args contains "auditd"))
`;

/** The reviewer's replacement for the systemctl and service blocks. */
export const SEED_FIX_BLOCKS = `(proc.name = systemctl and
  (proc.args startswith "stop " or proc.args contains " stop ") and
  (proc.args contains " falco" or proc.args contains " auditd" or
   proc.args contains " sysdig" or proc.args contains " osquery"))
or
(proc.name = service and
  (proc.args startswith "falco " or proc.args startswith "auditd ") and
  (proc.args endswith " stop" or proc.args contains " stop "))`;

/** The seed rules file with the reviewer's fix applied (same indentation as the original). */
export const SEED_FIXED_RULES_YAML = SEED_RULES_YAML.replace(
  ORIGINAL_BLOCKS,
  SEED_FIX_BLOCKS.split('\n')
    .map((line) => `      ${line}`)
    .join('\n') + '\n',
);

export const SEED_SAMPLES: Sample[] = [
  { id: 's1', command: 'iptables -F', expect: { [SEED_RULE_NAME]: 'alert' } },
  { id: 's2', command: 'systemctl stop falco', expect: { [SEED_RULE_NAME]: 'alert' } },
  { id: 's3', command: 'systemctl reload falco-helper-stopwatch.service', expect: { [SEED_RULE_NAME]: 'no_alert' } },
];
