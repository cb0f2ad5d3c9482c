import { describe, expect, it } from 'vitest';
import type { FalcoEvent, ProcessInfo } from '../../src/engine/event/types';
import { asFalcoEvent, fieldValueForEvent } from '../../src/engine/language/field-value';
import { hover } from '../../src/engine/language/hover';

const parent: ProcessInfo = { exe: 'bash', comm: 'bash', exepath: '/usr/bin/bash', args: [], cwd: '/', uid: 0, loginuid: 0, tty: 0, env: [], parent: null };
const ev: FalcoEvent = {
  type: 'execve', res: 'SUCCESS', num: 1, container: null,
  proc: { exe: 'iptables', comm: 'iptables', exepath: '/usr/sbin/xtables-nft-multi', args: ['-F'], cwd: '/root', uid: 0, loginuid: 0, tty: 0, env: ['HOME=/root'], parent },
};

describe('fieldValueForEvent', () => {
  it('renders fields as Falco prints them', () => {
    expect(fieldValueForEvent('proc.name', ev)).toBe('iptables');
    expect(fieldValueForEvent('proc.cmdline', ev)).toBe('iptables -F');
    expect(fieldValueForEvent('proc.pname', ev)).toBe('bash');
    expect(fieldValueForEvent('toupper(proc.name)', ev)).toBe('IPTABLES');
    expect(fieldValueForEvent('proc.env[HOME]', ev)).toBe('/root');
  });

  it('says "no value" as null and unknown fields as undefined', () => {
    expect(fieldValueForEvent('proc.aname[5]', ev)).toBeNull();
    expect(fieldValueForEvent('proc.nope', ev)).toBeUndefined();
  });

  it('recognises events handed over as unknown', () => {
    expect(asFalcoEvent(ev)).toBe(ev);
    expect(asFalcoEvent({ foo: 1 })).toBeNull();
    expect(asFalcoEvent(null)).toBeNull();
  });

  it('feeds hovers', () => {
    const text = '- rule: r\n  condition: proc.pname = bash\n';
    const h = hover(text, text.indexOf('pname'), { fieldValue: (f) => fieldValueForEvent(f, ev) });
    expect(h?.contents).toContain('`proc.pname` = `bash`');
  });
});

describe('completion shows sample values', () => {
  it('adds the selected sample value to field documentation', async () => {
    const { complete } = await import('../../src/engine/language/completion');
    const text = '- rule: r\n  condition: proc.\n';
    const r = complete(text, text.indexOf('proc.') + 5, { fieldValue: (f) => fieldValueForEvent(f, ev) });
    expect(r.items.find((i) => i.label === 'proc.cmdline')?.documentation).toContain('Selected sample: `iptables -F`');
    expect(r.items.find((i) => i.label === 'proc.pexe')?.documentation).toContain('Selected sample: `bash`');
  });
});
