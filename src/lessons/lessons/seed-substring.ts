import { SEED_FIXED_RULES_YAML, SEED_RULES_YAML, SEED_RULE_NAME } from '../../engine/sample/seed';
import type { Lesson } from '../types';

/**
 * The reviewer's complete fix: the systemctl and service blocks (SEED_FIXED_RULES_YAML) plus the
 * anchored iptables flags of the same review.
 */
const SOLUTION = SEED_FIXED_RULES_YAML.replace(
  `(proc.args contains "-F" or proc.args contains "--flush" or
         proc.args contains "-X" or proc.args contains "--delete-chain"))`,
  `(proc.args startswith "-F" or proc.args startswith "--flush" or
         proc.args startswith "-X" or proc.args startswith "--delete-chain" or
         proc.args contains " -F" or proc.args contains " --flush" or
         proc.args contains " -X" or proc.args contains " --delete-chain"))`,
);

/** The review of falcosecurity/rules PR 367, replayed: `contains "stop"` also matches "stopwatch". */
export const seedSubstringLesson: Lesson = {
  id: 'substring-stopwatch',
  title: 'Substrings: why "stop" matches "stopwatch"',
  summary: 'The review of a real rule: contains on proc.args matches inside longer words.',
  ruleName: SEED_RULE_NAME,
  rulesText: SEED_RULES_YAML,
  base: 'stock',
  samples: [
    { id: 'l1-1', command: 'iptables -F', expect: { [SEED_RULE_NAME]: 'alert' } },
    { id: 'l1-2', command: 'systemctl stop falco', expect: { [SEED_RULE_NAME]: 'alert' } },
    { id: 'l1-3', command: 'systemctl reload falco-helper-stopwatch.service', expect: { [SEED_RULE_NAME]: 'no_alert' } },
    { id: 'l1-4', command: 'systemctl stop falco.service', expect: { [SEED_RULE_NAME]: 'alert' } },
    { id: 'l1-5', command: 'systemctl stop nginx-falco-proxy', expect: { [SEED_RULE_NAME]: 'no_alert' } },
    { id: 'l1-6', command: 'iptables -t nat -F', expect: { [SEED_RULE_NAME]: 'alert' } },
    { id: 'l1-7', command: 'iptables -N FLOWS-FILTER', expect: { [SEED_RULE_NAME]: 'no_alert' } },
  ],
  goal: 'Keep alerting on iptables flushes and on "systemctl stop" of security tools, but stop alerting on the stopwatch reload, the proxy and the new chain.',
  hints: [
    'Look at row 3: which part of the condition is true for "reload falco-helper-stopwatch.service"?',
    'proc.args is every argument joined by single spaces. contains is a plain substring test, so "stop" is found inside "stopwatch" and "-F" inside "FLOWS-FILTER".',
    'Anchor the tokens with spaces: (proc.args startswith "stop " or proc.args contains " stop "), and a leading space for the service name and the flags (contains " falco", contains " -F").',
  ],
  explanation:
    'Falco hands proc.args to the condition as one string, the arguments joined by spaces, and contains is a plain substring search. ' +
    'So a short token like "stop" or "-F" also matches inside other words: a unit called falco-helper-stopwatch, a chain called FLOWS-FILTER. ' +
    'Anchoring with a space (startswith "stop " / contains " stop ") makes the token a whole argument; a leading space alone keeps suffixes like falco.service matching. ' +
    'This is what the reviewer asked for on the pull request that proposed this rule.',
  solution: SOLUTION,
};
