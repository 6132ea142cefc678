/**
 * F. The public page on a phone network: /t/<token> of a consignment with its map, 5 stops,
 * 20 cargo lines and 50 pallet scans. The JavaScript it needs (the brotli files of the build,
 * and what Chromium actually downloaded over HTTP with compression on), then Lighthouse's
 * mobile profile (simulated slow 4G, 4x CPU slowdown) on the page against the floor: the same
 * HTML as the server sent it, static, without its scripts, with the same stylesheets. Also the
 * largest contentful paint in headless Chromium on loopback (1280×800), and Lighthouse's
 * desktop profile on the admin console's first load (its sign-in page).
 *
 * Correctness (smoke runs too): the HTML already holds the page's content; the browser shows
 * it, hydrates it without an error and the live marker appears; every script came compressed;
 * fetching the HTML counted no view and the running page one.
 */
import path from 'node:path';
import { publicRouteScripts } from '../lib/bundle.mjs';
import { chromiumAvailable, CHROMIUM, launchBrowser, visit } from '../lib/browser.mjs';
import { interleaved } from '../lib/interleave.mjs';
import { lighthouseRun, loadLighthouse } from '../lib/lighthouse.mjs';
import { seedLiveConsignment } from '../lib/live.mjs';
import { startApp, startFloor, stopAll } from '../lib/processes.mjs';
import { median } from '../lib/stats.mjs';

export const id = 'F';
export const title = 'Public page: JavaScript on the wire, Lighthouse mobile, LCP';

const kB = (bytes) => bytes / 1000;
const SCANS = 50;
const PHONE = { width: 412, height: 823 };
const ADMIN_REPS = 3;

/** The server's HTML without its scripts: module scripts, preloads and the data they read. */
export const withoutScripts = (html) =>
  html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<link\b[^>]*rel="modulepreload"[^>]*>/gi, '');

const sum = (scripts) => scripts.reduce((total, s) => total + s.transferSize, 0);

async function viewCount(app, live) {
  const { consignment } = await app.api.ok(`query($id: ID!) { consignment(id: $id) { trackingLinks { viewCount } } }`, { id: live.consignmentId }, live.tenantToken);
  return consignment.trackingLinks[0].viewCount;
}

export async function run(ctx) {
  // BENCH_WEB_DIST: measure another build of the web app (e.g. one made from another commit).
  const dist = process.env.BENCH_WEB_DIST ? path.resolve(process.env.BENCH_WEB_DIST) : path.join(ctx.opts.root, 'web', 'dist');
  const skip = (metric, note) => {
    ctx.log(`${metric}: skipped, ${note}`);
    ctx.row({ metric, floor: null, subject: null, skipped: true, note });
  };
  if (ctx.opts.built.web === false && !process.env.BENCH_WEB_DIST) {
    skip('public route JS (kB)', `web did not build: ${ctx.opts.built.webError}`);
    return;
  }
  const bundle = publicRouteScripts(dist);
  if (bundle.error) {
    skip('public route JS (kB)', bundle.error);
    return;
  }
  const onDisk = (files) => kB(files.reduce((total, f) => total + f.br, 0));
  const hydrateFiles = bundle.files.filter((f) => f.hydrate);
  ctx.row({ metric: 'JS to hydrate, brotli (kB), build', floor: 0, subject: onDisk(hydrateFiles), max: 60, note: hydrateFiles.map((f) => f.file).join(' ') });
  ctx.row({ metric: 'all route JS, brotli (kB), build', floor: 0, subject: onDisk(bundle.files), max: 110 });
  if (!chromiumAvailable()) {
    skip('browser figures', `no Chromium at ${CHROMIUM}`);
    return;
  }

  let app;
  let floor;
  let browser;
  try {
    app = await startApp(ctx.opts, { name: 'app-f', env: { WEB_DIST_DIR: dist } });
    floor = await startFloor(ctx.opts, 'static-page-floor.mjs', { name: 'floor-f', env: { WEB_DIST_DIR: dist } });
    const live = await seedLiveConsignment(app, 'f', { scans: SCANS });
    const subjectUrl = `${app.url}/t/${live.token}`;
    const floorUrl = `${floor.url}/t/static`;

    // The HTML as any client gets it (a mail scanner's fetch): the content is in it, no view counted.
    const served = await fetch(subjectUrl, { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    const html = await served.text();
    const root = html.slice(html.indexOf('<div id="root">'));
    ctx.check(served.status === 200 && root.includes(live.reference) && root.includes('Rotterdam Maasvlakte terminal') && root.includes('PAL-000049'),
      `the HTML of /t/<token> holds the page's content before any script runs (status ${served.status})`);
    ctx.check((await viewCount(app, live)) === 0, 'fetching the HTML counts no view');
    await floor.call('setPage', { html: withoutScripts(html) });

    browser = await launchBrowser();
    let first;
    try {
      first = await visit(browser, subjectUrl, live.reference, { viewport: PHONE, waitFor: '[data-testid="driver-marker"]', keepHtml: true });
    } catch (error) {
      ctx.check(false, `the public page shows its consignment and its live marker: ${error.message}`);
      return;
    }
    ctx.check(first.errors.length === 0, `the page hydrates with no uncaught error (${first.errors.join(' | ').slice(0, 300)})`);
    const uncompressed = first.scripts.filter((s) => s.encoding !== 'br' && s.encodedBodySize >= 1024);
    ctx.check(uncompressed.length === 0, `every script comes brotli-compressed (not: ${uncompressed.map((s) => s.url).join(' ')})`);
    ctx.check(first.lcpInMap === false, `the largest contentful paint is the page's text, not the map (${first.lcpElement})`);
    // The page counts its view as its live updates open, just after it hydrates.
    let views = 0;
    for (const deadline = Date.now() + 3000; Date.now() < deadline && views === 0; await new Promise((resolve) => setTimeout(resolve, 100))) {
      views = await viewCount(app, live);
    }
    ctx.check(views === 1, `the page opened in Chromium counts one view (${views})`);

    // What the browser downloaded: the scripts the HTML asks for (to hydrate), and all of them.
    const hydrating = first.scripts.filter((s) => s.inDocument);
    ctx.row({ metric: 'JS downloaded to hydrate (kB on the wire)', floor: 0, subject: kB(sum(hydrating)), max: 60, note: `${hydrating.length} files; before the first paint: none (no script blocks it)` });
    ctx.row({ metric: 'all JS downloaded (kB on the wire)', floor: 0, subject: kB(sum(first.scripts)), max: 110, note: `${first.scripts.length} files` });
    ctx.row({ metric: 'HTML downloaded (kB on the wire)', floor: null, subject: kB(first.documentBytes) });

    if (ctx.opts.smoke) {
      // Correctness only; Lighthouse must at least load.
      ctx.check(typeof (await loadLighthouse()).lighthouse === 'function', 'Lighthouse loads');
      return;
    }

    const runs = await interleaved(
      ctx.opts.reps,
      () => visit(browser, floorUrl, live.reference),
      () => visit(browser, subjectUrl, live.reference),
      ctx.log,
    );
    const m = (side, field) => median(runs[side].map((r) => r[field]));
    ctx.row({ metric: 'LCP (ms), headless Chromium 1280×800', floor: m('floor', 'lcp'), subject: m('subject', 'lcp'), max: 1000 });
    ctx.row({ metric: 'FCP (ms), headless Chromium', floor: m('floor', 'fcp'), subject: m('subject', 'fcp') });
    await browser.close();
    browser = null;

    const mobile = await interleaved(
      ctx.opts.reps,
      () => lighthouseRun(floorUrl, 'mobile'),
      () => lighthouseRun(subjectUrl, 'mobile'),
      ctx.log,
    );
    const lh = (side, field) => median(mobile[side].map((r) => r[field]));
    ctx.row({ metric: 'Lighthouse mobile: performance', floor: lh('floor', 'performance'), subject: lh('subject', 'performance'), min: 0.95 });
    ctx.row({ metric: 'Lighthouse mobile: LCP (ms)', floor: lh('floor', 'lcp'), subject: lh('subject', 'lcp'), max: 2000 });
    ctx.row({ metric: 'Lighthouse mobile: FCP (ms)', floor: lh('floor', 'fcp'), subject: lh('subject', 'fcp') });
    ctx.row({ metric: 'Lighthouse mobile: TBT (ms)', floor: lh('floor', 'tbt'), subject: lh('subject', 'tbt'), max: 150, note: `+${Math.round(lh('subject', 'tbt') - lh('floor', 'tbt'))} ms over the floor` });
    ctx.row({ metric: 'Lighthouse mobile: CLS', floor: lh('floor', 'cls'), subject: lh('subject', 'cls'), max: 0.05 });
    ctx.row({ metric: 'Lighthouse mobile: accessibility', floor: lh('floor', 'accessibility'), subject: lh('subject', 'accessibility'), min: 1 });
    ctx.row({ metric: 'Lighthouse mobile: script bytes (kB)', floor: kB(lh('floor', 'scriptBytes')), subject: kB(lh('subject', 'scriptBytes')) });
    ctx.check(mobile.subject.every((r) => r.textCompressionSavings === 0), 'Lighthouse finds nothing left to compress');

    // Kept before the admin console's runs, so that a failure there loses none of the page's.
    ctx.detail({ lighthouse: { mobile } });
    const admin = [];
    for (let i = 0; i < ADMIN_REPS; i++) {
      admin.push(await lighthouseRun(`${app.url}/admin`, 'desktop'));
      ctx.log(`  admin rep ${i + 1}/${ADMIN_REPS}: performance ${admin[i].performance} LCP ${Math.round(admin[i].lcp)} ms TBT ${Math.round(admin[i].tbt)} ms`);
    }
    const ad = (field) => median(admin.map((r) => r[field]));
    ctx.row({ metric: 'Lighthouse desktop, admin sign-in: performance', floor: null, subject: ad('performance'), min: 0.9 });
    ctx.row({ metric: 'Lighthouse desktop, admin sign-in: LCP (ms)', floor: null, subject: ad('lcp') });
    ctx.row({ metric: 'Lighthouse desktop, admin: script bytes (kB)', floor: null, subject: kB(ad('scriptBytes')) });

    for (const r of [...runs.floor, ...runs.subject]) delete r.html;
    delete first.html;
    delete first.renderedHtml;
    ctx.detail({ bundle: bundle.files, first, chromium: CHROMIUM, runs, lighthouse: { mobile, admin } });
  } finally {
    await browser?.close();
    await stopAll(app, floor);
  }
}
