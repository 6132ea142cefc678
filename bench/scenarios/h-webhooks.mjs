/**
 * H. Webhook deliveries per second to a loopback receiver: the product's worker taking queued
 * deliveries from the database (100 consignments, in order per consignment, each outcome
 * recorded) against a floor of plain signed POSTs of the same bodies from the same process (the
 * product's, its worker idle), with the same number of requests in flight, no database and no
 * order. The same POSTs from a bare Node process are a second floor, reported beside it. The
 * receiver (its own process) verifies signatures with the standardwebhooks package and checks
 * the order. Also reported: CPU per delivery of the sending process and of PostgreSQL, and SQL
 * statements per delivery.
 */
import { randomUUID } from 'node:crypto';
import { createTrackingTenant, platformLogin } from '../lib/fixtures.mjs';
import { interleavedSides } from '../lib/interleave.mjs';
import { withCpuPer } from '../lib/noise.mjs';
import { startApp, startFloor, stopAll } from '../lib/processes.mjs';
import { median } from '../lib/stats.mjs';

export const id = 'H';
export const title = 'Webhook deliveries per second';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const UPDATE = `mutation($id: ID!, $enabled: Boolean!) { updateWebhookEndpoint(id: $id, input: { enabled: $enabled }) { id enabled } }`;

/** `perConsignment` status changes of each of `consignments` consignments, sequence-major (the order they happened). */
export function messages(rep, consignments, perConsignment) {
  const out = [];
  for (let j = 0; j < perConsignment; j++) {
    for (const [k, c] of consignments.entries()) {
      const messageId = `msg_${rep}_${j}_${k}_${randomUUID().slice(0, 8)}`;
      const body = JSON.stringify({
        id: messageId,
        type: 'consignment.status_changed',
        timestamp: new Date().toISOString(),
        data: {
          consignment: { id: c, reference: `CN-H-${k}`, orderId: consignments[0], status: 'IN_TRANSIT', customerReference: `PO-${k}`, containerNumber: 'MSKU1234565', updatedAt: new Date().toISOString() },
          previousStatus: 'PLANNED',
          sequence: j,
        },
      });
      out.push({ id: messageId, key: c, body });
    }
  }
  return out;
}

export async function run(ctx) {
  const { smoke, db } = ctx.opts;
  const size = smoke ? { consignments: 10, perConsignment: 5 } : { consignments: 100, perConsignment: 40 };
  const total = size.consignments * size.perConsignment;
  const concurrency = 16;
  let app;
  let floor;
  let receiver;
  try {
    // NODE_ENV=test: the receiver is on loopback, which production refuses (the SSRF rules).
    app = await startApp(ctx.opts, { name: 'app-h', env: { NODE_ENV: 'test', WEBHOOK_POLL_MS: '50', WEBHOOK_CONCURRENCY: String(concurrency) } });
    // Profiled beside the app with --profile, so the two can be compared.
    floor = await startFloor(ctx.opts, 'webhook-floor.mjs', { name: 'floor-h', profile: ctx.opts.profileDir });
    receiver = await startFloor(ctx.opts, 'webhook-receiver.mjs', { name: 'receiver-h' });
    const platform = await platformLogin(app.api);
    const tenant = await createTrackingTenant(app.api, platform, 'h');
    const { createWebhookEndpoint } = await app.api.ok(
      `mutation($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id } } }`,
      { input: { url: `${receiver.info.url}/h`, eventTypes: ['CONSIGNMENT_STATUS_CHANGED'], enabled: false } },
      tenant.token,
    );
    const { secret, endpoint } = createWebhookEndpoint;
    const consignments = Array.from({ length: size.consignments }, () => randomUUID());
    const verifyEvery = smoke ? 1 : 25;
    // One endpoint gets at most half the pool: the floor sends with as many in flight.
    const lanes = Math.ceil(concurrency / 2);

    const subject = async (rep) => {
      const batch = messages(`s${rep}`, consignments, size.perConsignment);
      // Queued as the listener queues them (one row per event and endpoint), while the endpoint is off.
      await db.sql(
        `INSERT INTO webhook_deliveries (tenant_id, endpoint_id, message_id, event_type, ordering_key, body, give_up_at)
         SELECT $1, $2, m.id, 'consignment.status_changed', m.key, m.body, now() + interval '1 day'
           FROM unnest($3::text[], $4::uuid[], $5::text[]) WITH ORDINALITY AS m(id, key, body, n) ORDER BY m.n`,
        [tenant.id, endpoint.id, batch.map((m) => m.id), batch.map((m) => m.key), batch.map((m) => m.body)],
      );
      await receiver.call('begin', { secret, verifyEvery });
      // The CPU of the server process and of PostgreSQL from turning the endpoint on until every
      // delivery has arrived (their records are group-committed by then but for the last few).
      const statementsBefore = await app.call('queries');
      const r = await withCpuPer(
        app.pid,
        async () => {
          const t0 = performance.now();
          await app.api.ok(UPDATE, { id: endpoint.id, enabled: true }, tenant.token);
          while ((await receiver.call('count')) < total) {
            if (performance.now() - t0 > 120_000) break;
            await sleep(5);
          }
          return { seconds: (performance.now() - t0) / 1000 };
        },
        () => total,
      );
      await app.api.ok(UPDATE, { id: endpoint.id, enabled: false }, tenant.token);
      let recorded = 0;
      for (let i = 0; i < 400; i++) {
        [{ n: recorded }] = await db.sql(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE endpoint_id = $1 AND status = 'DELIVERED' AND message_id LIKE $2`, [endpoint.id, `msg_s${rep}_%`]);
        if (recorded === total) break;
        await sleep(25);
      }
      // The worker's statements (claims, acks, hand-backs) and the harness's own few: the two mutations and the counts above.
      const statements = ((await app.call('queries')) - statementsBefore) / total;
      const got = await receiver.call('end');
      return { deliveriesPerSecond: total / r.seconds, seconds: r.seconds, cpuMsPerItem: r.cpuMsPerItem, statements, ...got, recorded };
    };
    // Plain signed POSTs, timed where they are sent: from the product's own process (`app`),
    // or from the bare process (`floor`).
    const plainRun = (side, proc, cmd) => async (rep) => {
      const batch = messages(`${side}${rep}`, consignments, size.perConsignment).map(({ id: messageId, body }) => ({ id: messageId, body }));
      await receiver.call('begin', { secret, verifyEvery });
      const { cpuMsPerItem, ...sent } = await withCpuPer(proc.pid, () => proc.call(cmd, { url: `${receiver.info.url}/h`, secret, messages: batch, concurrency: lanes }), () => total);
      const got = await receiver.call('end');
      return { deliveriesPerSecond: total / sent.seconds, seconds: sent.seconds, cpuMsPerItem, ...got, failed: sent.failed };
    };
    const sides = { floor: plainRun('f', app, 'plainPosts'), subject, bare: plainRun('b', floor, 'send') };

    if (!smoke) for (const side of Object.values(sides)) await side('warm');
    const runs = await interleavedSides(ctx.opts.reps, sides, ctx.log);
    for (const r of runs.subject) {
      ctx.check(r.count === total && r.distinct === total, `subject: every delivery arrives once (${r.count} requests, ${r.distinct} distinct, ${total} queued)`);
      ctx.check(r.recorded === total, `subject: every delivery is recorded DELIVERED (${r.recorded} of ${total})`);
      ctx.check(r.outOfOrder === 0, `subject: each consignment's deliveries arrive in order (${r.outOfOrder} out of order)`);
      ctx.check(r.badSignatures === 0 && r.verified > 0, `subject: signatures verify with standardwebhooks (${r.verified} checked, ${r.badSignatures} bad)`);
    }
    for (const side of ['floor', 'bare']) {
      for (const r of runs[side]) {
        ctx.check(r.count === total && r.failed === 0, `${side} floor: every POST is answered 2xx (${r.count} of ${total})`);
        ctx.check(r.badSignatures === 0 && r.verified > 0, `${side} floor: signatures verify (${r.verified} checked, ${r.badSignatures} bad)`);
      }
    }
    const m = (side, field) => median(runs[side].map((r) => r[field]));
    ctx.row({
      metric: `deliveries / s, ${size.consignments} consignments in order, ${lanes} in flight`,
      floor: m('floor', 'deliveriesPerSecond'),
      subject: m('subject', 'deliveriesPerSecond'),
      ratioMin: 0.5,
      note: `${total} deliveries per repetition; the subject claims, signs, sends and records each (order per consignment kept), the floor only signs and sends, from the same process`,
    });
    ctx.row({
      metric: `deliveries / s against the floor from a bare Node process`,
      floor: m('bare', 'deliveriesPerSecond'),
      subject: m('subject', 'deliveriesPerSecond'),
      note: 'the same plain signed POSTs from a process that runs nothing else (no instrumentation, no server)',
    });
    const cpu = (side, of) => median(runs[side].map((r) => r.cpuMsPerItem[of] * 1000));
    ctx.row({ metric: 'server CPU µs / delivery', floor: cpu('floor', 'server'), subject: cpu('subject', 'server'), note: 'the floor: the same process sending plain POSTs' });
    ctx.row({ metric: 'bare floor CPU µs / delivery', floor: cpu('bare', 'server'), subject: cpu('subject', 'server'), note: 'the bare process sending plain POSTs' });
    ctx.row({ metric: 'PostgreSQL CPU µs / delivery', floor: cpu('floor', 'postgres'), subject: cpu('subject', 'postgres') });
    ctx.row({ metric: 'SQL statements / delivery', floor: 0, subject: m('subject', 'statements') });
    ctx.detail({ size, runs });
  } finally {
    await stopAll(app, floor, receiver);
  }
}
