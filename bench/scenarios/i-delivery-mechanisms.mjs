/**
 * I. One delivery mechanism: the same webhook deliveries (scenario H's: 100 consignments, in
 * order per consignment, each outcome recorded on its row) sent by the product's outbox engine
 * and by graphile-worker (one job per delivery in a named queue per endpoint and consignment,
 * bench/lib/graphile-child.mjs), both 8 requests in flight to the same receiver with the same
 * signing, against H's floor of plain signed POSTs. The three take turns (the order rotates per
 * repetition) so a noisy machine moves them alike.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createTrackingTenant, platformLogin } from '../lib/fixtures.mjs';
import { startApp, startFloor, stopAll, BENCH_DIR, POOL_SIZE } from '../lib/processes.mjs';
import { startChild } from '../lib/rpc.mjs';
import { median } from '../lib/stats.mjs';
import { messages } from './h-webhooks.mjs';

export const id = 'I';
export const title = 'Delivery mechanisms: the outbox engine and graphile-worker';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const UPDATE = `mutation($id: ID!, $enabled: Boolean!) { updateWebhookEndpoint(id: $id, input: { enabled: $enabled }) { id enabled } }`;
const SIDES = ['floor', 'engine', 'graphile'];
// graphile-worker fetches (and locks) this many jobs per query when > 1 (its local queue,
// BENCH_GRAPHILE_LOCAL_QUEUE=16); by default one per fetch, its default. Its local queue in
// 0.17.3 can run jobs of one named queue at once (graphile/worker#621, fixed in 0.18, which
// needs Node 22), so with it the order is measured and told, not required.
const LOCAL_QUEUE = Number(process.env.BENCH_GRAPHILE_LOCAL_QUEUE ?? 0);
// BENCH_GRAPHILE_UNORDERED=1: no named queues (what graphile-worker does without keeping order; its order is then not checked).
const UNORDERED = process.env.BENCH_GRAPHILE_UNORDERED === '1';
const GRAPHILE_KEEPS_ORDER = !UNORDERED && !(LOCAL_QUEUE > 1);

export async function run(ctx) {
  const { smoke, db } = ctx.opts;
  const size = smoke ? { consignments: 10, perConsignment: 5 } : { consignments: 100, perConsignment: 40 };
  const total = size.consignments * size.perConsignment;
  const concurrency = 16;
  const lanes = Math.ceil(concurrency / 2);
  let app;
  let floor;
  let receiver;
  let graphile;
  try {
    app = await startApp(ctx.opts, { name: 'app-i', env: { NODE_ENV: 'test', WEBHOOK_POLL_MS: '50', WEBHOOK_CONCURRENCY: String(concurrency) } });
    floor = await startFloor(ctx.opts, 'webhook-floor.mjs', { name: 'floor-i' });
    receiver = await startFloor(ctx.opts, 'webhook-receiver.mjs', { name: 'receiver-i' });
    graphile = await startChild(path.join(BENCH_DIR, 'lib', 'graphile-child.mjs'), { name: 'graphile-i', env: { DATABASE_URL: db.url, DATABASE_POOL_SIZE: POOL_SIZE } });
    const platform = await platformLogin(app.api);
    const tenant = await createTrackingTenant(app.api, platform, 'i');
    const endpointFor = async () => {
      const { createWebhookEndpoint } = await app.api.ok(
        `mutation($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id } } }`,
        { input: { url: `${receiver.info.url}/i`, eventTypes: ['CONSIGNMENT_STATUS_CHANGED'], enabled: false } },
        tenant.token,
      );
      return { secret: createWebhookEndpoint.secret, id: createWebhookEndpoint.endpoint.id };
    };
    // The engine's endpoint is turned on to send; graphile-worker's stays off, so the engine never takes its rows.
    const engineEndpoint = await endpointFor();
    const graphileEndpoint = await endpointFor();
    const consignments = Array.from({ length: size.consignments }, () => randomUUID());
    const verifyEvery = smoke ? 1 : 25;

    const queue = async (endpoint, batch) =>
      db.sql(
        `INSERT INTO webhook_deliveries (tenant_id, endpoint_id, message_id, event_type, ordering_key, body, give_up_at)
         SELECT $1, $2, m.id, 'consignment.status_changed', m.key, m.body, now() + interval '1 day'
           FROM unnest($3::text[], $4::uuid[], $5::text[]) WITH ORDINALITY AS m(id, key, body, n) ORDER BY m.n
         RETURNING id, message_id`,
        [tenant.id, endpoint.id, batch.map((m) => m.id), batch.map((m) => m.key), batch.map((m) => m.body)],
      );
    const waitFor = async (t0) => {
      while ((await receiver.call('count')) < total) {
        if (performance.now() - t0 > 120_000) break;
        await sleep(5);
      }
      return (performance.now() - t0) / 1000;
    };
    const recordedOf = async (endpoint, prefix) => {
      let recorded = 0;
      for (let i = 0; i < 400; i++) {
        [{ n: recorded }] = await db.sql(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE endpoint_id = $1 AND status = 'DELIVERED' AND message_id LIKE $2`, [endpoint.id, `${prefix}%`]);
        if (recorded === total) break;
        await sleep(25);
      }
      return recorded;
    };

    const sides = {
      floor: async (rep) => {
        const batch = messages(`f${rep}`, consignments, size.perConsignment).map(({ id: messageId, body }) => ({ id: messageId, body }));
        await receiver.call('begin', { secret: engineEndpoint.secret, verifyEvery });
        const sent = await floor.call('send', { url: `${receiver.info.url}/i`, secret: engineEndpoint.secret, messages: batch, concurrency: lanes });
        const got = await receiver.call('end');
        return { deliveriesPerSecond: total / sent.seconds, seconds: sent.seconds, ...got, failed: sent.failed, recorded: total };
      },
      engine: async (rep) => {
        await queue(engineEndpoint, messages(`e${rep}`, consignments, size.perConsignment));
        await receiver.call('begin', { secret: engineEndpoint.secret, verifyEvery });
        const t0 = performance.now();
        await app.api.ok(UPDATE, { id: engineEndpoint.id, enabled: true }, tenant.token);
        const seconds = await waitFor(t0);
        await app.api.ok(UPDATE, { id: engineEndpoint.id, enabled: false }, tenant.token);
        const recorded = await recordedOf(engineEndpoint, `msg_e${rep}_`);
        return { deliveriesPerSecond: total / seconds, seconds, ...(await receiver.call('end')), recorded };
      },
      graphile: async (rep) => {
        const batch = messages(`g${rep}`, consignments, size.perConsignment);
        const rows = await queue(graphileEndpoint, batch);
        const byMessage = new Map(rows.map((r) => [r.message_id, r.id]));
        // Written as the change's transaction would: the delivery row, then its job.
        await graphile.call('enqueue', { deliveries: batch.map((m) => ({ id: byMessage.get(m.id), endpointId: graphileEndpoint.id, key: UNORDERED ? null : m.key, messageId: m.id, body: m.body })) });
        await receiver.call('begin', { secret: graphileEndpoint.secret, verifyEvery });
        const t0 = performance.now();
        await graphile.call('start', { url: `${receiver.info.url}/i`, secret: graphileEndpoint.secret, concurrency: lanes, localQueue: LOCAL_QUEUE });
        const seconds = await waitFor(t0);
        const recorded = await recordedOf(graphileEndpoint, `msg_g${rep}_`);
        await graphile.call('stop');
        const left = await graphile.call('left');
        return { deliveriesPerSecond: total / seconds, seconds, ...(await receiver.call('end')), recorded, jobsLeft: left };
      },
    };

    if (!smoke) for (const side of SIDES) await sides[side]('warm');
    const runs = { floor: [], engine: [], graphile: [] };
    for (let i = 0; i < ctx.opts.reps; i++) {
      const order = SIDES.map((_, k) => SIDES[(k + i) % SIDES.length]);
      for (const side of order) {
        const r = await sides[side](i);
        runs[side].push(r);
        ctx.log(`  rep ${i + 1}/${ctx.opts.reps} ${side}: ${r.deliveriesPerSecond.toFixed(0)}/s (${r.count} received, ${r.outOfOrder} out of order, ${r.recorded} recorded)`);
      }
    }
    for (const side of SIDES) {
      for (const r of runs[side]) {
        ctx.check(r.count === total && r.distinct === total, `${side}: every delivery arrives once (${r.count} requests, ${r.distinct} distinct, ${total} queued)`);
        ctx.check(r.recorded === total, `${side}: every delivery is recorded DELIVERED (${r.recorded} of ${total})`);
        ctx.check(r.badSignatures === 0 && r.verified > 0, `${side}: signatures verify (${r.verified} checked, ${r.badSignatures} bad)`);
        if (side === 'engine' || (side === 'graphile' && GRAPHILE_KEEPS_ORDER)) ctx.check(r.outOfOrder === 0, `${side}: each consignment's deliveries arrive in order (${r.outOfOrder} out of order)`);
      }
    }
    const m = (side) => median(runs[side].map((r) => r.deliveriesPerSecond));
    for (const side of ['engine', 'graphile']) {
      ctx.row({
        metric: `deliveries / s, ${side === 'engine' ? 'outbox engine' : `graphile-worker${LOCAL_QUEUE > 1 ? ` (local queue ${LOCAL_QUEUE})` : ''}`}, ${size.consignments} consignments ${side === 'graphile' && UNORDERED ? 'in any order' : 'in order'}`,
        floor: m('floor'),
        subject: m(side),
        ratioMin: 0.5,
        note:
          side === 'graphile' && !GRAPHILE_KEEPS_ORDER && !UNORDERED
            ? `${total} deliveries per repetition, ${lanes} in flight; ${runs.graphile.reduce((n, r) => n + r.outOfOrder, 0)} out of order in all (its local queue, graphile/worker#621)`
            : `${total} deliveries per repetition, ${lanes} in flight; each signed, sent, recorded on its row, in order per consignment`,
      });
    }
    ctx.detail({ size, runs });
  } finally {
    await stopAll(app, floor, receiver, graphile);
  }
}
