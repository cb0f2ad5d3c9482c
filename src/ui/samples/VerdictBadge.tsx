import type { Verdict } from '../../engine/analyze';

const LOOK: Record<Verdict, { icon: string; label: string }> = {
  match: { icon: '●', label: 'Match' },
  miss: { icon: '○', label: 'Miss' },
  error: { icon: '!', label: 'Error' },
};

/** A row without a verdict yet (the first analysis is on its way); same width as a verdict. */
export function PendingBadge() {
  return (
    <span className="verdict verdict-pending" title="Analysing: the verdict appears in a moment">
      <span className="verdict-icon" aria-hidden="true">…</span>
      <span className="verdict-label">Pending</span>
    </span>
  );
}

/** Verdict as text plus an icon (never colour alone); fixed width so rows never reflow. */
export function VerdictBadge({ verdict, title }: { verdict: Verdict; title?: string }) {
  const look = LOOK[verdict];
  return (
    <span className={`verdict verdict-${verdict}`} title={title}>
      <span className="verdict-icon" aria-hidden="true">{look.icon}</span>
      <span className="verdict-label">{look.label}</span>
    </span>
  );
}
