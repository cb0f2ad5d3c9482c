/** Reading dropped or chosen files as text, in the order the person gave them. */
export async function readTextFiles(list: FileList | readonly File[]): Promise<{ name: string; content: string }[]> {
  const files = Array.from(list);
  return Promise.all(files.map(async (f) => ({ name: f.name, content: await f.text() })));
}
