/**
 * Sample ids. The app names the samples it creates (added, pasted, duplicated, imported) `s<n>`,
 * the form the samples YAML gives a sample without an `id:` (s1, s2 ... by position): such ids are
 * the app's bookkeeping (React keys, the selection, pinned verdicts), never written into the
 * YAML the person sees or shares (serializeSamplesYaml skips them). Only an id the person wrote
 * (`id: stop-falco`) is kept there.
 */
import { isAppSampleId } from '../engine/sample/yaml-write';

/** The highest n given out in this tab: a deleted sample's id is not reused (its pinned verdicts would follow). */
let issued = 0;

export function newSampleId(existing: ReadonlyArray<{ id: string }>): string {
  let n = issued;
  for (const s of existing) if (isAppSampleId(s.id)) n = Math.max(n, Number(s.id.slice(1)));
  issued = n + 1;
  return `s${issued}`;
}

/**
 * The samples just read from the samples YAML, with the ids of the samples they were (the YAML
 * carries no app ids, so the parser numbers them by position): a sample equal to one before keeps
 * its id, then one with the same command line, then an edited one keeps the id of the sample at its
 * place; the rest get new ids. The
 * selection, an open context editor and pinned verdicts stay with their rows across YAML edits.
 * Ids the person wrote are kept as they are.
 */
export function carryOverIds<T extends { id: string; command: string }>(before: readonly T[], parsed: readonly T[]): T[] {
  const key = (s: T) => JSON.stringify({ ...s, id: undefined });
  const free = new Map<string, T[]>();
  for (const s of before) {
    if (!isAppSampleId(s.id)) continue;
    const k = key(s);
    free.set(k, [...(free.get(k) ?? []), s]);
  }
  const used = new Set<string>();
  const ids: (string | null)[] = parsed.map((s) => {
    if (!isAppSampleId(s.id)) return s.id;
    const same = free.get(key(s))?.find((b) => !used.has(b.id));
    if (!same) return null;
    used.add(same.id);
    return same.id;
  });
  // Only its context edited: the same command line.
  parsed.forEach((s, i) => {
    if (ids[i] !== null || !isAppSampleId(s.id)) return;
    const same = before.find((b) => isAppSampleId(b.id) && !used.has(b.id) && b.command === s.command);
    if (same) { used.add(same.id); ids[i] = same.id; }
  });
  // Its command line edited in place.
  parsed.forEach((s, i) => {
    const at = before[i];
    if (ids[i] === null && isAppSampleId(s.id) && at && isAppSampleId(at.id) && !used.has(at.id)) {
      used.add(at.id);
      ids[i] = at.id;
    }
  });
  const taken = [...before, ...parsed];
  return parsed.map((s, i) => {
    let id = ids[i];
    if (id === null) {
      id = newSampleId(taken);
      taken.push({ ...s, id });
    }
    return id === s.id ? s : { ...s, id };
  });
}
