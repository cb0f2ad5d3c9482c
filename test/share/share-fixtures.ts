import { SEED_RULES_YAML, SEED_SAMPLES, SEED_RULE_NAME } from '../../src/engine/sample/seed';
import { serializeSamplesYaml } from '../../src/engine/sample/yaml';
import type { Sample } from '../../src/engine/sample/types';
import type { ShareState } from '../../src/share/types';

/** The seed state with ten samples: the size budget of FORMAT.md (< 1,500 characters). */
export const TEN_SAMPLES: Sample[] = [
  ...SEED_SAMPLES,
  ...['systemctl stop auditd', 'service falco stop', 'ip6tables --flush', 'iptables -L -n', 'systemctl status falco', 'pkill -9 falco', 'systemctl disable --now falco'].map(
    (command, i) => ({ id: `s${i + 4}`, command }),
  ),
];

export const SEED_STATE_10: ShareState = {
  v: 1,
  rules: SEED_RULES_YAML,
  base: 'stock',
  samplesYaml: serializeSamplesYaml(TEN_SAMPLES),
  selectedRule: SEED_RULE_NAME,
  selectedSample: 0,
};
