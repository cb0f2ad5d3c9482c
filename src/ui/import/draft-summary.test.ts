import { describe, expect, it } from 'vitest';
import { serializeSamplesYaml } from '../../engine/sample/yaml';
import { countSamples, firstRuleName } from './draft-summary';

describe('draft summary', () => {
  it('counts the samples the writer writes, one-line items and full ones alike', () => {
    const yaml = serializeSamplesYaml([
      { id: 's1', command: 'iptables -F' },
      { id: 's2', command: 'id', user: 'root', ancestors: ['bash', 'sshd'], expect: { R: 'alert' } },
      { id: 'mine', command: 'multi\n- line' },
      ...Array.from({ length: 97 }, (_, i) => ({ id: `s${i + 4}`, command: `echo ${i}` })),
    ], { parent: 'bash', ancestors: ['a', 'b'], user: { name: 'root', uid: 0, loginuid: 0 }, container: 'host', cwd: '/', tty: 'none', env: {} });
    expect(countSamples(yaml)).toBe(100);
  });
  it('reads hand-written forms too', () => {
    expect(countSamples('samples:\n- a\n- b\n')).toBe(2);
    expect(countSamples('- a\n- b\n- c\n')).toBe(3);
    expect(countSamples('samples: []\n')).toBe(0);
    expect(countSamples('')).toBe(0);
  });
  it('names the first rule', () => {
    expect(firstRuleName('- list: x\n  items: []\n- rule: Shell in container\n  desc: d\n')).toBe('Shell in container');
    expect(firstRuleName('- macro: m\n')).toBeNull();
  });
});
