/**
 * The JavaScript of /t/<token>, from the web build's manifest: the page's entry
 * (src/tracking.tsx, which the server-rendered HTML loads to hydrate the page) and its static
 * imports, then what it imports dynamically (the map, after the text). The same walk as
 * web/scripts/check-bundle.mjs; sizes are those of the brotli files the build wrote (what goes
 * to a browser that accepts br; a file under 1 kB goes as it is).
 */
import fs from 'node:fs';
import path from 'node:path';

const ENTRY = 'src/tracking.tsx';

export function publicRouteScripts(distDir) {
  const file = path.join(distDir, '.vite', 'manifest.json');
  if (!fs.existsSync(file)) return { error: `${path.relative(process.cwd(), file)} is missing` };
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!manifest[ENTRY]) return { error: `the manifest has no ${ENTRY}` };
  const collect = (key, followDynamic, into) => {
    if (into.has(key) || !manifest[key]) return into;
    into.add(key);
    for (const child of manifest[key].imports ?? []) collect(child, followDynamic, into);
    if (followDynamic) for (const child of manifest[key].dynamicImports ?? []) collect(child, true, into);
    return into;
  };
  const filesOf = (keys) => [...new Set([...keys].map((k) => manifest[k].file))].filter((f) => f.endsWith('.js'));
  const hydrate = new Set(filesOf(collect(ENTRY, false, new Set())));
  const files = filesOf(collect(ENTRY, true, new Set())).map((f) => ({ file: f, hydrate: hydrate.has(f), ...compressedSize(path.join(distDir, f)) }));
  return { files };
}

function compressedSize(file) {
  const raw = fs.statSync(file).size;
  return { raw, br: fs.existsSync(`${file}.br`) ? fs.statSync(`${file}.br`).size : raw };
}
