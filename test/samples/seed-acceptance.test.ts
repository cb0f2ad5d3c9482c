import { describe, expect, it } from 'vitest';
import { STOCK_RULES_FILE } from '../../src/engine/base/stock';
import { loadRules, evaluateRules } from '../../src/engine/rules';
import { SEED_FIXED_RULES_YAML, SEED_RULE_NAME, SEED_RULES_YAML, SEED_SAMPLES } from '../../src/engine/sample/seed';
import { sampleToEvent } from '../../src/engine/sample/to-event';

/** Stock macros + the PR 367 rule over the three seed samples: the story the playground opens with. */
function verdicts(rules: string): Record<string, boolean> {
  const loaded = loadRules([STOCK_RULES_FILE, { name: 'rules.yaml', content: rules }]);
  expect(loaded.errors).toEqual([]);
  expect(loaded.ok).toBe(true);
  const out: Record<string, boolean> = {};
  for (const s of SEED_SAMPLES) {
    const r = sampleToEvent(s);
    if (!r.ok) throw new Error(r.error.message);
    out[s.command] = evaluateRules(loaded, r.event).matched.includes(SEED_RULE_NAME);
  }
  return out;
}

describe('seed: Impair Security Tools in Container', () => {
  it('the original rule matches all three samples, including the stopwatch false positive', () => {
    expect(verdicts(SEED_RULES_YAML)).toEqual({
      'iptables -F': true,
      'systemctl stop falco': true,
      'systemctl reload falco-helper-stopwatch.service': true,
    });
  });

  it("the reviewer's fix misses the stopwatch row and still catches the other two", () => {
    expect(verdicts(SEED_FIXED_RULES_YAML)).toEqual({
      'iptables -F': true,
      'systemctl stop falco': true,
      'systemctl reload falco-helper-stopwatch.service': false,
    });
  });

  it('the seed expectations describe the fixed behaviour', () => {
    const fixed = verdicts(SEED_FIXED_RULES_YAML);
    for (const s of SEED_SAMPLES) expect(fixed[s.command] ? 'alert' : 'no_alert').toBe(s.expect?.[SEED_RULE_NAME]);
  });

  it('renders the output with the sample context', () => {
    const loaded = loadRules([STOCK_RULES_FILE, { name: 'rules.yaml', content: SEED_RULES_YAML }]);
    const r = sampleToEvent(SEED_SAMPLES[0]);
    if (!r.ok) throw new Error(r.error.message);
    expect(evaluateRules(loaded, r.event).outputs[SEED_RULE_NAME]).toBe(
      'Security tool disabled or firewall rules cleared in container | args=-F evt_type=execve user=root user_uid=0 user_loginuid=0 process=iptables proc_exepath=/usr/sbin/xtables-nft-multi parent=bash command=iptables -F terminal=34816 container_id=3ad7b26ded6d image=docker.io/library/nginx',
    );
  });
});
