#!/usr/bin/env node
// Budget check for the public tracking page, run after `vite build`.
//
// Sums the gzipped size of every JavaScript file that a visit to /t/<token> loads: the entry
// chunk and its static imports, the tracking page chunk (a dynamic import of the entry) and
// everything it imports, statically or dynamically (the page always loads its map chunk).
// Fails when the total is over the budget, or when any of those chunks holds admin code, the
// router or Apollo Client (dist/.vite/chunk-modules.json, written by vite.config.ts).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 150_000; // 150 kB gzipped, as Vite counts kB
const ENTRY = 'index.html';
const TRACKING_ENTRY = 'src/features/tracking/TrackingPage.tsx';
const FORBIDDEN = [
  /(^|\/)src\/features\/admin\//,
  /(^|\/)src\/apollo\//,
  /(^|\/)src\/auth\//,
  /(^|\/)src\/router\.tsx$/,
  /node_modules\/@apollo\//,
  /node_modules\/react-router(-dom)?\//,
];

const dist = new URL('../dist/', import.meta.url);
const readJson = (relative) => JSON.parse(readFileSync(new URL(relative, dist), 'utf8'));

function fail(message) {
  console.error(`check-bundle: ${message}`);
  process.exit(1);
}

if (!existsSync(new URL('.vite/manifest.json', dist))) fail('dist/.vite/manifest.json is missing: run `vite build` first');
const manifest = readJson('.vite/manifest.json');
const chunkModules = existsSync(new URL('.vite/chunk-modules.json', dist)) ? readJson('.vite/chunk-modules.json') : null;
for (const key of [ENTRY, TRACKING_ENTRY]) {
  if (!manifest[key]) fail(`the manifest has no "${key}" chunk`);
}

/** Manifest keys reachable from `key`; dynamic imports are followed only when asked. */
function collect(key, followDynamic, into) {
  if (into.has(key)) return into;
  const chunk = manifest[key];
  if (!chunk) fail(`the manifest refers to a missing chunk "${key}"`);
  into.add(key);
  for (const child of chunk.imports ?? []) collect(child, followDynamic, into);
  if (followDynamic) for (const child of chunk.dynamicImports ?? []) collect(child, true, into);
  return into;
}

const keys = collect(TRACKING_ENTRY, true, collect(ENTRY, false, new Set()));
const files = [...new Set([...keys].map((key) => manifest[key].file))].filter((file) => file.endsWith('.js'));

const problems = [];
let total = 0;
const rows = files.map((file) => {
  const source = readFileSync(new URL(file, dist));
  const gzip = gzipSync(source).length;
  total += gzip;
  for (const id of chunkModules?.[file] ?? []) {
    if (FORBIDDEN.some((pattern) => pattern.test(id))) problems.push(`${file} contains ${id}`);
  }
  return { file, raw: source.length, gzip };
});

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
console.log('Public tracking page (/t/<token>) JavaScript:');
for (const row of rows.sort((a, b) => b.gzip - a.gzip)) {
  console.log(`  ${row.file.padEnd(40)} ${kb(row.raw).padStart(11)}  gzip ${kb(row.gzip).padStart(10)}`);
}
console.log(`  ${'total'.padEnd(40)} ${''.padStart(11)}  gzip ${kb(total).padStart(10)}  (budget ${kb(BUDGET_BYTES)})`);

if (!chunkModules) problems.push('dist/.vite/chunk-modules.json is missing, so the chunks could not be checked for admin code');
if (problems.length > 0) fail(`the public page must not load admin code, the router or Apollo Client:\n  ${problems.join('\n  ')}`);
if (total > BUDGET_BYTES) fail(`over budget by ${kb(total - BUDGET_BYTES)}`);
console.log('check-bundle: OK');
