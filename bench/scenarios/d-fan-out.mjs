/**
 * D. Fan-out: 1k, 5k and 10k open pages of one consignment, each its own graphql-ws socket,
 * and a driver position published on the product's event bus, against a raw `ws` broadcast of
 * the same frame. Latency runs from the publish (stamped in the server process) to each
 * frame's arrival (stamped in the client process, same machine clock). Memory per subscriber
 * is the server process's RSS growth over its idle state, after a full GC.
 */
import { until, sleep } from '../lib/clock.mjs';
import { interleaved } from '../lib/interleave.mjs';
import { positionUpdates, seedLiveConsignment, SUBSCRIPTION } from '../lib/live.mjs';
import { startApp, startFloor, stopAll } from '../lib/processes.mjs';
import { censusGrowth } from '../lib/heap-census.mjs';
import { median } from '../lib/stats.mjs';
import { startSwarm, timedPublish, wsUrl } from '../lib/swarm.mjs';

export const id = 'D';
export const title = 'Fan-out to live subscribers';

const perSubscriberKB = (now, base, n) => ({
  rss: (now.rss - base.rss) / n / 1024,
  heap: (now.heapUsed + now.external - base.heapUsed - base.external) / n / 1024,
});

export async function run(ctx) {
  const { smoke } = ctx.opts;
  const levels = smoke ? [10, 30] : [1000, 5000, 10000];
  let app;
  let floor;
  let subjectSwarm;
  let floorSwarm;
  try {
    app = await startApp(ctx.opts, { name: 'app-d' });
    floor = await startFloor(ctx.opts, 'ws-floor.mjs', { name: 'floor-d', execArgv: ['--expose-gc'] });
    [subjectSwarm, floorSwarm] = await Promise.all([startSwarm('swarm-subject'), startSwarm('swarm-floor')]);
    const live = await seedLiveConsignment(app, 'd');
    const next = positionUpdates(live);
    const timeoutMs = 30_000;
    const subject = () => {
      const u = next();
      return timedPublish(subjectSwarm, 'd', u.marker, () => app.call('publishPosition', u.event), timeoutMs).then((r) => ({ ...r, frame: u.frame }));
    };
    const base = () => {
      const u = next();
      return timedPublish(floorSwarm, 'd', u.marker, () => floor.call('broadcast', { frame: u.frame }), timeoutMs).then((r) => ({ ...r, frame: u.frame }));
    };
    const idle = { subject: await app.call('memory'), floor: await floor.call('memory') };
    // With --profile: what each subscriber keeps alive in the product's heap, at the first level.
    const census = await app.call('heapCensus', {}, 300_000);
    let heapGrowth = null;

    const results = {};
    let connected = 0;
    for (const level of levels) {
      const add = level - connected;
      const connect = (swarm, url) => swarm.call('connect', { group: 'd', url: wsUrl(url), token: live.token, query: SUBSCRIPTION, count: add }, 120_000);
      const [s, f] = await Promise.all([connect(subjectSwarm, app.url), connect(floorSwarm, floor.url)]);
      connected = level;
      await until(async () => (await app.call('streams')) === level && (await floor.call('streams')) === level, 60_000, `${level} subscriptions on both servers`);
      ctx.log(`${level} subscribers (connected in ${s.ms} ms to the product, ${f.ms} ms to the floor)`);

      if (census && !heapGrowth) {
        heapGrowth = censusGrowth(census, await app.call('heapCensus', {}, 300_000), level);
        ctx.log(`heap kept per subscriber: ${Math.round(heapGrowth.bytesPerItem)} B; largest: ${heapGrowth.top.slice(0, 6).map((r) => `${r.key} ${Math.round(r.bytes)} B (${r.count.toFixed(1)})`).join(', ')}`);
      }
      const warm = { subject: await subject(), floor: await base() };
      ctx.check(warm.subject.sample === warm.subject.frame, `the product's frame is the floor's, byte for byte (got ${warm.subject.sample?.slice(0, 200)})`);
      ctx.check(warm.subject.received === level && warm.floor.received === level, `the first frame reaches all ${level} subscribers on both sides`);
      const memory = {
        subject: perSubscriberKB(await app.call('memory'), idle.subject, level),
        floor: perSubscriberKB(await floor.call('memory'), idle.floor, level),
      };
      // With --profile, a CPU profile of the product's publishes alone at this level.
      const profiling = await app.call('profileStart');
      const runs = await interleaved(ctx.opts.reps, async () => (await sleep(100), base()), async () => (await sleep(100), subject()),
        (m) => ctx.log(`${level}${m}`));
      if (profiling) ctx.log(`profile of the publishes: ${await app.call('profileStop', { name: `app-d-publishes-${level}` })}`);
      for (const r of [...runs.floor, ...runs.subject]) {
        ctx.check(r.received === r.expected && r.unexpected === 0, `every subscriber gets every frame (${r.received}/${r.expected}, ${r.unexpected} unexpected messages)`);
        delete r.sample;
        delete r.frame;
      }
      results[level] = { runs, memory, connectMs: { subject: s.ms, floor: f.ms } };
    }

    for (const level of levels) {
      const { runs, memory } = results[level];
      const m = (side, field) => median(runs[side].map((r) => r[field]));
      const label = level >= 1000 ? `${level / 1000}k` : String(level);
      ctx.row({ metric: `p50 publish→frame (ms), ${label} subs`, floor: m('floor', 'p50'), subject: m('subject', 'p50'), ratioMax: 1.5 });
      ctx.row({ metric: `p99 publish→frame (ms), ${label} subs`, floor: m('floor', 'p99'), subject: m('subject', 'p99'), ...(level === levels.at(-1) ? { max: 300 } : {}) });
      ctx.row({ metric: `server KB / subscriber, ${label} subs`, floor: memory.floor.rss, subject: memory.subject.rss, max: 30 });
    }
    const delivered = levels.every((l) => [...results[l].runs.floor, ...results[l].runs.subject].every((r) => r.received === r.expected));
    ctx.row({ metric: 'every frame delivered', floor: null, subject: null, target: 'all', pass: delivered });
    ctx.detail({ levels, idleMemory: idle, results, ...(heapGrowth ? { heapGrowth } : {}) });
  } finally {
    // Servers first: they close their sockets in order, instead of writing to reset ones.
    await stopAll(app, floor);
    await stopAll(subjectSwarm, floorSwarm);
  }
}
