/**
 * What the Earlier drafts list says about a draft without parsing it (a draft may hold 20,000
 * samples, and the list shows several): its first rule's name and how many samples it has.
 */

/** The number of items of the samples file's `samples:` list (or of a top-level list). */
export function countSamples(samplesYaml: string): number {
  const lines = samplesYaml.split('\n');
  let at = lines.findIndex((l) => /^samples:\s*(#.*)?$/.test(l));
  if (at < 0) {
    if (/^samples:\s*\[\s*\]\s*$/m.test(samplesYaml)) return 0;
    // A top-level list is read as the samples (src/engine/sample/yaml.ts).
    return lines.filter((l) => /^- /.test(l) || l === '-').length;
  }
  let indent: string | null = null;
  let n = 0;
  for (at += 1; at < lines.length; at++) {
    const l = lines[at];
    if (/^\S/.test(l) && !l.startsWith('-')) break; // the next top-level key
    const m = /^( *)-( |$)/.exec(l);
    if (!m) continue;
    indent ??= m[1];
    if (m[1] === indent) n++;
  }
  return n;
}

export function firstRuleName(rules: string): string | null {
  return /^- rule:\s*(.+)$/m.exec(rules)?.[1] ?? null;
}
