import { describe, expect, it } from 'vitest';
import { parseCondition } from '../condition';
import { conditionEventTypes, matchesTooManyTypes, setContains } from './evttypes';

const types = (cond: string) => {
  const r = parseCondition(cond);
  if (!r.ok) throw new Error(r.error.message);
  return conditionEventTypes(r.ast);
};

describe('event types a condition can match (libs ppm_codes.cpp)', () => {
  it('evt.type =, in and and/or restrict', () => {
    expect([...types('evt.type = execve and proc.name = a').names]).toEqual(['execve']);
    expect([...types('evt.type in (execve, execveat) or (evt.type = open and fd.name = x)').names].sort()).toEqual(['execve', 'execveat', 'open']);
    expect(matchesTooManyTypes(types('evt.type in (execve, execveat) and proc.name = x'))).toBe(false);
  });
  it('no restriction, != and negations match (almost) everything', () => {
    expect(matchesTooManyTypes(types('proc.name = nmap'))).toBe(true);
    expect(matchesTooManyTypes(types('evt.type != execve and proc.name = nmap'))).toBe(true);
    expect(matchesTooManyTypes(types('not evt.type in (open, openat) and proc.name = cat'))).toBe(true);
    expect(matchesTooManyTypes(types('evt.type = open or proc.name = ls'))).toBe(true);
    expect(setContains(types('not evt.type = open'), 'execve')).toBe(true);
    expect(setContains(types('not evt.type = open'), 'open')).toBe(false);
  });
  it('a negated non-type check does not turn into "no type"', () => {
    expect([...types('evt.type = execve and not proc.name = cat').names]).toEqual(['execve']);
  });
  it('evt.num = 0 can never hold: no event type, so no warning', () => {
    const s = types('evt.num = 0 and proc.name = systemctl');
    expect(s.complement).toBe(false);
    expect(s.names.size).toBe(0);
    expect(matchesTooManyTypes(s)).toBe(false);
  });
});
