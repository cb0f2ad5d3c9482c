/**
 * Scalar checks fused with their field read: `proc.name = bash` becomes one closure that reads the
 * field's per-event slot and compares, instead of a check calling an extractor then a comparator
 * (three indirect calls per check on the evaluation path, the bulk of its cost). Every fused test
 * is exactly `x !== null && cmp.test(x)` for the comparator it replaces; anything else takes the
 * generic form.
 */
import type { Scalar } from '../event/extract';
import { fillSlot } from '../event/field-slots';
import type { EventView } from '../event/thread';
import type { Comparator } from './comparators';
import type { CompiledOperand } from './operand';

type Test = (v: EventView) => boolean;

/** Up to this many strings, membership is a scan with `===` (faster than a Set for a few). */
const SCAN_MAX = 8;

export function scalarTest(lhs: CompiledOperand, cmp: Comparator): Test {
  const k = lhs.slot;
  if (k === undefined) return extracted(lhs.extract, cmp.test);
  const f = cmp.fusable;
  if (f === null) return slotted(k, cmp.test);
  switch (f.kind) {
    case 'eq': return equals(k, f.s);
    case 'ne': return differs(k, f.s);
    case 'contains': return contains(k, f.s);
    case 'startswith': return startsWith(k, f.s);
    case 'endswith': return endsWith(k, f.s);
    case 'oneOfStrings': {
      const vs = f.values;
      if (vs.length === 1) return equals(k, vs[0]);
      if (vs.length === 2) return eitherOf(k, vs[0], vs[1]);
      if (vs.length <= SCAN_MAX) return scanOf(k, vs);
      return setOf(k, new Set(vs));
    }
  }
}

function extracted(ex: (v: EventView) => unknown, t: (x: Scalar) => boolean): Test {
  return (v) => {
    const x = ex(v);
    return x !== null && t(x as Scalar);
  };
}

function slotted(k: number, t: (x: Scalar) => boolean): Test {
  return (v) => {
    let x = v.vals[k];
    if (x === undefined) x = fillSlot(v, k);
    return x !== null && t(x as Scalar);
  };
}

function equals(k: number, s: string): Test {
  return (v) => {
    const x = v.vals[k];
    return (x !== undefined ? x : fillSlot(v, k)) === s;
  };
}

function differs(k: number, s: string): Test {
  return (v) => {
    let x = v.vals[k];
    if (x === undefined) x = fillSlot(v, k);
    return x !== null && x !== s;
  };
}

function contains(k: number, s: string): Test {
  return (v) => {
    let x = v.vals[k];
    if (x === undefined) x = fillSlot(v, k);
    return x !== null && (x as string).includes(s);
  };
}

function startsWith(k: number, s: string): Test {
  return (v) => {
    let x = v.vals[k];
    if (x === undefined) x = fillSlot(v, k);
    return x !== null && (x as string).startsWith(s);
  };
}

function endsWith(k: number, s: string): Test {
  return (v) => {
    let x = v.vals[k];
    if (x === undefined) x = fillSlot(v, k);
    return x !== null && (x as string).endsWith(s);
  };
}

function eitherOf(k: number, a: string, b: string): Test {
  return (v) => {
    let x = v.vals[k];
    if (x === undefined) x = fillSlot(v, k);
    return x === a || x === b;
  };
}

function scanOf(k: number, vs: string[]): Test {
  const n = vs.length;
  return (v) => {
    let x = v.vals[k];
    if (x === undefined) x = fillSlot(v, k);
    for (let i = 0; i < n; i++) if (x === vs[i]) return true;
    return false;
  };
}

function setOf(k: number, set: Set<unknown>): Test {
  return (v) => {
    let x = v.vals[k];
    if (x === undefined) x = fillSlot(v, k);
    return x !== null && set.has(x);
  };
}
