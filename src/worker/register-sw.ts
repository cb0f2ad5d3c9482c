/**
 * Registers dist/sw.js relative to the page, so the app works offline under whatever sub-path it
 * is served from. Failure (private mode, http on a non-localhost host, ...) only costs offline use.
 */
export function registerServiceWorker(): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('./sw.js').catch((e: unknown) => {
      console.warn('Offline support unavailable:', e);
    });
  };
  // After load: precaching must not compete with the first verdicts for the network.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
