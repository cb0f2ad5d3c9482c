import type { Verdict } from '../../engine/analyze';

const LOOK: Record<Verdict, { icon: string; label: string }> = {
  match: { icon: '●', label: 'Match' },
  miss: { icon: '○', label: 'Miss' },
  error: { icon: '!', label: 'Error' },
};

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
