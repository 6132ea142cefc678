/**
 * The product under test, in a process of its own: server/dist's startServer with the
 * environment it was forked with. The harness reads counters from it over IPC instead of
 * through any debug endpoint: SQL statements sent (the app's own counting logger), memory,
 * open live streams. It can also publish a live event on the app's event bus, stamped with
 * the machine-wide clock, which is where the fan-out latency starts.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { nowUs } from './clock.mjs';
import { heapCensus } from './heap-census.mjs';
import { plainPoster } from './plain-posts.mjs';
import { serveParent } from './rpc.mjs';

const require = createRequire(import.meta.url);
// Tracing, when the run asks for it, must hook the libraries before the server loads them.
if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) require('../../server/dist/observability/tracing-init.js');
const { startServer } = require('../../server/dist/server.js');
const { loadConfig } = require('../../server/dist/config.js');
const { Topic } = require('../../server/dist/bus/event-bus.js');
const { PositionRetentionService } = require('../../server/dist/modules/drivers/position-retention.service.js');
const { systemClock } = require('../../server/dist/core/clock.js');

/**
 * With --profile (BENCH_PROFILE_DIR set), a scenario can profile one phase of its run, e.g.
 * only the publishes of a fan-out, besides the whole-process profile of --cpu-prof.
 */
async function phaseProfiler() {
  const dir = process.env.BENCH_PROFILE_DIR;
  if (!dir) return { start: async () => false, stop: async () => null };
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  return {
    start: async () => (await session.post('Profiler.start'), true),
    stop: async ({ name }) => {
      const { profile } = await session.post('Profiler.stop');
      const file = path.join(dir, `${name}.cpuprofile`);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(file, JSON.stringify(profile));
      return file;
    },
  };
}

serveParent(async () => {
  const profiler = await phaseProfiler();
  const server = await startServer(loadConfig(process.env));
  // The statements the app sends (text and parameters), while a scenario records them (L's EXPLAINs).
  let recorded = null;
  const counter = server.db.queries;
  const countQuery = counter.logQuery.bind(counter);
  const plain = (v) => (v instanceof Date ? v.toISOString() : Array.isArray(v) ? v.map(plain) : v);
  counter.logQuery = (query, parameters, ...rest) => {
    if (recorded) recorded.push({ query, parameters: (parameters ?? []).map(plain) });
    return countQuery(query, parameters, ...rest);
  };
  const memory = () => {
    // Two passes: the first may only schedule finalizers.
    globalThis.gc?.();
    globalThis.gc?.();
    return process.memoryUsage();
  };
  // Scenario H's floor inside the product's process: plain signed POSTs, no queue (its own agent).
  const poster = plainPoster();
  return {
    info: { url: server.url, port: server.port, pid: process.pid },
    handlers: {
      queries: () => server.db.queries.count,
      memory,
      recordStatements: () => {
        recorded = [];
      },
      /** EXPLAIN ANALYZE of a recorded statement on one of the app's own connections, rolled back. */
      explain: async ({ query, parameters }) => {
        const runner = server.db.dataSource.createQueryRunner();
        try {
          await runner.startTransaction();
          const rows = await runner.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query}`, parameters);
          return rows[0]['QUERY PLAN'][0];
        } finally {
          await runner.rollbackTransaction().catch(() => undefined);
          await runner.release();
        }
      },
      recordedStatements: () => {
        const statements = recorded ?? [];
        recorded = null;
        return statements;
      },
      streams: () => server.services.live.streamCount,
      idle: () => Promise.all([server.services.eta.idle(), server.services.geofence.idle()]),
      /** Publishes one driver position; returns the time it was handed to the bus. */
      publishPosition: async (payload) => {
        const t0 = nowUs();
        await server.services.bus.publish(Topic.DRIVER_POSITION, payload);
        return t0;
      },
      profileStart: () => profiler.start(),
      profileStop: (args) => profiler.stop(args),
      heapCensus: () => (process.env.BENCH_PROFILE_DIR ? heapCensus() : null),
      plainPosts: (args) => poster.send(args),
      /**
       * One run of the position retention job as this process's own would run it, with the
       * installation's retention set to `days` (scenario L drops a month of positions this way
       * while ingest runs).
       */
      positionRetention: ({ days }) => new PositionRetentionService(server.db.dataSource, server.services.tenants, systemClock, days, 3_600_000, server.log).run(),
      /** The week partitions of driver_positions as the retention job sees them (names, first days). */
      positionPartitions: () => server.services.positionRetention.partitions(),
      close: () => (poster.close(), server.close()),
    },
  };
});
