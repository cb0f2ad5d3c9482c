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
  it('reports compile errors at {0,1,1}; plugins [] means no container plugin', () => {
    const a = answerConditionCase({ id: 'x-3', condition: 'container.id = host', event, plugins: [] });
    expect(a).toMatchObject({ compiled: false, stage: 'compile', pos: { idx: 0, line: 1, col: 1 }, error: 'filter_check called with nonexistent field container.id' });
    const b = answerConditionCase({ id: 'x-4', condition: 'container.id = host', event });
    expect(b).toMatchObject({ compiled: true, match: true });
  });
  it('plugin modes', () => {
    expect(pluginMode(undefined)).toBe('container');
    expect(pluginMode([])).toBe('none');
    expect(pluginMode(['container'])).toBe('container');
  });
});
