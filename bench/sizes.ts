/**
 * What a built app (a `vite build` folder with `.vite/manifest.json`) costs to download, as gzip:
 * the JS the first verdicts need (the entry chunk and its static imports: what the browser fetches
 * before the page script runs) and every file the build ships. Used by the benchmark (printed) and
 * by the bundle budget browser test (asserted).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

type Manifest = Record<string, { file: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean }>;

export interface BundleSizes {
  /** KB gzip of the entry's static import closure. */
  firstJs: number;
  /** KB gzip of every shipped file (source maps and the manifest excluded). */
  total: number;
  /** total - firstJs: what arrives later or only when used (editor, dialogs, workers, fonts). */
  lazy: number;
  /** The files of the entry's static import closure, relative to the build folder. */
  firstFiles: string[];
}

export function readManifest(outDir: string): Manifest {
  return JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/** Every file a build ships, relative to its folder (source maps and Vite's manifest left out). */
export function shippedFiles(outDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(path.join(outDir, dir))) {
      const rel = dir ? `${dir}/${name}` : name;
      if (rel === '.vite' || rel.endsWith('.map')) continue;
      if (statSync(path.join(outDir, rel)).isDirectory()) walk(rel);
      else out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

export function gzipKb(outDir: string, file: string): number {
  return gzipSync(readFileSync(path.join(outDir, file))).length / 1024;
}

export function transferSizes(outDir: string): BundleSizes {
  const manifest = readManifest(outDir);
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entryKey) throw new Error(`${outDir}/.vite/manifest.json names no entry`);
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const i of manifest[key].imports ?? []) visit(i);
  };
  visit(entryKey);
  const firstFiles = [...new Set([...seen].map((k) => manifest[k].file))].sort();
  const firstJs = firstFiles.reduce((n, f) => n + gzipKb(outDir, f), 0);
  const total = shippedFiles(outDir).reduce((n, f) => n + gzipKb(outDir, f), 0);
  return { firstJs, total, lazy: total - firstJs, firstFiles };
}
