import { describe, expect, it } from 'vitest';
import type { Sample } from '../engine/sample';
import { parseSamplesYaml, serializeSamplesYaml } from '../engine/sample/yaml';
import { carryOverIds, newSampleId } from './ids';

describe('newSampleId', () => {
  it('gives s<n> ids, unique in the list and never one given out before', () => {
    const a = newSampleId([{ id: 's1' }, { id: 's7' }, { id: 'stop' }]);
    expect(a).toMatch(/^s\d+$/);
    expect(Number(a.slice(1))).toBeGreaterThan(7);
    const b = newSampleId([]); // a deleted sample's id is not handed out again
    expect(Number(b.slice(1))).toBeGreaterThan(Number(a.slice(1)));
  });
});

describe('carryOverIds (samples YAML edits keep each row its id)', () => {
  const before: Sample[] = [
    { id: 's1', command: 'iptables -F' },
    { id: 's12', command: 'systemctl stop falco' },
    { id: 'mine', command: 'ls' },
    { id: 's14', command: 'id' },
  ];
  const reread = (text: string) => carryOverIds(before, parseSamplesYaml(text).samples);

  it('gives back the ids the YAML does not carry', () => {
    const text = serializeSamplesYaml(before);
    expect(text).not.toMatch(/s12|s14/);
    expect(reread(text).map((s) => s.id)).toEqual(['s1', 's12', 'mine', 's14']);
  });

  it('keeps ids of moved samples, and gives an inserted one a new id', () => {
    const ids = reread('samples:\n  - new one\n  - systemctl stop falco\n  - iptables -F\n  - id: mine\n    command: ls\n  - id\n').map((s) => s.id);
    expect(ids.slice(1)).toEqual(['s12', 's1', 'mine', 's14']);
    expect(['s1', 's12', 's14', 'mine']).not.toContain(ids[0]);
    expect(ids[0]).toMatch(/^s\d+$/);
  });

  it('keeps the id of a sample whose command line or context was edited', () => {
    const edited = reread('samples:\n  - iptables -F\n  - command: systemctl stop falco\n    user: www-data\n  - id: mine\n    command: ls\n  - id -u\n');
    expect(edited.map((s) => s.id)).toEqual(['s1', 's12', 'mine', 's14']);
    expect(edited[1].user).toBe('www-data');
  });
});
