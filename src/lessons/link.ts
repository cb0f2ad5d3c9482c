/**
 * Lessons open from a link: `#lesson=<id>`. The fragment may carry other parameters (share
 * links use their own `#v1.` prefix), so this only recognises its own form.
 */
export function lessonIdFromHash(hash: string): string | null {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of h.split('&')) {
    const m = /^lesson=([A-Za-z0-9_-]{1,64})$/.exec(part);
    if (m) return m[1];
  }
  return null;
}

export function lessonHash(id: string): string {
  return `#lesson=${encodeURIComponent(id)}`;
}
