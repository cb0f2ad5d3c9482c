/**
 * Which rows of a long samples table to render: only those in (or near) the scrolled view, with
 * spacer rows standing in for the rest, so a keystroke re-renders a screenful of rows, not
 * thousands. Short tables (the usual case) render every row. Row heights vary (context lines,
 * error notes), so heights are an estimate: the scroll bar is approximate, the rows shown are real.
 */
import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/** Tables up to this many rows render every row. */
export const WINDOW_FROM_ROWS = 100;
const ROW_ESTIMATE_PX = 42;
const OVERSCAN_ROWS = 25;

export interface RowWindow {
  start: number;
  end: number;
  /** Heights of the spacer rows before and after the rendered ones. */
  before: number;
  after: number;
}

export function useRowWindow(tableRef: RefObject<HTMLTableElement | null>, count: number, selectedIndex: number): RowWindow {
  const [view, setView] = useState({ top: 0, height: 1200 });
  const windowed = count > WINDOW_FROM_ROWS;

  useEffect(() => {
    const scroller = tableRef.current?.parentElement;
    if (!windowed || !scroller) return;
    const update = () => setView({ top: scroller.scrollTop, height: scroller.clientHeight || 1200 });
    update();
    scroller.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      scroller.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [tableRef, windowed]);

  // Keyboard selection (Alt+Up/Down) may move outside the rendered rows: bring it into view.
  useLayoutEffect(() => {
    const scroller = tableRef.current?.parentElement;
    if (!windowed || !scroller || selectedIndex < 0) return;
    const first = Math.floor(scroller.scrollTop / ROW_ESTIMATE_PX);
    const last = Math.floor((scroller.scrollTop + scroller.clientHeight) / ROW_ESTIMATE_PX);
    if (selectedIndex < first || selectedIndex >= last) {
      scroller.scrollTop = Math.max(0, selectedIndex * ROW_ESTIMATE_PX - scroller.clientHeight / 2);
    }
  }, [tableRef, windowed, selectedIndex]);

  if (!windowed) return { start: 0, end: count, before: 0, after: 0 };
  const start = Math.max(0, Math.floor(view.top / ROW_ESTIMATE_PX) - OVERSCAN_ROWS);
  const end = Math.min(count, Math.ceil((view.top + view.height) / ROW_ESTIMATE_PX) + OVERSCAN_ROWS);
  return { start, end, before: start * ROW_ESTIMATE_PX, after: (count - end) * ROW_ESTIMATE_PX };
}
