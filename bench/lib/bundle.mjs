/**
 * The JavaScript a visit to /t/<token> loads, from the web build's manifest: the entry chunk
 * and its static imports, then the tracking page chunk and everything it imports (static or
 * dynamic: the page always loads its map). The same walk as web/scripts/check-bundle.mjs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const ENTRY = 'index.html';
const TRACKING_ENTRY = 'src/features/tracking/TrackingPage.tsx';

export function publicRouteScripts(distDir) {
  const file = path.join(distDir, '.vite', 'manifest.json');
  if (!fs.existsSync(file)) return { error: `${path.relative(process.cwd(), file)} is missing` };
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!manifest[ENTRY] || !manifest[TRACKING_ENTRY]) return { error: `the manifest has no ${ENTRY} or ${TRACKING_ENTRY}` };
  const collect = (key, followDynamic, into) => {
    if (into.has(key) || !manifest[key]) return into;
    into.add(key);
    for (const child of manifest[key].imports ?? []) collect(child, followDynamic, into);
    if (followDynamic) for (const child of manifest[key].dynamicImports ?? []) collect(child, true, into);
    return into;
  };
  const keys = collect(TRACKING_ENTRY, true, collect(ENTRY, false, new Set()));
  const files = [...new Set([...keys].map((k) => manifest[k].file))].filter((f) => f.endsWith('.js'));
  return { files: files.map((f) => ({ file: f, ...gzippedSize(fs.readFileSync(path.join(distDir, f))) })) };
}

export function gzippedSize(bytes) {
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
}
