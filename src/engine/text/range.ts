/**
 * A half-open span [start, end) of UTF-16 offsets into some text: the unit that JavaScript strings
 * and Monaco's `getPositionAt` both use. Which text it indexes (a condition string, a rules file)
 * is said by whoever holds it.
 */
export interface Range {
  start: number;
  end: number;
}

/** libsinsp's parser position: a 0-based *byte* offset plus 1-based line and column. */
export interface PosInfo {
  idx: number;
  line: number;
  col: number;
}
