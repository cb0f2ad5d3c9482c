import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scalar } from '../event/extract';
import { slotFor } from '../event/field-slots';
import type { EventView } from '../event/thread';
import { baseComparator, scalarComparator } from './comparators';
import { scalarTest } from './fused';
import type { CompiledOperand } from './operand';
import { PathSet } from './pmatch';

/**
 * A fused check must be exactly `x !== null && cmp.test(x)` over the field's value, whatever the
 * value is (no value, a string, a number, a bigint timestamp, a boolean, or an extractor that
 * answers undefined) and whether or not the value was already extracted.
 */
let current: unknown = null;
const slot = slotFor('test\u0000fused', () => () => current);
const operand = (withSlot: boolean): CompiledOperand => ({
  name: 'test.field', text: 'test.field', type: 'CHARBUF', list: false, printFormat: '', noRhs: false, noTransformer: false,
  slot: withSlot ? slot : undefined, extract: () => current as Scalar | null,
});
const view = (): EventView => ({ vals: [] } as unknown as EventView);

const word = fc.constantFrom('', 'a', 'ab', 'bash', 'sh', '-F', 'b');
const value = fc.oneof(fc.constant(null), fc.constant(undefined), word, fc.constantFrom(0, 1, -1), fc.constant(1n), fc.boolean());

function outcome(f: () => boolean): boolean | 'throws' {
  try {
    return f();
  } catch {
    return 'throws';
  }
}

describe('fused checks', () => {
  it.each(['=', '!=', 'contains', 'startswith', 'endswith', 'in'])('%s agrees with its comparator on every kind of value', (op) => {
    fc.assert(fc.property(value, fc.array(word, { minLength: 0, maxLength: 12 }), fc.boolean(), (x, consts, extractedBefore) => {
      if (op !== 'in' && consts.length === 0) consts = ['a'];
      // String operators only ever see strings (or no value) from string fields.
      if (!['=', '!=', 'in'].includes(op) && typeof x !== 'string' && x !== null) return;
      const cmp = op === 'in' ? baseComparator('in', consts, [], new PathSet(), 'CHARBUF') : scalarComparator(op, consts[0], 'CHARBUF');
      current = x;
      const want = outcome(() => x !== null && cmp.test(x as Scalar));
      const v = view();
      if (extractedBefore) v.vals[slot] = x;
      expect(outcome(() => scalarTest(operand(true), cmp)(v))).toBe(want);
      expect(outcome(() => scalarTest(operand(false), cmp)(view()))).toBe(want);
    }), { numRuns: 300 });
  });

  it('keeps an extracted value on the event view, and asks again when the extractor had none', () => {
    const cmp = scalarComparator('=', 'bash', 'CHARBUF');
    const v = view();
    current = 'bash';
    expect(scalarTest(operand(true), cmp)(v)).toBe(true);
    current = 'sh';
    expect(scalarTest(operand(true), cmp)(v)).toBe(true); // the first value was kept
    const w = view();
    current = undefined;
    expect(scalarTest(operand(true), cmp)(w)).toBe(false);
    current = 'bash';
    expect(scalarTest(operand(true), cmp)(w)).toBe(true);
  });
});
