/**
 * Build-time pieces for "works offline and from any sub-path" (used by vite.config.ts, runs in Node):
 *  - emits `sw.js` next to index.html: the service worker (src/worker/service-worker.js) with the
 *    build's file list and a cache name derived from it, so a new build replaces the old cache;
 *  - adds the Content-Security-Policy meta tag to the built index.html only (Vite's dev server
 *    injects inline scripts that a strict policy would block).
 * All URLs stay relative (base './'), so the same dist/ works at / and at /any/sub/path/.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Only the app's own scripts and workers run; Monaco sets inline styles (style-src needs
 * 'unsafe-inline'), its icon font and our images are same-origin or data: URLs; no plugins, no
 * <base> rewriting, no form posts. connect-src allows https: for one thing only: the base ruleset
 * dialog fetches an upstream rules file from an address the person types (src/ui/base/fetch-rules.ts);
 * the fetched text is data for the engine, never code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Monaco's language workers we never start (no model uses those languages): not precached. */
const NOT_PRECACHED = /(^|\/)(ts|css|html|json)\.worker-[^/]*\.js$/;

export function offlinePlugin(swSourcePath: string): Plugin {
  return {
    name: 'frp-offline',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      }],
    },
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => !NOT_PRECACHED.test(f) && !f.endsWith('.map')).sort();
      // index.html is precached as './' too: a navigation to the folder must work offline.
      const precache = ['./', ...files.map((f) => `./${f}`)];
      const hash = createHash('sha256');
      for (const f of files) {
        const item = bundle[f];
        hash.update(f);
        if (item.type === 'chunk') hash.update(item.code);
        else hash.update(typeof item.source === 'string' ? item.source : Buffer.from(item.source));
      }
      const source = readFileSync(swSourcePath, 'utf8')
        .replace('self.__PRECACHE__', JSON.stringify(precache))
        .replace('self.__CACHE_NAME__', JSON.stringify(`frp-${hash.digest('hex').slice(0, 16)}`));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
