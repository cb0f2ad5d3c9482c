/** Offsets where each line of `content` starts (line 1 at 0); a binary search then gives positions. */
export function computeLineStarts(content: string): number[] {
  const starts = [0];
  for (let i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
