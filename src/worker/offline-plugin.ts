/**
 * Build-time pieces for "works offline and from any sub-path" (used by vite.config.ts, runs in Node):
 *  - emits `sw.js` next to index.html: the service worker (src/worker/service-worker.js) with the
 *    build's file list and a cache name derived from it, so a new build replaces the old cache;
 *  - adds the Content-Security-Policy meta tag to the built index.html only (Vite's dev server
 *    injects inline scripts that a strict policy would block).
 * All URLs stay relative (base './'), so the same dist/ works at / and at /any/sub/path/.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
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

/** Files of public/ (copied into the build as they are, so not part of the bundle Vite hands us). */
function publicFiles(dir: string, rel = ''): { name: string; source: Buffer }[] {
  let names: string[];
  try {
    names = readdirSync(path.join(dir, rel));
  } catch {
    return []; // no public/ folder
  }
  return names.sort().flatMap((n) => {
    const r = rel ? `${rel}/${n}` : n;
    return statSync(path.join(dir, r)).isDirectory() ? publicFiles(dir, r) : [{ name: r, source: readFileSync(path.join(dir, r)) }];
  });
}

export function offlinePlugin(swSourcePath: string): Plugin {
  let publicDir = '';
  return {
    name: 'frp-offline',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [{
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      }],
    },
    generateBundle(_options, bundle) {
      // Every file of the build, lazily loaded chunks included: each is needed by some part of the
      // page (the bundle carries no Monaco language workers, see src/ui/editor/monaco-core.ts).
      // (index.html is emitted after this hook; the page is precached as './', which is what a
      // navigation to the folder asks for, and what the worker answers every navigation with offline)
      const files = Object.keys(bundle).filter((f) => !f.endsWith('.map') && !f.startsWith('.vite/')).sort();
      const statics = publicDir ? publicFiles(publicDir) : [];
      const precache = ['./', ...files.map((f) => `./${f}`), ...statics.map((f) => `./${f.name}`)];
      const hash = createHash('sha256');
      for (const f of files) {
        const item = bundle[f];
        hash.update(f);
        if (item.type === 'chunk') hash.update(item.code);
        else hash.update(typeof item.source === 'string' ? item.source : Buffer.from(item.source));
      }
      for (const f of statics) hash.update(f.name).update(f.source);
      const source = readFileSync(swSourcePath, 'utf8')
        .replace('self.__PRECACHE__', JSON.stringify(precache))
        .replace('self.__CACHE_NAME__', JSON.stringify(`frp-${hash.digest('hex').slice(0, 16)}`));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
