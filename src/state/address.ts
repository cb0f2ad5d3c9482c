/**
 * Writing the address bar without the page depending on it. history.replaceState throws when a
 * browser decides it is called too often (Safari: SecurityError past 100 calls in 10 seconds;
 * Chrome and Firefox throttle similarly) or in sandboxed frames; uncaught, that took the Share
 * dialog and then the whole page down (#root emptied). The address is a convenience copy of the
 * work, which is saved apart: a failed write is reported to the caller, never thrown.
 */
export function replaceAddress(url: string): boolean {
  try {
    window.history.replaceState(window.history.state, '', url);
    return true;
  } catch {
    return false;
  }
}
