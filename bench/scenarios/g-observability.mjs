/**
 * G. What watching the product costs: the public page (A's load) and a live fan-out to 1k pages
 * (D's), each on a product run "quiet" (errors only in the log, no metrics served) against the
 * same product run as an operator would: every request logged at info (to a file), metrics
 * served and scraped every second, tracing off; and once more with tracing on, sending its
 * spans to a local OTLP collector. Here the floor is the quiet product.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { postGraphql, TRACKING_PAGE_QUERY } from '../lib/api.mjs';
import { sleep, until } from '../lib/clock.mjs';
import { interleaved } from '../lib/interleave.mjs';
import { positionUpdates, seedLiveConsignment, SUBSCRIPTION } from '../lib/live.mjs';
import { httpLoad } from '../lib/load.mjs';
import { startApp, startFloor, stopAll } from '../lib/processes.mjs';
import { median } from '../lib/stats.mjs';
import { startSwarm, timedPublish, wsUrl } from '../lib/swarm.mjs';
import { seed } from './a-tracking-page.mjs';

export const id = 'G';
export const title = 'Observability overhead';

const METRICS_TOKEN = 'bench-metrics-token-0123456789';

/** Scrapes /metrics every second, as Prometheus would, until stopped. */
function scraper(url) {
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } }).then((r) => r.text(), () => undefined);
      await sleep(1000);
    }
  })();
  return async () => {
    stopped = true;
    await loop;
  };
}

export async function run(ctx) {
  const { smoke } = ctx.opts;
  const size = smoke ? { links: 2, connections: 4, seconds: 1, subscribers: 10 } : { links: 32, connections: 32, seconds: 4, subscribers: 1000 };
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracklink-bench-g-'));
  const logFile = (name) => fs.openSync(path.join(logDir, `${name}.log`), 'a');
  const observed = { LOG_LEVEL: 'info', METRICS_TOKEN };
  let quiet;
  let watched;
  let traced;
  let sink;
  const stops = [];
  const swarms = [];
  try {
    sink = await startFloor(ctx.opts, 'otlp-sink.mjs', { name: 'otlp-sink' });
    quiet = await startApp(ctx.opts, { name: 'app-g-quiet' });
    watched = await startApp(ctx.opts, { name: 'app-g-observed', env: observed, stdout: logFile('observed') });
    traced = await startApp(ctx.opts, {
      name: 'app-g-traced',
      env: { ...observed, OTEL_EXPORTER_OTLP_ENDPOINT: sink.url, OTEL_SERVICE_NAME: 'tracklink-bench' },
      stdout: logFile('traced'),
    });
    for (const app of [watched, traced]) stops.push(scraper(app.url));

    // The public page, A's way: the same seeded pages (one database) through each process.
    ctx.log(`seeding ${size.links} realistic consignments`);
    const tokens = await seed(quiet, size.links);
    for (const app of [quiet, watched, traced]) {
      const answer = await postGraphql(`${app.url}/public/graphql`, TRACKING_PAGE_QUERY, { token: tokens[0] });
      ctx.check(answer.body.data?.trackingPage?.__typename === 'TrackingPage', `${app.name} answers the page`);
    }
    const bodies = tokens.map((token) => JSON.stringify({ query: TRACKING_PAGE_QUERY, variables: { token } }));
    let next = 0;
    const nextBody = () => ({ body: bodies[next++ % bodies.length] });
    const verify = (body) => body.includes('"__typename":"TrackingPage"');
    const load = (app) => httpLoad({ url: `${app.url}/public/graphql`, connections: size.connections, seconds: size.seconds, nextBody, verify });
    if (!smoke) for (const app of [quiet, watched, traced]) await httpLoad({ url: `${app.url}/public/graphql`, connections: size.connections, seconds: 2, nextBody });
    const pages = {
      observed: await interleaved(ctx.opts.reps, () => load(quiet), () => load(watched), (m) => ctx.log(`page, observed${m}`)),
      traced: await interleaved(ctx.opts.reps, () => load(quiet), () => load(traced), (m) => ctx.log(`page, traced${m}`)),
    };
    for (const r of [...pages.observed.floor, ...pages.observed.subject, ...pages.traced.subject]) {
      ctx.check(r.errors === 0 && r.mismatches === 0, `every page answer is a 200 TrackingPage (errors ${r.errors}, mismatches ${r.mismatches})`);
    }
    const m = (runs, side, field) => median(runs[side].map((r) => r[field]));
    ctx.row({ metric: 'page throughput (req/s), info logs + metrics', floor: m(pages.observed, 'floor', 'rps'), subject: m(pages.observed, 'subject', 'rps'), ratioMin: 0.95, note: 'floor: the same product, quiet' });
    ctx.row({ metric: 'page p99 (ms), info logs + metrics', floor: m(pages.observed, 'floor', 'p99'), subject: m(pages.observed, 'subject', 'p99') });
    ctx.row({ metric: 'page throughput (req/s), + tracing', floor: m(pages.traced, 'floor', 'rps'), subject: m(pages.traced, 'subject', 'rps') });
    ctx.row({ metric: 'page p99 (ms), + tracing', floor: m(pages.traced, 'floor', 'p99'), subject: m(pages.traced, 'subject', 'p99') });
    const received = await sink.call('received');
    ctx.check(received.batches > 0, `the traced product sent its spans (${received.batches} batches)`);

    // A live fan-out, D's way: the same number of pages on the quiet and the observed product.
    const lives = { quiet: await seedLiveConsignment(quiet, 'g-quiet'), watched: await seedLiveConsignment(watched, 'g-watched') };
    const [quietSwarm, watchedSwarm] = await Promise.all([startSwarm('swarm-g-quiet'), startSwarm('swarm-g-observed')]);
    swarms.push(quietSwarm, watchedSwarm);
    await Promise.all([
      quietSwarm.call('connect', { group: 'g', url: wsUrl(quiet.url), token: lives.quiet.token, query: SUBSCRIPTION, count: size.subscribers }, 120_000),
      watchedSwarm.call('connect', { group: 'g', url: wsUrl(watched.url), token: lives.watched.token, query: SUBSCRIPTION, count: size.subscribers }, 120_000),
    ]);
    await until(async () => (await quiet.call('streams')) === size.subscribers && (await watched.call('streams')) === size.subscribers, 60_000, 'the pages on both');
    const publisher = (app, swarm, live) => {
      const updates = positionUpdates(live);
      return async () => {
        await sleep(100);
        const u = updates();
        return timedPublish(swarm, 'g', u.marker, () => app.call('publishPosition', u.event), 30_000);
      };
    };
    await publisher(quiet, quietSwarm, lives.quiet)();
    await publisher(watched, watchedSwarm, lives.watched)();
    // One publish is a tenth of a second: many of them, or a 5 % difference drowns in noise.
    const publishes = smoke ? ctx.opts.reps : Math.max(ctx.opts.reps, 25);
    const fanout = await interleaved(publishes, publisher(quiet, quietSwarm, lives.quiet), publisher(watched, watchedSwarm, lives.watched), (m) => ctx.log(`fan-out${m}`));
    for (const r of [...fanout.floor, ...fanout.subject]) ctx.check(r.received === r.expected, `every page gets every frame (${r.received}/${r.expected})`);
    const label = size.subscribers >= 1000 ? `${size.subscribers / 1000}k` : String(size.subscribers);
    ctx.row({ metric: `fan-out p50 (ms), ${label} pages, info logs + metrics`, floor: m(fanout, 'floor', 'p50'), subject: m(fanout, 'subject', 'p50'), ratioMax: 1.05, note: `median of ${publishes} publishes each, interleaved` });
    ctx.row({ metric: `fan-out p99 (ms), ${label} pages, info logs + metrics`, floor: m(fanout, 'floor', 'p99'), subject: m(fanout, 'subject', 'p99') });
    const logBytes = fs.statSync(path.join(logDir, 'observed.log')).size;
    ctx.detail({ size, pages, fanout, spans: received, observedLogBytes: logBytes });
  } finally {
    for (const stop of stops) await stop();
    await stopAll(quiet, watched, traced, sink);
    await stopAll(...swarms);
    fs.rmSync(logDir, { recursive: true, force: true });
  }
}
