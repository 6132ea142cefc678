/**
 * C. Driver apps sending positions in batches (100 per request, 16 drivers at once), each
 * batch one durable commit, against the floor inserting the same batches in one prepared
 * statement. Every batch has fresh client ids, so every position is accepted and stored.
 */
import { REPORT_POSITIONS } from '../lib/api.mjs';
import { createDriver, createTrackingTenant, platformLogin } from '../lib/fixtures.mjs';
import { interleaved } from '../lib/interleave.mjs';
import { httpLoad } from '../lib/load.mjs';
import { startApp, startFloor, stopAll } from '../lib/processes.mjs';
import { statementsPerRequest } from '../lib/statements.mjs';
import { withCpuPer } from '../lib/noise.mjs';
import { median } from '../lib/stats.mjs';

export const id = 'C';
export const title = 'Position ingest in batches';

/** Request bodies of `batch` positions with client ids never sent before (`prefix` per side). */
function batches(drivers, batch, prefix) {
  let n = 0;
  const recordedAt = new Date(Date.now() - 60_000).toISOString();
  return () => {
    const i = n++;
    const driver = drivers[i % drivers.length];
    const positions = Array.from({ length: batch }, (_, j) => ({
      clientId: `${prefix}-${i}-${j}`,
      latitude: 51.2 + j * 1e-4,
      longitude: 6.5 + j * 1e-4,
      heading: 135,
      speedKmh: 82,
      accuracyM: 8,
      recordedAt,
    }));
    return { body: JSON.stringify({ query: REPORT_POSITIONS, variables: { p: positions } }), headers: { authorization: `Bearer ${driver.token}` } };
  };
}

export async function run(ctx) {
  const { smoke, db } = ctx.opts;
  const size = smoke ? { drivers: 2, batch: 10, seconds: 1, warm: 0 } : { drivers: 16, batch: 100, seconds: 4, warm: 2 };
  let app;
  let floor;
  try {
    ctx.check(db.settings.synchronous_commit === 'on' && db.settings.fsync === 'on',
      `commits are durable (synchronous_commit=${db.settings.synchronous_commit}, fsync=${db.settings.fsync})`);
    app = await startApp(ctx.opts, { name: 'app-c' });
    floor = await startFloor(ctx.opts, 'http-floor.mjs', { name: 'floor-c' });
    const platform = await platformLogin(app.api);
    const tenant = await createTrackingTenant(app.api, platform, 'c');
    const drivers = [];
    for (let i = 0; i < size.drivers; i++) drivers.push(await createDriver(app.api, tenant.token, `Driver ${i + 1}`));

    const subjectUrl = `${app.url}/graphql`;
    const floorUrl = `${floor.url}/floor/positions`;
    const expected = `{"data":{"reportPositions":{"accepted":${size.batch},"duplicates":0}}}`;
    const verify = (body) => body.trim() === expected;
    // An endless stream of fresh batches per side; the two never share a client id.
    const fresh = { subject: batches(drivers, size.batch, 's'), floor: batches(drivers, size.batch, 'f') };
    const accepted = { subject: 0, floor: 0 };
    const send = async (url, { body, headers }) => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      return res.text();
    };

    // Same answer, and a replay is a duplicate, on both sides.
    for (const [side, url] of [['subject', subjectUrl], ['floor', floorUrl]]) {
      const batch = fresh[side]();
      ctx.check((await send(url, batch)).trim() === expected, `${side} accepts a fresh batch`);
      ctx.check((await send(url, batch)).includes(`"accepted":0,"duplicates":${size.batch}`), `${side} counts a replayed batch as duplicates`);
      accepted[side] += size.batch;
    }
    const probe = (proc, url, side) =>
      statementsPerRequest(proc, 3, async () => {
        ctx.check((await send(url, fresh[side]())).trim() === expected, `${side} accepts a fresh batch`);
        accepted[side] += size.batch;
        await proc.call('idle').catch(() => undefined); // the live ETA check that follows a batch
      });
    const statements = { subject: await probe(app, subjectUrl, 'subject'), floor: await probe(floor, floorUrl, 'floor') };

    // Each run also reports the CPU time per accepted batch of the server process and of PostgreSQL.
    const pids = { subject: app.pid, floor: floor.pid };
    const load = async (url, side, seconds = size.seconds) => {
      const r = await withCpuPer(pids[side], () => httpLoad({ url, connections: size.drivers, seconds, nextBody: fresh[side], verify }), (x) => x.ok);
      accepted[side] += (r.ok - r.mismatches) * size.batch;
      return { ...r, positionsPerSecond: ((r.ok - r.mismatches) * size.batch) / r.seconds };
    };
    if (size.warm) {
      await load(floorUrl, 'floor', size.warm);
      await load(subjectUrl, 'subject', size.warm);
    }
    const runs = await interleaved(ctx.opts.reps, () => load(floorUrl, 'floor'), () => load(subjectUrl, 'subject'), ctx.log);
    for (const r of [...runs.floor, ...runs.subject]) {
      ctx.check(r.errors === 0 && r.mismatches === 0, `every batch is accepted whole (errors ${r.errors}, mismatches ${r.mismatches})`);
    }
    // Requests still in flight when a run stopped were stored but not counted: at least, not equal.
    const [stored] = await db.sql(`SELECT count(*) FILTER (WHERE client_id LIKE 's-%')::int AS subject,
                                          count(*) FILTER (WHERE client_id LIKE 'f-%')::int AS floor FROM driver_positions`);
    for (const side of ['subject', 'floor']) {
      ctx.check(stored[side] >= accepted[side], `${side}: every accepted position is stored (${stored[side]} rows for ${accepted[side]} accepted)`);
    }

    const m = (side, field) => median(runs[side].map((r) => r[field]));
    ctx.row({ metric: 'accepted positions / s', floor: m('floor', 'positionsPerSecond'), subject: m('subject', 'positionsPerSecond'), ratioMin: 0.5, min: 3000, note: `${size.drivers} drivers × ${size.batch} per batch` });
    ctx.row({ metric: 'p99 batch latency (ms)', floor: m('floor', 'p99'), subject: m('subject', 'p99') });
    ctx.row({ metric: 'SQL statements / batch', floor: statements.floor, subject: statements.subject });
    const cpu = (side, of) => median(runs[side].map((r) => r.cpuMsPerItem[of]));
    ctx.row({ metric: 'server CPU ms / batch', floor: cpu('floor', 'server'), subject: cpu('subject', 'server') });
    ctx.row({ metric: 'PostgreSQL CPU ms / batch', floor: cpu('floor', 'postgres'), subject: cpu('subject', 'postgres') });
    ctx.detail({ size, statements, stored, accepted, runs });
  } finally {
    await stopAll(app, floor);
  }
}
