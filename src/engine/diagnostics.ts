import type { Range } from './text/range';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/**
 * A problem found in the user's text. Diagnostics are values: engine code returns them and never
 * throws for bad input (an exception escaping the engine is a bug).
 *
 * `code` reuses Falco's code where one exists (LOAD_ERR_YAML_PARSE, LOAD_UNUSED_MACRO, ...).
 * Codes that exist only in the playground start with `FRP_` so nobody searches Falco's docs for them.
 */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  /** Offsets into the file named by `file` (UTF-16, end exclusive). */
  range: Range;
  file?: string;
  /** The rules-file item the problem belongs to. */
  item?: { kind: string; name: string };
  related?: { range: Range; file?: string; message: string }[];
}
