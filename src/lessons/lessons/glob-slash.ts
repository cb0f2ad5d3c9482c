import type { Lesson } from '../types';

const RULE = 'Miner Run From Tmp';

export const globSlashLesson: Lesson = {
  id: 'glob-slash-case',
  title: 'glob crosses "/" and is case-sensitive',
  summary: '"/tmp/*miner*" also matches /tmp/build/miner-tests/run, and misses CryptoMiner.',
  ruleName: RULE,
  base: 'stock',
  rulesText: `- rule: ${RULE}
  desc: A miner-looking program was started directly from /tmp.
  condition: spawned_process and proc.exepath glob "/tmp/*miner*"
  output: Miner started from /tmp | exepath=%proc.exepath command=%proc.cmdline
  priority: WARNING
  tags: [maturity_sandbox, host, container, process]
`,
  samples: [
    { id: 'l6-1', command: '/tmp/xminer --threads 4', expect: { [RULE]: 'alert' } },
    { id: 'l6-2', command: '/tmp/CryptoMiner -o pool.example:3333', expect: { [RULE]: 'alert' } },
    { id: 'l6-3', command: '/tmp/build/miner-tests/run --quick', expect: { [RULE]: 'no_alert' } },
    { id: 'l6-4', command: '/usr/bin/ls /tmp', expect: { [RULE]: 'no_alert' } },
  ],
  goal: 'Alert on miners directly in /tmp whatever their case (rows 1 and 2), not on a test tool in a build directory below /tmp.',
  hints: [
    'Row 3 is three directories deep. Which part of the path did "*miner*" match?',
    'Falco\'s glob is fnmatch without FNM_PATHNAME: "*" also matches "/". And glob compares bytes exactly: "Miner" is not "miner".',
    'Use iglob for case, and exclude deeper paths: and not proc.exepath glob "/tmp/*/*".',
  ],
  explanation:
    'Falco evaluates glob with fnmatch and no flags, so "*" and "?" match "/" too: "/tmp/*miner*" matches any path under /tmp with "miner" anywhere, subdirectories included. ' +
    'glob is also case-sensitive; iglob folds ASCII case. To stay at one level, exclude paths with another "/" after /tmp/ (or use pmatch for whole directory prefixes).',
  solution: `- rule: ${RULE}
  desc: A miner-looking program was started directly from /tmp.
  condition: spawned_process and proc.exepath iglob "/tmp/*miner*" and not proc.exepath glob "/tmp/*/*"
  output: Miner started from /tmp | exepath=%proc.exepath command=%proc.cmdline
  priority: WARNING
  tags: [maturity_sandbox, host, container, process]
`,
};
