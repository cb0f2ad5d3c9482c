import { describe, expect, it } from 'vitest';
import { cachedSampleToEvent } from './event-cache';
import { sampleToEvent } from './to-event';
import { DEFAULT_SAMPLE_DEFAULTS } from './context';

describe('cachedSampleToEvent', () => {
  it('converts a sample object once per defaults object, with the result sampleToEvent gives', () => {
    const sample = { id: 'a', command: 'systemctl stop falco' };
    const first = cachedSampleToEvent(sample);
    expect(first).toEqual(sampleToEvent(sample));
    expect(cachedSampleToEvent(sample)).toBe(first);
    const other = { ...DEFAULT_SAMPLE_DEFAULTS, container: 'host' as const };
    const onHost = cachedSampleToEvent(sample, other);
    expect(onHost).not.toBe(first);
    expect(onHost).toEqual(sampleToEvent(sample, other));
  });

  it('an edited sample is a new object and gets its own event', () => {
    const sample = { id: 'a', command: 'ls' };
    const before = cachedSampleToEvent(sample);
    const edited = { ...sample, command: 'cat /etc/shadow' };
    const after = cachedSampleToEvent(edited);
    expect(after.ok && after.event.proc.comm).toBe('cat');
    expect(before.ok && before.event.proc.comm).toBe('ls');
  });

  it('caches failures too', () => {
    const broken = { id: 'b', command: 'echo "unterminated' };
    const r = cachedSampleToEvent(broken);
    expect(r.ok).toBe(false);
    expect(cachedSampleToEvent(broken)).toBe(r);
  });
});
