/** Starting the processes a scenario measures: the product (app-child) and the floors. */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLATFORM_ADMIN, staffApi } from './api.mjs';
import { startChild } from './rpc.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const BENCH_DIR = path.resolve(here, '..');
export const APP_SECRET = 'bench-secret-bench-secret-bench-secret-0123';
/**
 * The connection pool of the product (DATABASE_POOL_SIZE, else its own default for this
 * machine), given to the floors too: a floor holds as many connections as the product.
 */
export const POOL_SIZE = process.env.DATABASE_POOL_SIZE || String(createRequire(import.meta.url)('../../server/dist/config.js').defaultPoolSize());

/** Limits a load test must not trip: one client address sends everything. */
const UNLIMITED = { PUBLIC_RATE_LIMIT: '1000000', PUBLIC_MISS_LIMIT: '1000000', PUBLIC_SOCKETS_PER_ADDRESS: '1000000', STAFF_RATE_LIMIT: '1000000' };

/** Node's flags for a V8 CPU profile of the whole run of process `name` into `dir` (none without a dir). */
const profileArgs = (dir, name) => (dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${name}-${Date.now()}.cpuprofile`] : []);

/**
 * The product, as `node server/dist/main.js` would run it in production, in a child process.
 * `profile`: a directory for a V8 CPU profile of the whole run of this process.
 */
export async function startApp(opts, { name = 'app', env = {}, profile = opts.profileDir, stdout } = {}) {
  const execArgv = ['--expose-gc', ...profileArgs(profile, name)];
  const child = await startChild(path.join(here, 'app-child.mjs'), {
    name,
    execArgv,
    stdout,
    env: {
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: opts.db.url,
      DATABASE_POOL_SIZE: POOL_SIZE,
      // BENCH_APP_REDIS=1: the product keeps its limits (and live events) in Redis, as replicas do.
      REDIS_URL: process.env.BENCH_APP_REDIS === '1' ? process.env.BENCH_REDIS_URL || 'redis://127.0.0.1:6379' : '',
      SEED_DEMO: 'false',
      SIMULATE: 'false',
      ADMIN_EMAIL: PLATFORM_ADMIN.email,
      ADMIN_PASSWORD: PLATFORM_ADMIN.password,
      APP_SECRET,
      LOG_LEVEL: 'error',
      ...UNLIMITED,
      ...(profile ? { BENCH_PROFILE_DIR: profile } : {}),
      ...env,
    },
  });
  return { ...child, name, url: child.info.url, api: staffApi(child.info.url) };
}

/** A floor process from bench/floors, on the same database; `profile` as for the app (none by default). */
export async function startFloor(opts, file, { name = file, env = {}, execArgv = [], profile } = {}) {
  const child = await startChild(path.join(BENCH_DIR, 'floors', file), {
    name,
    execArgv: [...execArgv, ...profileArgs(profile, name)],
    env: { DATABASE_URL: opts.db.url, DATABASE_POOL_SIZE: POOL_SIZE, APP_SECRET, ...env },
  });
  return { ...child, name, url: child.info.url };
}

/** Stops every process given, ignoring ones that never started. */
export async function stopAll(...processes) {
  await Promise.all(processes.filter(Boolean).map((p) => p.stop().catch(() => undefined)));
}
