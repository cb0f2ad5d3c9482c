import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { offlinePlugin } from './src/worker/offline-plugin';

// base './' makes the built folder work from any sub-path (e.g. a project page).
// offlinePlugin: service worker (offline after the first visit) and the CSP meta tag, build only.
// manifest: dist/.vite/manifest.json (not served, not precached) lets the bundle budget test and
// the benchmark find the JS the first verdicts need (bench/sizes.ts).
export default defineConfig({
  base: './',
  plugins: [react(), offlinePlugin(fileURLToPath(new URL('./src/worker/service-worker.js', import.meta.url)))],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000, manifest: true },
});
