/**
 * A memo keyed by a MappedText's content: its text and its per-character origins. Two texts with
 * the same characters from the same file positions give the same answers (parsing, list
 * substitution), so the key is exact; the text is the hash key and the origins are compared on
 * a hit. The same object is the fast case (an unchanged base file yields the very same texts).
 */
import { sameOrigins, type MappedText } from './mapped-text';

interface Entry<T> { origins: Float64Array; value: T }

/**
 * Entries kept per text. Each keystroke above a condition gives its text new origins; without a
 * cap, lookups of that text would scan one entry per keystroke. The newest are kept (a miss only
 * means recomputing).
 */
const PER_TEXT = 4;

export class TextMemo<T> {
  private readonly byText = new Map<string, Entry<T>[]>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(text: MappedText, accept: (value: T) => boolean = () => true): T | undefined {
    const entries = this.byText.get(text.text);
    if (!entries) return undefined;
    for (const e of entries) if (sameOrigins(e.origins, text.origins) && accept(e.value)) return e.value;
    return undefined;
  }

  set(text: MappedText, value: T): void {
    let entries = this.byText.get(text.text);
    if (!entries) this.byText.set(text.text, (entries = []));
    if (entries.length >= PER_TEXT) entries.shift();
    else this.count++;
    entries.push({ origins: text.origins, value });
  }
}
