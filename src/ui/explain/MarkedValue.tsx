/**
 * A field value with the characters a check matched wrapped in <mark> (the exact span the
 * evaluator reported, so `stop` inside `stopwatch` is visible as the reason for a match).
 */
export function MarkedValue({ value, spans }: { value: string; spans: { start: number; end: number }[] }) {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let at = 0;
  sorted.forEach((s, i) => {
    if (s.start < at) return;
    if (s.start > at) parts.push(value.slice(at, s.start));
    parts.push(<mark key={i}>{value.slice(s.start, s.end)}</mark>);
    at = s.end;
  });
  if (at < value.length) parts.push(value.slice(at));
  return <code className="explain-value">{value === '' ? '""' : parts}</code>;
}
