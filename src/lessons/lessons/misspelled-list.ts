import type { Lesson } from '../types';

const RULE = 'Cryptominer Launched';

export const misspelledListLesson: Lesson = {
  id: 'misspelled-list',
  title: 'The silent misspelled list',
  summary: 'A typo in a list name is not an error: Falco compares with the literal text.',
  ruleName: RULE,
  base: 'stock',
  rulesText: `- list: miner_binaries
  items: [xmrig, minerd, cpuminer, cgminer]

- rule: ${RULE}
  desc: A known cryptocurrency miner was started.
  condition: spawned_process and proc.name in (miner_binary)
  output: Cryptominer launched | process=%proc.name command=%proc.cmdline
  priority: CRITICAL
  tags: [maturity_sandbox, host, container, process, mitre_impact, T1496]
`,
  samples: [
    { id: 'l5-1', command: 'xmrig --donate-level 1 -o pool.example:3333', expect: { [RULE]: 'alert' } },
    { id: 'l5-2', command: 'minerd -a scrypt -o stratum+tcp://pool.example:3333', expect: { [RULE]: 'alert' } },
    { id: 'l5-3', command: 'top -b -n 1', expect: { [RULE]: 'no_alert' } },
  ],
  goal: 'Make the rule fire for xmrig and minerd.',
  hints: [
    'The file loads without errors, yet nothing matches. Read the condition slowly.',
    'Lists are pasted into the condition as text before it is parsed. A name that is not a list stays a plain value.',
    'miner_binary is not miner_binaries: proc.name is compared with the text "miner_binary". Falco only warns that the list is unused.',
  ],
  explanation:
    'Falco substitutes lists textually: every occurrence of a list\'s name in the condition is replaced by its items before parsing. ' +
    'A misspelled name is not replaced and becomes an ordinary value, so the rule compares proc.name with the text "miner_binary" and never fires. ' +
    'The only clue is the LOAD_UNUSED_LIST warning for the real list.',
  solution: `- list: miner_binaries
  items: [xmrig, minerd, cpuminer, cgminer]

- rule: ${RULE}
  desc: A known cryptocurrency miner was started.
  condition: spawned_process and proc.name in (miner_binaries)
  output: Cryptominer launched | process=%proc.name command=%proc.cmdline
  priority: CRITICAL
  tags: [maturity_sandbox, host, container, process, mitre_impact, T1496]
`,
};
