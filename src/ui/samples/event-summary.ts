/**
 * The few field values a person checks first when a verdict surprises them, read from the event a
 * sample became. Display only: the evaluator never reads these strings.
 */
import type { FalcoEvent } from '../../engine/event/types';
import { PASSWD } from '../../engine/sample';

export function eventSummary(ev: FalcoEvent): [field: string, value: string][] {
  const p = ev.proc;
  const rows: [string, string][] = [
    ['proc.name', p.comm],
    ['proc.exe', p.exe],
    ['proc.args', p.args.join(' ')],
    ['proc.exepath', p.exepath],
    ['proc.pname', p.parent ? p.parent.comm : '<NA>'],
    // Falco renders an unknown uid's name as <NA> (the oracle's fixed passwd table).
    ['user.name', p.user ?? PASSWD.find((u) => u.uid === p.uid)?.name ?? '<NA>'],
    ['proc.cwd', p.cwd],
    ['container.image', ev.container ? (ev.container.image ?? '') : 'host'],
  ];
  // A value the sample sets explicitly is the one every rule reads: it takes the derived row's
  // place (listing both would show two values for one field), and any other set field follows.
  if (ev.overrides) {
    for (const [k, v] of Object.entries(ev.overrides)) {
      const at = rows.findIndex(([f]) => f === k);
      if (at >= 0) rows[at] = [k, v ?? '<NA>'];
      else rows.push([k, v ?? '<NA>']);
    }
  }
  return rows;
}
