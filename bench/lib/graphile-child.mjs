/**
 * Scenario I's other delivery mechanism: webhook deliveries as graphile-worker jobs, in a
 * process of its own like the product's worker. One job per delivery row, in a named queue per
 * endpoint and consignment (graphile-worker runs a queue's jobs one at a time, in order); the
 * task signs the body with standardwebhooks (the product's headers), POSTs it over keep-alive
 * connections within a timeout, and records the 2xx on the delivery's row, as the product's
 * delivery log needs. A failure throws: graphile-worker retries the job later and its queue
 * waits.
 */
import http from 'node:http';
import pg from 'pg';
import { Logger, makeWorkerUtils, run, runMigrations } from 'graphile-worker';
import { Webhook } from 'standardwebhooks';
import { serveParent } from './rpc.mjs';

const TIMEOUT_MS = 10_000;

function post(agent, url, headers, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers, timeout: TIMEOUT_MS }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

serveParent(async () => {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE) });
  pool.on('error', (error) => console.error('graphile-child: idle client error:', error.message));
  const logger = new Logger(() => (level, message) => {
    if (level === 'error') console.error(`graphile-worker: ${message}`);
  });
  await runMigrations({ pgPool: pool, logger });
  const utils = await makeWorkerUtils({ pgPool: pool, logger });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  let runner = null;
  let target = null;

  const deliver = async (job, helpers) => {
    const { url, signer } = target;
    const at = new Date();
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'Tracklink-Webhooks/1.0',
      'webhook-id': job.messageId,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': signer.sign(job.messageId, at, job.body),
    };
    const started = performance.now();
    const status = await post(agent, url, headers, job.body);
    if (status < 200 || status >= 300) throw new Error(`HTTP ${status}`);
    await helpers.query(
      `UPDATE webhook_deliveries SET status = 'DELIVERED', attempts = attempts + 1, delivered_at = now(), last_status_code = $2, last_latency_ms = $3
        WHERE id = $1 AND status = 'PENDING'`,
      [job.deliveryId, status, Math.round(performance.now() - started)],
    );
  };

  return {
    info: {},
    handlers: {
      /** One job per delivery, in one transaction; the queue of each is its endpoint and consignment. */
      enqueue: async ({ deliveries }) => {
        await utils.addJobs(
          deliveries.map((d) => ({ identifier: 'deliver', ...(d.key ? { queueName: `${d.endpointId}:${d.key}` } : {}), payload: { deliveryId: d.id, messageId: d.messageId, body: d.body }, maxAttempts: 25 })),
        );
      },
      /** Starts the runner: `concurrency` jobs at once; `localQueue` jobs fetched (and locked) per query when > 1. */
      start: async ({ url, secret, concurrency, localQueue }) => {
        target = { url, signer: new Webhook(secret) };
        runner = await run({
          pgPool: pool,
          logger,
          concurrency,
          noHandleSignals: true,
          pollInterval: 50,
          taskList: { deliver },
          preset: { worker: { ...(localQueue > 1 ? { localQueue: { size: localQueue } } : {}), completeJobBatchDelay: 2 } },
        });
      },
      stop: async () => {
        await runner?.stop();
        runner = null;
      },
      /** Jobs left (failed ones included). */
      left: async () => (await pool.query('SELECT count(*)::int AS n FROM graphile_worker.jobs')).rows[0].n,
      close: async () => {
        await runner?.stop();
        await utils.release();
        agent.destroy();
        await pool.end();
      },
    },
  };
});
