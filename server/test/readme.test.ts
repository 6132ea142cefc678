import fs from 'node:fs';
import path from 'node:path';

// The README's table of environment variables is the operator's reference: every variable the
// server or its scripts read is named there.

const ROOT = path.resolve(__dirname, '..', '..');
/** Read from the environment, but not settings of ours. */
const NOT_SETTINGS = new Set(['PATH']);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

it('names every environment variable the server reads', () => {
  const read = new Set<string>();
  for (const file of sources(path.join(ROOT, 'server', 'src'))) {
    const text = fs.readFileSync(file, 'utf8');
    // env.NAME, env['NAME'], and the config's readers: integer(env, 'NAME', …) and the like.
    for (const m of text.matchAll(/\benv(?:\.([A-Z][A-Z0-9_]+)|\[['"]([A-Z][A-Z0-9_]+)['"]\])|\(env, ['"]([A-Z][A-Z0-9_]+)['"]/g)) {
      read.add(m[1] ?? m[2] ?? m[3]);
    }
  }
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  expect(read.size).toBeGreaterThan(30);
  const missing = [...read].filter((name) => !NOT_SETTINGS.has(name) && !readme.includes(`\`${name}\``)).sort();
  expect(missing).toEqual([]);
});
