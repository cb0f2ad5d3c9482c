/**
 * The divider between the editor and the samples: drag it, or focus it and use the arrow keys
 * (Home/End for the extremes). The ratio is a personal preference kept in the store.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useAppStore } from '../../state/store';
import { clampSplit } from '../../state/prefs-slice';

export function Splitter() {
  const ratio = useAppStore((s) => s.splitRatio);
  const setRatio = useAppStore((s) => s.setSplitRatio);
  const dragging = useRef(false);

  const fromPointer = (e: PointerEvent<HTMLDivElement>) => {
    const host = e.currentTarget.parentElement;
    if (!host) return;
    const box = host.getBoundingClientRect();
    setRatio(clampSplit((e.clientX - box.left) / box.width));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 0.1 : 0.02;
    const next = e.key === 'ArrowLeft' ? ratio - step : e.key === 'ArrowRight' ? ratio + step
      : e.key === 'Home' ? 0 : e.key === 'End' ? 1 : null;
    if (next === null) return;
    e.preventDefault();
    setRatio(clampSplit(next));
  };

  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the editor and the samples"
      aria-valuemin={20}
      aria-valuemax={80}
      aria-valuenow={Math.round(ratio * 100)}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={(e) => { dragging.current = true; e.currentTarget.setPointerCapture(e.pointerId); }}
      onPointerMove={(e) => { if (dragging.current) fromPointer(e); }}
      onPointerUp={(e) => { dragging.current = false; e.currentTarget.releasePointerCapture(e.pointerId); }}
      onDoubleClick={() => setRatio(0.52)}
    />
  );
}
