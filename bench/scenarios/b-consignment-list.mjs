/**
 * B. The admin console's consignment list with each consignment's stops, at 10, 50 and 100 a
 * page: SQL statements per request (must not grow with the page size) and latency, against
 * the floor's one statement for the same JSON. Then the console's own list document (read from
 * the web app's source, 25 a page) under load: the server process's CPU ms per answered
 * request, req/s and p99, and its SQL statements per request.
 */
import { postGraphql } from '../lib/api.mjs';
import { firstDifference } from '../lib/compare.mjs';
import { createConsignments, createTrackingTenant, platformLogin } from '../lib/fixtures.mjs';
import { consoleListQuery } from '../lib/console-list.mjs';
import { interleaved } from '../lib/interleave.mjs';
import { startApp, startFloor, stopAll } from '../lib/processes.mjs';
import { statementsPerRequest } from '../lib/statements.mjs';
import { median, summarize } from '../lib/stats.mjs';
import { nowUs } from '../lib/clock.mjs';
import { httpLoad } from '../lib/load.mjs';
import { withCpuPer } from '../lib/noise.mjs';

export const id = 'B';
export const title = 'Admin consignments list with stops';

const LIST_QUERY = `query List($first: Int!) {
  consignments(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id reference status updatedAt
      stops { id sequence type name latitude longitude plannedArrival estimatedArrival } } }
  }
}`;

/** `count` sequential requests; their latencies in ms. */
async function timeRequests(url, first, token, count) {
  const latencies = [];
  for (let i = 0; i < count; i++) {
    const t0 = nowUs();
    const res = await postGraphql(url, LIST_QUERY, { first }, token);
    if (res.status !== 200 || res.body.errors) throw new Error(`list failed: ${res.text.slice(0, 300)}`);
    latencies.push((nowUs() - t0) / 1000);
  }
  return summarize(latencies);
}

export async function run(ctx) {
  const { smoke } = ctx.opts;
  const sizes = [10, 50, 100];
  const requests = smoke ? 2 : 20;
  let app;
  let floor;
  try {
    app = await startApp(ctx.opts, { name: 'app-b' });
    floor = await startFloor(ctx.opts, 'http-floor.mjs', { name: 'floor-b' });
    const platform = await platformLogin(app.api);
    const tenant = await createTrackingTenant(app.api, platform, 'b');
    ctx.log('seeding 110 consignments with 5 stops each');
    await createConsignments(app.api, tenant.token, 110, 'PLANNED');
    const subjectUrl = `${app.url}/graphql`;
    const floorUrl = `${floor.url}/floor/consignments`;

    for (const first of sizes) {
      const subject = await postGraphql(subjectUrl, LIST_QUERY, { first }, tenant.token);
      const base = await postGraphql(floorUrl, LIST_QUERY, { first }, tenant.token);
      ctx.check(subject.body.data?.consignments?.edges?.length === first, `the subject lists ${first} consignments (${subject.text.slice(0, 200)})`);
      ctx.check(subject.body.data?.consignments?.edges?.every((e) => e.node.stops.length === 5), 'every listed consignment has its 5 stops');
      ctx.check(subject.text === base.text, `floor and subject answer the same JSON at first=${first}, ${firstDifference(subject.text, base.text)}`);
    }

    const statements = {};
    for (const first of sizes) {
      statements[first] = {
        subject: await statementsPerRequest(app, 3, () => postGraphql(subjectUrl, LIST_QUERY, { first }, tenant.token)),
        floor: await statementsPerRequest(floor, 3, () => postGraphql(floorUrl, LIST_QUERY, { first }, tenant.token)),
      };
    }
    const counts = sizes.map((first) => statements[first].subject);
    const constant = counts.every((c) => c === counts[0]);
    ctx.check(counts.every(Number.isInteger), `the subject sends a whole number of statements per list (${counts.join(', ')})`);

    const latency = {};
    for (const first of sizes) {
      latency[first] = await interleaved(
        ctx.opts.reps,
        () => timeRequests(floorUrl, first, tenant.token, requests),
        () => timeRequests(subjectUrl, first, tenant.token, requests),
        (m) => ctx.log(`first=${first}${m}`),
      );
    }
    for (const first of sizes) {
      ctx.row({ metric: `SQL statements / request, first=${first}`, floor: statements[first].floor, subject: statements[first].subject, max: 4 });
    }
    ctx.row({ metric: 'statements the same at 10/50/100', floor: 1, subject: counts[0], target: 'same at all sizes', pass: constant, note: counts.join('/') });
    for (const first of sizes) {
      const m = (side) => median(latency[first][side].map((r) => r.p50));
      ctx.row({ metric: `p50 latency (ms), first=${first}`, floor: m('floor'), subject: m('subject') });
    }

    // The console's own list document under load: server CPU per answered request.
    const list = consoleListQuery(ctx.opts.root);
    const consoleBody = JSON.stringify({ query: list.text, variables: { first: list.pageSize } });
    const first = await postGraphql(subjectUrl, list.text, { first: list.pageSize }, tenant.token);
    ctx.check(first.status === 200 && !first.body.errors && first.body.data?.consignments?.edges?.length === list.pageSize, `the console's list answers ${list.pageSize} rows (${first.text.slice(0, 200)})`);
    const consoleStatements = await statementsPerRequest(app, 3, () => postGraphql(subjectUrl, list.text, { first: list.pageSize }, tenant.token));
    const consoleLoad = (seconds) =>
      withCpuPer(
        app.pid,
        () => httpLoad({ url: subjectUrl, connections: 16, seconds, headers: { authorization: `Bearer ${tenant.token}` }, nextBody: () => ({ body: consoleBody }), verify: (b) => !b.includes('"errors"') }),
        (x) => x.ok,
      );
    await consoleLoad(smoke ? 1 : 2);
    const consoleRuns = [];
    for (let i = 0; i < (smoke ? 1 : ctx.opts.reps); i++) {
      const r = await consoleLoad(smoke ? 1 : 3);
      ctx.log(`console list: ${r.rps} req/s, p99 ${r.p99} ms, server CPU ${r.cpuMsPerItem.server.toFixed(2)} ms/request`);
      consoleRuns.push(r);
    }
    ctx.row({ metric: `console list (first=${list.pageSize}): server CPU ms / request`, subject: median(consoleRuns.map((r) => r.cpuMsPerItem.server)) });
    ctx.row({ metric: `console list (first=${list.pageSize}): req/s, 16 conn.`, subject: median(consoleRuns.map((r) => r.rps)) });
    ctx.row({ metric: `console list (first=${list.pageSize}): p99 (ms), 16 conn.`, subject: median(consoleRuns.map((r) => r.p99)) });
    ctx.row({ metric: `console list (first=${list.pageSize}): SQL statements / request`, subject: consoleStatements });
    ctx.detail({ statements, latency, requestsPerRep: requests, console: { statements: consoleStatements, runs: consoleRuns } });
  } finally {
    await stopAll(app, floor);
  }
}
