import { scanRulesSource } from '../../engine/lint';
import type { Lesson } from '../types';

const RULE = 'Shell Spawned in Container';
const CONDITION = 'spawned_process and container and proc.name in (shell_binaries)';

/** The point of the lesson: the condition stays as it is and the tuning lives in exceptions. */
function keepsConditionUsesExceptions(rulesText: string): string | null {
  const rule = scanRulesSource(rulesText).items.find((it) => it.kind === 'rule' && it.name === RULE);
  if (!rule) return null; // the scorer already reports the missing rule
  if (rule.condition?.value.replace(/\s+/g, ' ').trim() !== CONDITION) return 'Keep the condition as it was; tune the rule with an exceptions: entry instead.';
  if (!rule.exceptions) return 'Add an exceptions: entry to the rule.';
  return null;
}

export const tuningExceptionsLesson: Lesson = {
  id: 'tuning-exceptions',
  title: 'Tune with exceptions, not by editing the condition',
  summary: 'Silence a known-good healthcheck with an exceptions: entry.',
  ruleName: RULE,
  base: 'stock',
  rulesText: `- rule: ${RULE}
  desc: A shell was started inside a container.
  condition: ${CONDITION}
  output: Shell spawned in a container | command=%proc.cmdline parent=%proc.pname
  priority: NOTICE
  tags: [maturity_sandbox, container, shell, mitre_execution, T1059]
`,
  requirement: keepsConditionUsesExceptions,
  samples: [
    { id: 'l8-1', command: 'sh -i', expect: { [RULE]: 'alert' } },
    { id: 'l8-2', command: 'bash', expect: { [RULE]: 'alert' } },
    { id: 'l8-3', command: 'sh /usr/local/bin/healthcheck.sh', parent: 'containerd-shim -namespace moby', expect: { [RULE]: 'no_alert' }, note: 'The image\'s own healthcheck, run every 10 seconds.' },
    { id: 'l8-4', command: 'sh /tmp/healthcheck.sh', expect: { [RULE]: 'alert' }, note: 'Same file name, different place: keep alerting.' },
  ],
  goal: 'Silence the healthcheck (row 3) with an exceptions: entry, keeping the condition as it is and row 4 alerting.',
  hints: [
    'Select row 3 and use "Add exception": it proposes entries and shows which rows would flip.',
    'An exception names fields and the values that identify the known-good case: fields: [proc.name, proc.args].',
    'values: [[sh, /usr/local/bin/healthcheck.sh]] matches row 3 exactly and leaves /tmp/healthcheck.sh alerting.',
  ],
  explanation:
    'Exceptions are Falco\'s structured way to tune a rule: each entry lists fields, comparison operators and value tuples, and Falco appends "and not (...)" for them when it compiles the rule. ' +
    'Keeping tuning out of the condition means the detection logic stays readable, and an upgrade of the upstream rule does not erase your allow-list (you append to exceptions instead). ' +
    'Choose the narrowest fields that single out the good case: here the exact script path, not just the file name.',
  solution: `- rule: ${RULE}
  desc: A shell was started inside a container.
  condition: spawned_process and container and proc.name in (shell_binaries)
  output: Shell spawned in a container | command=%proc.cmdline parent=%proc.pname
  priority: NOTICE
  tags: [maturity_sandbox, container, shell, mitre_execution, T1059]
  exceptions:
    - name: image_healthcheck
      fields: [proc.name, proc.args]
      comps: [=, =]
      values:
        - [sh, /usr/local/bin/healthcheck.sh]
`,
};
