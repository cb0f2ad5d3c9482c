import { describe, expect, it } from 'vitest';
import { answerConditionCase, pluginMode } from './condition-case';

const event = {
  exe: 'ls', comm: 'ls', exepath: '/usr/bin/ls', args: [], cwd: '/', uid: 0, loginuid: 0, tty: 0, env: [],
  parent: { exe: 'bash', comm: 'bash', exepath: '/usr/bin/bash', args: [], cwd: '/', uid: 0, loginuid: 0, tty: 0, env: [] },
};

describe('answerConditionCase', () => {
  it('answers a compiled case with match and fields', () => {
    const a = answerConditionCase({ id: 'x-1', condition: 'proc.name = ls', event, fields: ['proc.pname', 'fd.name'], plugins: [] });
    expect(a).toEqual({ id: 'x-1', compiled: true, error: null, stage: null, pos: null, match: true, fields: { 'proc.pname': 'bash', 'fd.name': null } });
  });
  it('reports parse errors with libsinsp prefix and position', () => {
    const a = answerConditionCase({ id: 'x-2', condition: 'proc.name =', event, plugins: [] });
    expect(a.stage).toBe('parse');
    expect(a.compiled).toBe(false);
    expect(a.error).toMatch(/^filter error at index \d+, line 1, column \d+: /);
    expect(a.pos?.line).toBe(1);
  });
  it('plugins [] means no container plugin: its fields are a compile error', () => {
    const a = answerConditionCase({ id: 'x-3', condition: 'container.id = host', event, plugins: [] });
    expect(a).toMatchObject({ compiled: false, stage: 'compile', pos: { idx: 0, line: 1, col: 1 }, error: 'filter_check called with nonexistent field container.id' });
    const b = answerConditionCase({ id: 'x-4', condition: 'container.id = host', event });
    expect(b).toMatchObject({ compiled: true, match: true });
  });
  it.each([
    // [condition, pos]: libsinsp places a compile error at the start of the check (or macro
    // reference) that failed; {0,1,1} only when that check opens the condition.
    ['proc.nope = x', { idx: 0, line: 1, col: 1 }],
    ['proc.env = x and proc.nope = y', { idx: 17, line: 1, col: 18 }],
    ['proc.name = x and not user_known_x', { idx: 22, line: 1, col: 23 }],
    ['proc.name = x\nand container', { idx: 18, line: 2, col: 5 }],
    ['not proc.apid[9] contains 0', { idx: 4, line: 1, col: 5 }],
    // a field inside the check does not move it: the check's start, not the RHS field's
    ['proc.name = x or proc.name = val(proc.nope)', { idx: 17, line: 1, col: 18 }],
    ['(proc.name = a) and (tolower(user.uid) = 0)', { idx: 21, line: 1, col: 22 }],
    // byte offsets: é is two bytes in UTF-8
    ['proc.name = é and user.uid = x', { idx: 19, line: 1, col: 20 }],
    // \r\n is two line breaks for libsinsp
    ['proc.name = a\r\n  and user.uid = x', { idx: 21, line: 3, col: 7 }],
  ])('reports the compile error of %j at the failing check', (condition, pos) => {
    const a = answerConditionCase({ id: 'x-5', condition, event, plugins: [] });
    expect(a).toMatchObject({ compiled: false, stage: 'compile', pos });
  });
  it('plugin modes', () => {
    expect(pluginMode(undefined)).toBe('container');
    expect(pluginMode([])).toBe('none');
    expect(pluginMode(['container'])).toBe('container');
  });
});
