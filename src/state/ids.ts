/** Sample ids only need to be unique within one samples list; they never leave the browser tab's state. */
let counter = 0;

export function newSampleId(existing: ReadonlyArray<{ id: string }>): string {
  const taken = new Set(existing.map((s) => s.id));
  for (;;) {
    counter += 1;
    const id = `s${Date.now().toString(36)}${counter.toString(36)}`;
    if (!taken.has(id)) return id;
  }
}
