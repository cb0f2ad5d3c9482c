import { describe, expect, it } from 'vitest';
import { MAX_SLOTS, readSlot, slotFor } from './field-slots';
import type { EventView } from './thread';

describe('field slots', () => {
  it('gives one slot per key and extracts once per event view', () => {
    let calls = 0;
    const make = () => () => { calls++; return 'value'; };
    const a = slotFor('slots\u0000a', make);
    expect(slotFor('slots\u0000a', make)).toBe(a);
    expect(slotFor('slots\u0000b', make)).not.toBe(a);
    const v = { vals: [] } as unknown as EventView;
    expect(readSlot(v, a)).toBe('value');
    expect(readSlot(v, a)).toBe('value');
    expect(calls).toBe(1);
    readSlot({ vals: [] } as unknown as EventView, a);
    expect(calls).toBe(2);
  });

  it('is bounded: past MAX_SLOTS keys there is no slot (-1) and no growth', () => {
    const first = slotFor('slots\u0000fill0', () => () => 0);
    for (let i = 1; i <= MAX_SLOTS; i++) slotFor(`slots\u0000fill${i}`, () => () => i);
    expect(slotFor('slots\u0000one more', () => () => 1)).toBe(-1);
    expect(slotFor('slots\u0000fill0', () => () => 0)).toBe(first);
  });
});
