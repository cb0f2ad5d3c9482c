import { describe, expect, it } from 'vitest';
import { explainOne, marked } from './helpers';

/** One check per operator, against `systemctl stop falco` (proc.name systemctl, proc.args "stop falco"). */
const CMD = 'systemctl stop falco';

describe('explanation of each operator', () => {
  const cases: [cond: string, status: 'true' | 'false' | 'no_value', mark?: string[]][] = [
    ['proc.name = systemctl', 'true'],
    ['proc.name == systemctl', 'true'],
    ['proc.name != systemctl', 'false'],
    ['proc.name = ls', 'false'],
    ['user.uid < 1', 'true'],
    ['user.uid <= 0', 'true'],
    ['user.uid > 0', 'false'],
    ['user.uid >= 0', 'true'],
    ['proc.args contains falco', 'true', ['falco']],
    ['proc.args icontains FALCO', 'true', ['falco']],
    ['proc.name startswith sys', 'true', ['sys']],
    ['proc.name endswith ctl', 'true', ['ctl']],
    ['proc.name glob "sys*ctl"', 'true', ['systemctl']],
    ['proc.name iglob "SYS*"', 'true', ['systemctl']],
    ['proc.name regex "sys.*"', 'true', ['systemctl']],
    ['proc.args regex "st.p"', 'false'],
    ['proc.name in (ls, systemctl)', 'true'],
    ['proc.name pmatch (/usr)', 'false'],
    ['proc.aname exists', 'true'],
    ['fd.name = /etc/passwd', 'no_value'],
    ['fd.name exists', 'no_value'],
    ['proc.args contains x', 'false'],
  ];
  for (const [cond, status, mark] of cases) {
    it(`${cond} → ${status}`, () => {
      const e = explainOne(cond, CMD);
      expect(e.root.kind).toBe('check');
      expect(e.root.status).toBe(status);
      expect(e.root.text).toBe(cond);
      expect(e.root.values?.length).toBeGreaterThan(0);
      if (mark) expect(marked(e.root)).toEqual(mark);
      if (status !== 'true' || !mark) expect(e.root.matches ?? []).toEqual([]);
    });
  }

  it('a rule that does not compile (bcontains on a string field) has no explanation, not a throw', () => {
    expect(() => explainOne('proc.args bcontains 73746f70', CMD)).toThrow(/bcontains/);
  });

  it('pmatch, in and intersects, each both ways', () => {
    expect(explainOne('proc.exepath pmatch (/usr/bin)', CMD).root.status).toBe('true');
    expect(explainOne('proc.exepath pmatch (/usr/sbin, /opt)', CMD).root.status).toBe('false');
    expect(explainOne('proc.name in (ls, cat)', CMD).root.status).toBe('false');
    expect(explainOne('proc.aname intersects (zsh, fish)', CMD).root.status).toBe('false');
    expect(explainOne('proc.exepath pmatch (/usr/bin)', CMD).root.values).toEqual([{ field: 'proc.exepath', value: '/usr/bin/systemctl' }]);
  });

  it('bcontains and bstartswith on a byte buffer the sample sets, each both ways', () => {
    const sample = { command: CMD, fields: { 'evt.buffer': 'systemctl stop' } };
    expect(explainOne('evt.buffer bcontains 73746f70', sample).root.status).toBe('true');
    expect(explainOne('evt.buffer bcontains 7a7a', sample).root.status).toBe('false');
    expect(explainOne('evt.buffer bstartswith 73', sample).root.status).toBe('true');
    expect(explainOne('evt.buffer bstartswith 74', sample).root.status).toBe('false');
    expect(explainOne('evt.buffer bcontains 73', CMD).root.status).toBe('no_value');
  });

  it('intersects and the any/all modifiers', () => {
    expect(explainOne('proc.aname intersects (bash, zsh)', CMD).root.status).toBe('true');
    expect(explainOne('proc.args contains anyof (falco, auditd)', CMD).root.status).toBe('true');
    expect(explainOne('proc.args contains allof (falco, auditd)', CMD).root.status).toBe('false');
  });

  it('shows the field value read, and a field compared with another field', () => {
    const e = explainOne('proc.name = systemctl', CMD);
    expect(e.root.values).toEqual([{ field: 'proc.name', value: 'systemctl' }]);
    const f = explainOne('proc.name = val(proc.pname)', CMD);
    expect(f.root.status).toBe('false');
    expect(f.root.values?.map((v) => v.field)).toContain('proc.name');
  });

  it('transformers appear as written', () => {
    const e = explainOne('toupper(proc.name) = SYSTEMCTL', CMD);
    expect(e.root.text).toBe('toupper(proc.name) = SYSTEMCTL');
    expect(e.root.status).toBe('true');
  });
});
