/**
 * Field values memoized per event.
 *
 * A field's value depends only on the event and the field text (libsinsp extracts the same value
 * for every filter that reads it), while the playground evaluates the same events again and again:
 * every rule of a ruleset on one event, and every compilation (each keystroke) on the same cached
 * events. So each distinct field text gets a slot number once, process-wide, and each EventView
 * keeps the extracted values in an array indexed by slot: a check reads `v.vals[slot]` and only the
 * first reader of a field on an event runs its extractor.
 *
 * `undefined` in a slot means "not extracted yet" (null is the "no value" result). The registry is
 * bounded: past MAX_SLOTS distinct fields (someone typing `proc.env[A]`, `proc.env[AB]` ... for an
 * hour) new fields get no slot and their operands cache the last event only, as before slots.
 */
import type { EventView } from './thread';

export type SlotValue = unknown;
export type SlotExtractor = (v: EventView) => SlotValue;

export const MAX_SLOTS = 4096;

const slotByKey = new Map<string, number>();
const extractors: SlotExtractor[] = [];

/**
 * The slot of `key` (a field text, qualified by what is extracted), registering `make()`'s
 * extractor the first time; -1 when the registry is full. The same key must always mean the same
 * extraction: callers build it from everything the extractor depends on.
 */
export function slotFor(key: string, make: () => SlotExtractor): number {
  const known = slotByKey.get(key);
  if (known !== undefined) return known;
  if (extractors.length >= MAX_SLOTS) return -1;
  const slot = extractors.length;
  extractors.push(make());
  slotByKey.set(key, slot);
  return slot;
}

/** Extracts slot `k` for `v` and keeps it (an extractor that returns undefined is asked again). */
export function fillSlot(v: EventView, k: number): SlotValue {
  const x = extractors[k](v);
  v.vals[k] = x;
  return x;
}

/** The value of slot `k` on `v`, extracted on first use. */
export function readSlot(v: EventView, k: number): SlotValue {
  const x = v.vals[k];
  return x !== undefined ? x : fillSlot(v, k);
}
