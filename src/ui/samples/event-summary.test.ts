import { describe, expect, it } from 'vitest';
import { sampleToEvent } from '../../engine/sample';
import { eventSummary } from './event-summary';

describe('eventSummary', () => {
  it('shows a field the sample sets once, with the set value, in the derived row’s place', () => {
    const r = sampleToEvent({ id: 's', command: 'systemctl stop falco', fields: { 'proc.pname': 'systemd', 'fd.name': '/etc/shadow' } });
    if (!r.ok) throw new Error('sample did not convert');
    const rows = eventSummary(r.event);
    expect(rows.filter(([f]) => f === 'proc.pname')).toEqual([['proc.pname', 'systemd']]);
    expect(rows.findIndex(([f]) => f === 'proc.pname')).toBe(4);
    expect(rows.at(-1)).toEqual(['fd.name', '/etc/shadow']);
  });
});
