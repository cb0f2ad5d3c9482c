import type { Lesson } from '../types';

const RULE = 'Shell With Unexpected Parent';

export const negationMissingLesson: Lesson = {
  id: 'negation-missing',
  title: 'Negation and missing values',
  summary: 'not proc.pname in (...) is true when Falco does not know the parent.',
  ruleName: RULE,
  base: 'stock',
  rulesText: `- list: allowed_shell_parents
  items: [sshd, sudo, tmux, screen]

- rule: ${RULE}
  desc: A shell was started by a program that does not normally start shells.
  condition: spawned_process and proc.name = bash and not proc.pname in (allowed_shell_parents)
  output: Shell with unexpected parent | parent=%proc.pname command=%proc.cmdline
  priority: WARNING
  tags: [maturity_sandbox, host, process]
`,
  samples: [
    { id: 'l4-1', command: 'bash -c id', parent: 'php-fpm: pool www', fields: { 'proc.pname': 'php-fpm' }, expect: { [RULE]: 'alert' } },
    { id: 'l4-2', command: 'bash -i', parent: '/usr/sbin/sshd -D', expect: { [RULE]: 'no_alert' } },
    { id: 'l4-3', command: 'bash', parentMissing: true, expect: { [RULE]: 'no_alert' }, note: 'Falco does not know this process\'s parent (it started before Falco).' },
    { id: 'l4-4', command: 'bash /tmp/x.sh', parent: 'python3 app.py', expect: { [RULE]: 'alert' } },
  ],
  goal: 'Alert on shells started by php-fpm and python3, but not when the parent is unknown to Falco (row 3).',
  hints: [
    'Row 3 has no parent at all. What is proc.pname for it?',
    'A field that cannot be extracted makes every comparison false, so "proc.pname in (...)" is false, and "not" turns it into true.',
    'Require that the parent is known: add "proc.pname exists and" before the negation (Falco\'s own shell rules do this).',
  ],
  explanation:
    'When Falco cannot extract a field (an unknown parent), every comparison on it is false, including !=. ' +
    'Only a surrounding not turns that false into true, so "not proc.pname in (...)" fires for every process whose parent is unknown. ' +
    'Guard it with "proc.pname exists", or write the allow-list with != (each != is false for a missing value, so the rule stays silent). ' +
    'Both say explicitly what should happen when the value is missing.',
  solution: `- list: allowed_shell_parents
  items: [sshd, sudo, tmux, screen]

- rule: ${RULE}
  desc: A shell was started by a program that does not normally start shells.
  condition: spawned_process and proc.name = bash and proc.pname exists and not proc.pname in (allowed_shell_parents)
  output: Shell with unexpected parent | parent=%proc.pname command=%proc.cmdline
  priority: WARNING
  tags: [maturity_sandbox, host, process]
`,
};
