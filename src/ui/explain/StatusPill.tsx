import type { ClauseStatus } from '../../engine/explain';

const LOOK: Record<ClauseStatus, { icon: string; label: string }> = {
  true: { icon: '✓', label: 'true' },
  false: { icon: '✗', label: 'false' },
  no_value: { icon: '∅', label: 'no value' },
  not_evaluated: { icon: '–', label: 'not evaluated' },
};

/** A clause's status as text with an icon (never colour alone). */
export function StatusPill({ status }: { status: ClauseStatus }) {
  const look = LOOK[status];
  return (
    <span className={`clause-status clause-${status.replace('_', '-')}`}>
      <span aria-hidden="true">{look.icon}</span> {look.label}
    </span>
  );
}
