import { EVENT_TYPE_NAMES } from '../fields/event-table-data';
import type { FalcoEvent } from './types';

/**
 * Event type names that name an event, i.e. a slot of Falco's evttype index. `""` is left out:
 * libsinsp accepts `evt.type = ""` in a condition, but no event has that type.
 */
const EVENT_TYPES = new Set(EVENT_TYPE_NAMES.filter((n) => n !== ''));

export function isEventTypeName(name: string): boolean {
  return EVENT_TYPES.has(name);
}

/**
 * The type an event stands for. A sample is built as an execve exit, but it can say it stands for
 * another event with its own `evt.type` value (`fields: {evt.type: openat, fd.name: /etc/shadow}`,
 * or an imported alert whose output_fields carry evt.type). Conditions read that value, so it is
 * also the type Falco's ruleset files the event under when choosing which rules to run. A null
 * value ("evt.type has no value") describes no other event: the event keeps its own type.
 */
export function eventTypeOf(ev: FalcoEvent): string {
  const o = ev.overrides;
  if (o !== undefined && Object.prototype.hasOwnProperty.call(o, 'evt.type')) {
    const t = o['evt.type'];
    if (typeof t === 'string') return t;
  }
  return ev.type;
}
