/**
 * Reading dropped or chosen files as text, in the order the person gave them. A file is data
 * only, and may be anything: files over MAX_IMPORT_FILE_BYTES are not read at all (a 500 MB
 * file would take the page's memory before any limit of the analysis applies), and a file holding
 * NUL bytes is not text (a binary, an archive); both are refused with a message, and nothing the
 * person has is replaced. Bytes that are not UTF-8 are read as U+FFFD and noted.
 */

/** The largest file read, as for a rules file fetched by address (ui/base/fetch-rules.ts). */
export const MAX_IMPORT_FILE_BYTES = 8 * 1024 * 1024;

export interface ReadFiles {
  files: { name: string; content: string }[];
  /** Files not read, each with why. */
  refused: string[];
  /** Files read with a remark (bytes that are not UTF-8). */
  notes: string[];
}

export async function readTextFiles(list: FileList | readonly File[]): Promise<ReadFiles> {
  const out: ReadFiles = { files: [], refused: [], notes: [] };
  for (const f of Array.from(list)) {
    if (f.size > MAX_IMPORT_FILE_BYTES) {
      out.refused.push(`${f.name}: ${(f.size / 1024 / 1024).toFixed(1)} MiB, larger than the ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MiB a file can be here; not read.`);
      continue;
    }
    let content: string;
    try {
      content = await f.text();
    } catch (e) {
      out.refused.push(`${f.name}: could not be read (${e instanceof Error ? e.message : String(e)}).`);
      continue;
    }
    if (content.includes('\0')) {
      out.refused.push(`${f.name}: not a text file (it holds NUL bytes); not read.`);
      continue;
    }
    if (content.includes('\uFFFD')) out.notes.push(`${f.name}: some bytes are not UTF-8; they read as �.`);
    out.files.push({ name: f.name, content });
  }
  return out;
}
