/**
 * F. The public page in a browser: the gzipped JavaScript of the /t/<token> route (from the
 * build's manifest, and as the browser fetched it), and the largest contentful paint in
 * headless Chromium on loopback, against the same page saved as static HTML without scripts.
 */
import path from 'node:path';
import { publicRouteScripts } from '../lib/bundle.mjs';
import { chromiumAvailable, CHROMIUM, launchBrowser, visit } from '../lib/browser.mjs';
import { interleaved } from '../lib/interleave.mjs';
import { seedLiveConsignment } from '../lib/live.mjs';
import { startApp, startFloor, stopAll } from '../lib/processes.mjs';
import { median } from '../lib/stats.mjs';

export const id = 'F';
export const title = 'Public page: JavaScript and LCP';

const kB = (bytes) => bytes / 1000;
const withoutScripts = (html) =>
  html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<link\b[^>]*rel="modulepreload"[^>]*>/gi, '');

export async function run(ctx) {
  // BENCH_WEB_DIST: measure another build of the web app (e.g. one made from another commit).
  const dist = process.env.BENCH_WEB_DIST ? path.resolve(process.env.BENCH_WEB_DIST) : path.join(ctx.opts.root, 'web', 'dist');
  const skip = (metric, note) => {
    ctx.log(`${metric}: skipped, ${note}`);
    ctx.row({ metric, floor: null, subject: null, skipped: true, note });
  };
  if (ctx.opts.built.web === false && !process.env.BENCH_WEB_DIST) {
    skip('public route JS, gzipped (kB)', `web did not build: ${ctx.opts.built.webError}`);
    skip('LCP (ms)', 'web did not build');
    return;
  }
  const bundle = publicRouteScripts(dist);
  if (bundle.error) {
    skip('public route JS, gzipped (kB)', bundle.error);
    skip('LCP (ms)', bundle.error);
    return;
  }
  const manifestGzip = bundle.files.reduce((sum, f) => sum + f.gzip, 0);
  ctx.row({ metric: 'public route JS, gzipped (kB), manifest', floor: 0, subject: kB(manifestGzip), note: bundle.files.map((f) => f.file).join(' ') });
  if (!chromiumAvailable()) {
    skip('LCP (ms)', `no Chromium at ${CHROMIUM}`);
    return;
  }

  let app;
  let floor;
  let browser;
  try {
    app = await startApp(ctx.opts, { name: 'app-f', env: { WEB_DIST_DIR: dist } });
    floor = await startFloor(ctx.opts, 'static-page-floor.mjs', { name: 'floor-f', env: { WEB_DIST_DIR: dist } });
    const live = await seedLiveConsignment(app, 'f');
    const subjectUrl = `${app.url}/t/${live.token}`;
    const floorUrl = `${floor.url}/t/static`;
    browser = await launchBrowser();
    let first;
    try {
      first = await visit(browser, subjectUrl, live.reference, { keepHtml: true });
    } catch (error) {
      ctx.check(false, `the public page shows its consignment: ${error.message}`);
      ctx.row({ metric: 'LCP (ms), headless Chromium', floor: null, subject: null, max: 1000, note: 'the page did not show its data' });
      return;
    }
    await floor.call('setPage', { html: withoutScripts(first.html) });
    const loaded = new Set(first.scripts.map((s) => s.url.replace(/^\//, '')));
    const expected = new Set(bundle.files.map((f) => f.file));
    const extra = [...loaded].filter((f) => !expected.has(f));
    ctx.check(first.lcp > 0, `the product's page reports a largest contentful paint (${first.lcp})`);
    const runs = await interleaved(
      ctx.opts.reps,
      () => visit(browser, floorUrl, live.reference),
      () => visit(browser, subjectUrl, live.reference),
      ctx.log,
    );
    const m = (side, field) => median(runs[side].map((r) => r[field]));
    const loadedGzip = first.scripts.reduce((sum, s) => sum + s.gzip, 0);
    ctx.row({ metric: 'JS the browser fetched, gzipped (kB)', floor: 0, subject: kB(loadedGzip), note: extra.length ? `beyond the manifest's list: ${extra.join(' ')}` : 'the manifest\'s list' });
    ctx.row({ metric: 'LCP (ms), headless Chromium', floor: m('floor', 'lcp'), subject: m('subject', 'lcp'), max: 1000 });
    ctx.row({ metric: 'FCP (ms)', floor: m('floor', 'fcp'), subject: m('subject', 'fcp') });
    for (const r of [...runs.floor, ...runs.subject]) delete r.html;
    ctx.detail({ bundle: bundle.files, loaded: first.scripts, extraScripts: extra, chromium: CHROMIUM, runs });
  } finally {
    await browser?.close();
    await stopAll(app, floor);
  }
}
