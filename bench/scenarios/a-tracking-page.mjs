/**
 * A. The public trackingPage query of realistic consignments (5 stops, 20 cargo lines, 50
 * pallet scans, a driver in transit with recent positions) under 32 keep-alive connections,
 * against two floors in the same run: the HTTP floor answering the same request with the same
 * JSON built in one statement, and the limit of any cached design, one indexed look-up of the
 * token and the same bytes sent again (`/floor/cached-page`). The pages do not change during
 * the load, so every request after the first of a link is one the product answers from its
 * page cache: the figure is the cache's hit path.
 */
import { postGraphql, TRACKING_PAGE_QUERY } from '../lib/api.mjs';
import { addPalletScans, assignDriver, createConsignments, createDriver, createTrackingTenant, linkTokens, platformLogin, track } from '../lib/fixtures.mjs';
import { firstDifference } from '../lib/compare.mjs';
import { interleavedSides } from '../lib/interleave.mjs';
import { httpLoad } from '../lib/load.mjs';
import { startApp, startFloor, stopAll } from '../lib/processes.mjs';
import { statementsPerRequest } from '../lib/statements.mjs';
import { withCpuPer } from '../lib/noise.mjs';
import { median } from '../lib/stats.mjs';

export const id = 'A';
export const title = 'Public trackingPage';

/** Seeds `links` realistic consignments, each with its default link; returns the tokens. */
export async function seed(app, links) {
  const platform = await platformLogin(app.api);
  const tenant = await createTrackingTenant(app.api, platform, 'a');
  const consignments = await createConsignments(app.api, tenant.token, links);
  await addPalletScans(app.api, tenant.token, consignments, 50);
  const driver = await createDriver(app.api, tenant.token);
  await assignDriver(app.api, tenant.token, consignments.map((c) => c.id), driver.id);
  await app.api.ok(`mutation($p: [PositionInput!]!) { reportPositions(positions: $p) { accepted } }`, { p: track(30) }, driver.token);
  await app.call('idle'); // live ETAs recomputed: the pages stay the same from here on
  return linkTokens(app.api, tenant.token, consignments.map((c) => c.id));
}

/** Both answer every token with the same JSON, of the realistic shape. */
async function checkSameAnswers(ctx, app, floor, tokens) {
  for (const token of tokens) {
    const subject = await postGraphql(`${app.url}/public/graphql`, TRACKING_PAGE_QUERY, { token });
    const base = await postGraphql(`${floor.url}/floor/page`, TRACKING_PAGE_QUERY, { token });
    const cached = await postGraphql(`${floor.url}/floor/cached-page`, TRACKING_PAGE_QUERY, { token });
    const page = subject.body.data?.trackingPage;
    ctx.check(page?.__typename === 'TrackingPage', `subject answers a TrackingPage (${subject.text.slice(0, 200)})`);
    ctx.check(page?.stops?.length === 5 && page?.cargo?.length === 20 && page?.palletScans?.length === 50 && page?.driverPosition,
      'the page has 5 stops, 20 cargo lines, 50 scans and a driver position');
    ctx.check(subject.text === base.text, `floor and subject answer the same JSON, byte for byte, ${firstDifference(subject.text, base.text)}`);
    ctx.check(cached.text === base.text, `both floors answer the same JSON, byte for byte, ${firstDifference(cached.text, base.text)}`);
  }
}

export async function run(ctx) {
  const { smoke } = ctx.opts;
  const size = smoke ? { links: 2, connections: 4, seconds: 1, warm: 0 } : { links: 32, connections: 32, seconds: 4, warm: 2 };
  let app;
  let floor;
  try {
    app = await startApp(ctx.opts, { name: 'app-a' });
    floor = await startFloor(ctx.opts, 'http-floor.mjs', { name: 'floor-a' });
    ctx.log(`seeding ${size.links} realistic consignments`);
    const tokens = await seed(app, size.links);
    await checkSameAnswers(ctx, app, floor, tokens);

    const bodies = tokens.map((token) => JSON.stringify({ query: TRACKING_PAGE_QUERY, variables: { token } }));
    let next = 0;
    const nextBody = () => ({ body: bodies[next++ % bodies.length] });
    const verify = (body) => body.includes('"__typename":"TrackingPage"');
    // Each run also reports the CPU time per answered request of the server process and of PostgreSQL.
    const load = (url, proc) => withCpuPer(proc.pid, () => httpLoad({ url, connections: size.connections, seconds: size.seconds, nextBody, verify }), (r) => r.ok);
    const probe = (proc, url) => statementsPerRequest(proc, 2 * tokens.length, (i) =>
      postGraphql(url, TRACKING_PAGE_QUERY, { token: tokens[i % tokens.length] }));
    const statements = {
      subject: await probe(app, `${app.url}/public/graphql`),
      floor: await probe(floor, `${floor.url}/floor/page`),
      cachedFloor: await probe(floor, `${floor.url}/floor/cached-page`),
    };
    if (size.warm) {
      await httpLoad({ url: `${floor.url}/floor/page`, connections: size.connections, seconds: size.warm, nextBody });
      await httpLoad({ url: `${floor.url}/floor/cached-page`, connections: size.connections, seconds: size.warm, nextBody });
      await httpLoad({ url: `${app.url}/public/graphql`, connections: size.connections, seconds: size.warm, nextBody });
    }
    const runs = await interleavedSides(ctx.opts.reps, {
      floor: () => load(`${floor.url}/floor/page`, floor),
      cachedFloor: () => load(`${floor.url}/floor/cached-page`, floor),
      subject: () => load(`${app.url}/public/graphql`, app),
    }, ctx.log);
    for (const r of [...runs.floor, ...runs.cachedFloor, ...runs.subject]) {
      ctx.check(r.errors === 0 && r.mismatches === 0, `every answer is a 200 TrackingPage (errors ${r.errors}, mismatches ${r.mismatches})`);
    }
    const m = (side, field) => median(runs[side].map((r) => r[field]));
    ctx.check(Number.isInteger(statements.subject), `the subject sends the same statements for every page (${statements.subject} per request)`);
    ctx.row({ metric: 'throughput (req/s)', floor: m('floor', 'rps'), subject: m('subject', 'rps'), ratioMin: 0.5, note: `${size.connections} connections, ${size.links} links` });
    ctx.row({ metric: `p99 latency (ms) at ${size.connections} conn.`, floor: m('floor', 'p99'), subject: m('subject', 'p99'), max: 50 });
    ctx.row({ metric: 'p50 latency (ms)', floor: m('floor', 'p50'), subject: m('subject', 'p50') });
    ctx.row({ metric: 'SQL statements / request', floor: statements.floor, subject: statements.subject, max: 3 });
    // Against the limit of any cached design (the targets): ≥ 0.5× its throughput, ≤ 2× its p99.
    ctx.row({ metric: 'throughput vs cached floor (req/s)', floor: m('cachedFloor', 'rps'), subject: m('subject', 'rps'), ratioMin: 0.5, note: 'floor: one indexed look-up + the same bytes' });
    ctx.row({ metric: `p99 vs cached floor (ms) at ${size.connections} conn.`, floor: m('cachedFloor', 'p99'), subject: m('subject', 'p99'), ratioMax: 2 });
    ctx.row({ metric: 'SQL statements / request (cached floor)', floor: statements.cachedFloor, subject: statements.subject, max: 1 });
    const cpu = (side, of) => median(runs[side].map((r) => r.cpuMsPerItem[of]));
    ctx.row({ metric: 'server CPU ms / request', floor: cpu('floor', 'server'), subject: cpu('subject', 'server') });
    ctx.row({ metric: 'PostgreSQL CPU ms / request', floor: cpu('floor', 'postgres'), subject: cpu('subject', 'postgres') });
    ctx.row({ metric: 'server CPU ms / request (cached floor)', floor: cpu('cachedFloor', 'server'), subject: cpu('subject', 'server') });
    ctx.row({ metric: 'PostgreSQL CPU ms / request (cached floor)', floor: cpu('cachedFloor', 'postgres'), subject: cpu('subject', 'postgres') });
    ctx.detail({ size, statements, runs });
  } finally {
    await stopAll(app, floor);
  }
}
