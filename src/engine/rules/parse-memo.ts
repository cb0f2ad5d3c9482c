/**
 * Parsed conditions by text, independent of where the text is in the files.
 *
 * A condition's AST depends only on its text, but its ranges must lead to the characters it came
 * from. ASTs live in the ConditionSpace, one segment per parsed text; when the same text turns up
 * at other file positions (an edit above it shifted it), the entry's segment is pointed at the new
 * MappedText and the same AST serves: its ranges now map to the new positions, and every memo
 * keyed on the AST (resolution, compilation) keeps answering. A segment serves one condition per
 * load; a second condition with the same text in the same load gets its own entry.
 *
 * Failures hold no ranges into the space (their position is mapped through the current text by
 * the compiler), so they are shared by text alone.
 */
import type { Expr } from '../condition/ast';
import type { Range } from '../text/range';
import { shiftRanges, type ConditionSpace, type Segment } from './condition-space';
import { sameOrigins, type MappedText } from './mapped-text';

export type Parsed = { ok: true; ast: Expr } | { ok: false; error: { message: string; range: Range } };
export type ParseText = (text: string) => { ok: true; ast: Expr } | { ok: false; error: { message: string; range: Range } };

interface Entry { parsed: Parsed; segment: Segment | null; load: number }

export class ParseMemo {
  private readonly byText = new Map<string, Entry[]>();
  private count = 0;

  constructor(private readonly space: ConditionSpace) {}

  get size(): number {
    return this.count;
  }

  parse(text: MappedText, load: number, parseText: ParseText): Parsed {
    let entries = this.byText.get(text.text);
    if (entries) {
      // The same text from the same places (Falco re-parses after every file), or a failure.
      for (const e of entries) {
        if (!e.segment || sameOrigins(e.segment.text.origins, text.origins)) {
          e.load = load;
          return e.parsed;
        }
      }
      // The same text, moved: reuse an AST no other condition of this load is using.
      for (const e of entries) {
        if (e.load !== load) {
          e.segment!.text = text;
          e.load = load;
          return e.parsed;
        }
      }
    } else {
      this.byText.set(text.text, (entries = []));
    }
    const p = parseText(text.text);
    let entry: Entry;
    if (p.ok) {
      const segment = this.space.register(text);
      entry = { parsed: { ok: true, ast: shiftRanges(p.ast, segment.base) }, segment, load };
    } else {
      entry = { parsed: { ok: false, error: p.error }, segment: null, load };
    }
    entries.push(entry);
    this.count++;
    return entry.parsed;
  }
}
