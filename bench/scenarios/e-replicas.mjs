/**
 * E. Two replicas sharing events through Redis against one process: pages open on replica B,
 * the driver position published on replica A's bus (Redis pub/sub to B), against the same
 * pages on a single process publishing on its in-process bus. The figure is what the Redis hop
 * adds to the p99 publish→frame latency. A modest number of pages and several publishes per
 * repetition keep the fan-out itself (scenario D) from drowning the hop in its own spread.
 */
import Redis from 'ioredis';
import { sleep, until } from '../lib/clock.mjs';
import { interleaved } from '../lib/interleave.mjs';
import { positionUpdates, seedLiveConsignment, SUBSCRIPTION } from '../lib/live.mjs';
import { startApp, stopAll } from '../lib/processes.mjs';
import { median, summarize } from '../lib/stats.mjs';
import { startSwarm, timedPublish, wsUrl } from '../lib/swarm.mjs';

export const id = 'E';
export const title = 'Two replicas through Redis';

const REDIS_URL = process.env.BENCH_REDIS_URL || 'redis://127.0.0.1:6379';

async function redisAnswers() {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 2_000 });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

export async function run(ctx) {
  const { smoke } = ctx.opts;
  if (!(await redisAnswers())) {
    ctx.log(`no Redis at ${REDIS_URL}: skipped`);
    ctx.row({ metric: 'added p99 latency (ms)', floor: null, subject: null, skipped: true, note: `no Redis at ${REDIS_URL}` });
    return;
  }
  const subscribers = smoke ? 10 : 100;
  const publishes = smoke ? 2 : 10;
  let single;
  let replicaA;
  let replicaB;
  let swarm;
  try {
    const redisEnv = { env: { REDIS_URL } };
    single = await startApp(ctx.opts, { name: 'app-e-single' });
    [replicaA, replicaB] = await Promise.all([
      startApp(ctx.opts, { name: 'app-e-replica-a', ...redisEnv }),
      startApp(ctx.opts, { name: 'app-e-replica-b', ...redisEnv }),
    ]);
    swarm = await startSwarm('swarm-e');
    const live = await seedLiveConsignment(single, 'e');
    const next = positionUpdates(live);
    const connect = (group, app, firstAddress) =>
      swarm.call('connect', { group, url: wsUrl(app.url), token: live.token, query: SUBSCRIPTION, count: subscribers, firstAddress }, 120_000);
    await connect('single', single, 0);
    await connect('replicas', replicaB, 1000);
    await until(async () => (await single.call('streams')) === subscribers && (await replicaB.call('streams')) === subscribers, 30_000, 'subscriptions');

    /** `publishes` position updates, one after another; the latencies of all their frames. */
    const publish = (group, app) => async () => {
      const latencies = [];
      for (let i = 0; i < publishes; i++) {
        await sleep(50);
        const u = next();
        const r = await timedPublish(swarm, group, u.marker, () => app.call('publishPosition', u.event), 20_000, true);
        ctx.check(r.received === r.expected && r.sample === u.frame, `${group}: every page gets the frame, unchanged (${r.received}/${r.expected})`);
        latencies.push(...r.latencies);
      }
      return summarize(latencies);
    };
    await publish('single', single)();
    await publish('replicas', replicaA)();
    const runs = await interleaved(ctx.opts.reps, publish('single', single), publish('replicas', replicaA), ctx.log);
    const m = (side, field) => median(runs[side].map((r) => r[field]));
    const added = m('subject', 'p99') - m('floor', 'p99');
    ctx.row({ metric: `p99 publish→frame (ms), ${subscribers} subs`, floor: m('floor', 'p99'), subject: m('subject', 'p99'), target: '≤ floor + 5 ms', pass: added <= 5, note: `added ${added.toFixed(2)} ms` });
    ctx.row({ metric: 'p50 publish→frame (ms)', floor: m('floor', 'p50'), subject: m('subject', 'p50') });
    ctx.detail({ subscribers, publishesPerRep: publishes, addedP99Ms: added, runs });
  } finally {
    await stopAll(single, replicaA, replicaB);
    await stopAll(swarm);
  }
}
