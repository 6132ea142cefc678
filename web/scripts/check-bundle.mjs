#!/usr/bin/env node
// Budget check for the public tracking page, run after the web build (`npm run build`).
//
// The server renders /t/<token> itself and its HTML loads src/tracking.tsx, which hydrates the
// page (the page's own build, on Preact, writes dist/.vite/manifest.json; the console's is
// dist/.vite/manifest.console.json): that entry and everything it imports statically is what
// the page needs to come alive; then it loads the map (a dynamic import) once its text is on
// screen. Sizes are those of the brotli files the build wrote beside each (what the server sends
// a browser that accepts br). Fails when either set is over its budget, when a file has no
// compressed copy, when any of those chunks holds admin code, the router, Apollo Client or React
// (dist/.vite/chunk-modules.json, written by vite.config.ts), or when the server's renderer
// (dist/server/) is missing.
import { existsSync, readFileSync, statSync } from 'node:fs';

const BUDGETS = {
  // The page runs on Preact (its own build, `vite build --mode tracking`): 9 kB of it, where
  // React's chunk (react-dom, react, the scheduler) was 58 kB.
  live: 60_000,
  // The target; the map's part of Leaflet is 24 kB more (src/map/leaflet.js).
  all: 110_000,
};
const ENTRY = 'src/tracking.tsx';
const RENDERER = 'server/tracking.server.cjs';
const FORBIDDEN = [
  /(^|\/)src\/features\/admin\//,
  /(^|\/)src\/apollo\//,
  /(^|\/)src\/auth\//,
  /(^|\/)src\/router\.tsx$/,
  /node_modules\/@apollo\//,
  /node_modules\/react-router(-dom)?\//,
  // React itself: the page's build resolves it to preact/compat.
  /node_modules\/(react|react-dom|scheduler)\//,
];

const dist = new URL('../dist/', import.meta.url);
const readJson = (relative) => JSON.parse(readFileSync(new URL(relative, dist), 'utf8'));

function fail(message) {
  console.error(`check-bundle: ${message}`);
  process.exit(1);
}

if (!existsSync(new URL('.vite/manifest.json', dist))) fail('dist/.vite/manifest.json is missing: run `vite build` first');
if (!existsSync(new URL(RENDERER, dist))) fail(`dist/${RENDERER} is missing: run \`vite build --ssr src/tracking.server.tsx\``);
const manifest = readJson('.vite/manifest.json');
const chunkModules = existsSync(new URL('.vite/chunk-modules.json', dist)) ? readJson('.vite/chunk-modules.json') : null;
if (!manifest[ENTRY]) fail(`the manifest has no "${ENTRY}" chunk`);

/** Manifest keys reachable from `key`; dynamic imports are followed only when asked. */
function collect(key, followDynamic, into = new Set()) {
  if (into.has(key)) return into;
  const chunk = manifest[key];
  if (!chunk) fail(`the manifest refers to a missing chunk "${key}"`);
  into.add(key);
  for (const child of chunk.imports ?? []) collect(child, followDynamic, into);
  if (followDynamic) for (const child of chunk.dynamicImports ?? []) collect(child, true, into);
  return into;
}

const filesOf = (keys) => [...new Set([...keys].map((key) => manifest[key].file))].filter((file) => file.endsWith('.js'));
const live = filesOf(collect(ENTRY, false));
const all = filesOf(collect(ENTRY, true));

const problems = [];
const sizes = new Map();
for (const file of all) {
  const raw = statSync(new URL(file, dist)).size;
  const brFile = new URL(`${file}.br`, dist);
  // The build leaves files under 1 kB uncompressed: those go as they are.
  const br = existsSync(brFile) ? statSync(brFile).size : raw;
  if (!existsSync(brFile) && raw >= 1024) problems.push(`${file} has no .br copy`);
  sizes.set(file, { raw, br });
  for (const id of chunkModules?.[file] ?? []) {
    if (FORBIDDEN.some((pattern) => pattern.test(id))) problems.push(`${file} contains ${id}`);
  }
}
const total = (files) => files.reduce((sum, file) => sum + sizes.get(file).br, 0);

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
console.log('Public tracking page (/t/<token>) JavaScript, brotli:');
for (const file of [...all].sort((a, b) => sizes.get(b).br - sizes.get(a).br)) {
  const { raw, br } = sizes.get(file);
  console.log(`  ${file.padEnd(40)} ${kb(raw).padStart(11)}  br ${kb(br).padStart(10)}${live.includes(file) ? '' : '  (after the text: the map)'}`);
}
console.log(`  ${'to hydrate (entry and its imports)'.padEnd(40)} ${''.padStart(11)}  br ${kb(total(live)).padStart(10)}  (budget ${kb(BUDGETS.live)})`);
console.log(`  ${'all of the route'.padEnd(40)} ${''.padStart(11)}  br ${kb(total(all)).padStart(10)}  (budget ${kb(BUDGETS.all)})`);

if (!chunkModules) problems.push('dist/.vite/chunk-modules.json is missing, so the chunks could not be checked for admin code');
if (problems.length > 0) fail(`the public page's scripts:\n  ${problems.join('\n  ')}`);
if (total(live) > BUDGETS.live) fail(`what hydrates the page is over budget by ${kb(total(live) - BUDGETS.live)}`);
if (total(all) > BUDGETS.all) fail(`the route's scripts are over budget by ${kb(total(all) - BUDGETS.all)}`);
console.log('check-bundle: OK');
