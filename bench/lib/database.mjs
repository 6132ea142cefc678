/**
 * A scratch database per run on the PostgreSQL at BENCH_DATABASE_URL (default the local one),
 * dropped at the end. Without a reachable server, an embedded cluster (the app's own) in a
 * temporary directory.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);
const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/test';

async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function adminServer(log) {
  const url = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || DEFAULT_URL;
  if (await reachable(url)) return { url, embedded: false, stop: async () => {} };
  log(`no PostgreSQL at ${new URL(url).host}: starting an embedded cluster`);
  const { startEmbeddedPostgres } = require('../../server/dist/db/embedded-postgres.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracklink-bench-pg-'));
  const quiet = { error: (...a) => console.error(...a), info() {}, debug() {} };
  const cluster = await startEmbeddedPostgres(dir, quiet);
  return {
    url: cluster.url,
    embedded: true,
    stop: async () => {
      await cluster.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates the scratch database; `sql` runs statements in it; `drop` removes it (and the cluster). */
export async function createScratchDatabase(log = () => {}) {
  const server = await adminServer(log);
  const name = `tracklink_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const settings = (await admin.query(
    `SELECT name, setting FROM pg_settings WHERE name IN ('synchronous_commit', 'fsync', 'server_version', 'shared_buffers', 'max_connections')`,
  )).rows;
  await admin.end();
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 4 });
  let dropped = false;
  return {
    url: url.toString(),
    name,
    embedded: server.embedded,
    settings: Object.fromEntries(settings.map((s) => [s.name, s.setting])),
    sql: async (text, params) => (await pool.query(text, params)).rows,
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await pool.end();
      if (process.env.BENCH_KEEP_DB === '1') return log(`kept database ${url} (BENCH_KEEP_DB=1)`);
      const c = new pg.Client({ connectionString: server.url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      await server.stop();
    },
  };
}
