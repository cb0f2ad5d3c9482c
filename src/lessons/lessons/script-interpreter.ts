import type { Lesson } from '../types';

const RULE = 'Security Service Stopped';

export const scriptInterpreterLesson: Lesson = {
  id: 'script-interpreter',
  title: 'Scripts run through their interpreter',
  summary: 'On Debian "service falco stop" reaches Falco as "/bin/sh /usr/sbin/service falco stop".',
  ruleName: RULE,
  base: 'stock',
  rulesText: `- rule: ${RULE}
  desc: A security service was stopped with the service command.
  condition: >
    spawned_process and proc.name = service and
    (proc.args startswith "falco " or proc.args startswith "auditd ") and
    (proc.args endswith " stop" or proc.args contains " stop ")
  output: Security service stopped | command=%proc.cmdline
  priority: WARNING
  tags: [maturity_sandbox, host, process]
`,
  samples: [
    { id: 'l7-1', command: 'service falco stop', expect: { [RULE]: 'alert' } },
    { id: 'l7-2', command: 'service auditd stop', expect: { [RULE]: 'alert' } },
    { id: 'l7-3', command: 'service falco status', expect: { [RULE]: 'no_alert' } },
    { id: 'l7-4', command: 'service nginx stop', expect: { [RULE]: 'no_alert' } },
  ],
  goal: 'Catch "service falco stop" and "service auditd stop" as Debian really runs them.',
  hints: [
    'Open row 1\'s details: what are proc.exe and proc.args?',
    '/usr/sbin/service is a "#!/bin/sh" script. The kernel runs the interpreter with the script path as the first argument, so proc.args starts with "/usr/sbin/service".',
    'Do not rely on the service name being the first argument: accept it after a space too (contains " falco ").',
  ],
  explanation:
    'When the program is a script, the kernel executes its interpreter: proc.exe becomes /bin/sh and the arguments become the script path followed by the original ones. ' +
    'proc.name stays "service" (the file that was executed), but proc.args is "/usr/sbin/service falco stop". ' +
    'Even the reviewer\'s anchored form startswith "falco " misses it; contains " falco " works in both cases.',
  solution: `- rule: ${RULE}
  desc: A security service was stopped with the service command.
  condition: >
    spawned_process and proc.name = service and
    (proc.args startswith "falco " or proc.args contains " falco " or
     proc.args startswith "auditd " or proc.args contains " auditd ") and
    (proc.args endswith " stop" or proc.args contains " stop ")
  output: Security service stopped | command=%proc.cmdline
  priority: WARNING
  tags: [maturity_sandbox, host, process]
`,
};
