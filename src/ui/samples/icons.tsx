/** Small inline icons (no icon font: nothing to fetch, and they inherit the text colour). */
const common = { width: 16, height: 16, viewBox: '0 0 16 16', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true } as const;

export function SlidersIcon() {
  return (
    <svg {...common}><path d="M2 4h7M12 4h2M2 12h2M7 12h7M9 2.5v3M4 10.5v3" /><circle cx="10.5" cy="4" r="1.5" /><circle cx="5.5" cy="12" r="1.5" /></svg>
  );
}

export function CopyIcon() {
  return <svg {...common}><rect x="5" y="5" width="8.5" height="8.5" rx="1.5" /><path d="M11 5V3.5A1.5 1.5 0 0 0 9.5 2h-6A1.5 1.5 0 0 0 2 3.5v6A1.5 1.5 0 0 0 3.5 11H5" /></svg>;
}

export function TrashIcon() {
  return <svg {...common}><path d="M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4M6.8 6.5v4.5M9.2 6.5v4.5" /></svg>;
}

/** A bell struck through: silence this row (add an exception). */
export function BellOffIcon() {
  return <svg {...common}><path d="M4 11.5V7a4 4 0 0 1 6.6-3M12 6.5v5M2.5 11.5h11M6.5 13.5a1.6 1.6 0 0 0 3 0M2.5 2.5l11 11" /></svg>;
}
