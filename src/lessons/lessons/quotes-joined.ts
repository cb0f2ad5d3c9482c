import type { Lesson } from '../types';

const RULE = 'Firewall Rules Flushed';

export const quotesJoinedLesson: Lesson = {
  id: 'quotes-joined',
  title: 'Quotes vanish when arguments are joined',
  summary: 'iptables --comment "-F test" looks like a flush to proc.args contains " -F".',
  ruleName: RULE,
  base: 'stock',
  rulesText: `- rule: ${RULE}
  desc: iptables was asked to flush a chain.
  condition: >
    spawned_process and proc.name = iptables and
    (proc.args startswith "-F" or proc.args contains " -F")
  output: Firewall rules flushed | command=%proc.cmdline
  priority: WARNING
  tags: [maturity_sandbox, host, container, process]
`,
  samples: [
    { id: 'l3-1', command: 'iptables -F', expect: { [RULE]: 'alert' } },
    { id: 'l3-2', command: 'iptables -t nat -F', expect: { [RULE]: 'alert' } },
    { id: 'l3-3', command: 'iptables -A INPUT -m comment --comment "-F test" -j ACCEPT', expect: { [RULE]: 'no_alert' } },
    { id: 'l3-4', command: 'iptables -L -n', expect: { [RULE]: 'no_alert' } },
  ],
  goal: 'Alert on real flushes (rows 1 and 2) but not on a rule whose comment text happens to start with -F.',
  hints: [
    'What does proc.args look like for row 3? The quotes are not there.',
    'The shell removed the quotes; Falco joins argv with plain spaces, so "-F test" becomes two words. Anchoring with spaces cannot tell them apart.',
    'Look at single arguments instead: proc.args[0] is the first argument after the program name, proc.args[2] the third.',
  ],
  explanation:
    'The shell strips quotes before the program starts, and proc.args is argv joined by single spaces without any quoting. ' +
    'So "--comment \'-F test\'" reaches the condition as "--comment -F test", and " -F" is found. ' +
    'proc.args[N] reads one argument as the program received it; checking the position where iptables expects its command (first, or third after -t TABLE) avoids the comment text.',
  solution: `- rule: ${RULE}
  desc: iptables was asked to flush a chain.
  condition: >
    spawned_process and proc.name = iptables and
    (proc.args[0] in ("-F", "--flush") or (proc.args[0] = "-t" and proc.args[2] in ("-F", "--flush")))
  output: Firewall rules flushed | command=%proc.cmdline
  priority: WARNING
  tags: [maturity_sandbox, host, container, process]
`,
};
