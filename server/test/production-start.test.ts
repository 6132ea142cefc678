import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { eventually } from './eventually';

// A production start (`NODE_ENV=production`) on an empty database: nothing of the public demo,
// no simulator, no password, token or working tracking URL in the log, and no start at all
// without ADMIN_PASSWORD while no platform admin exists.

const MAIN = path.resolve(__dirname, '..', 'dist', 'main.js');
const ADMIN_URL = () => {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set (the global setup sets it)');
  return url;
};
jest.setTimeout(90_000);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function admin<T>(work: (c: Client) => Promise<T>, database?: string): Promise<T> {
  const url = new URL(ADMIN_URL());
  if (database) url.pathname = `/${database}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

interface Run {
  exitCode: Promise<number | null>;
  output(): string;
  stop(): Promise<number | null>;
}

function run(env: Record<string, string>): Run {
  let output = '';
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'info', HOST: '127.0.0.1', ...env };
  for (const name of ['SEED_DEMO', 'SIMULATE', 'ADMIN_PASSWORD', 'REDIS_URL', 'SMTP_URL']) if (!(name in env)) delete childEnv[name];
  const child = spawn(process.execPath, [MAIN], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exitCode = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    exitCode,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exitCode;
    },
  };
}

async function until(ok: () => Promise<boolean>, what: string, proc: Run, ms = 60_000): Promise<void> {
  try {
    await eventually(() => ok().catch(() => false), { timeoutMs: ms, intervalMs: 200, what });
  } catch (error) {
    throw new Error(`${(error as Error).message}\nthe server said:\n${proc.output()}`);
  }
}

let database: string;
let databaseUrl: string;
beforeEach(async () => {
  database = `tracklink_prod_${randomBytes(5).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${database}`));
  const url = new URL(ADMIN_URL());
  url.pathname = `/${database}`;
  databaseUrl = url.toString();
});
afterEach(async () => {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
});

const base = () => ({ DATABASE_URL: databaseUrl, APP_SECRET: 'production-secret-production-secret-0123' });

it('refuses to start without ADMIN_PASSWORD while no platform admin exists', async () => {
  const port = await freePort();
  const proc = run({ ...base(), PORT: String(port) });
  expect(await proc.exitCode).toBe(2);
  expect(proc.output()).toMatch(/Configuration error: ADMIN_PASSWORD is required on the first start with NODE_ENV=production/);
});

it('seeds no demo, runs no simulator, and logs no password, token or tracking URL', async () => {
  const port = await freePort();
  const password = 'a-long-production-password-2026';
  const proc = run({ ...base(), PORT: String(port), ADMIN_PASSWORD: password });
  try {
    await until(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, 'the start', proc);
    // Give a simulator, were there one, time to log in and report.
    await new Promise((r) => setTimeout(r, 1500));
    const rows = await admin(
      async (c) =>
        (
          await c.query(`SELECT (SELECT count(*)::int FROM tenants) AS tenants, (SELECT count(*)::int FROM tracking_links) AS links,
                          (SELECT count(*)::int FROM driver_positions) AS positions, (SELECT count(*)::int FROM users) AS users`)
        ).rows[0],
      database,
    );
    expect(rows).toEqual({ tenants: 0, links: 0, positions: 0, users: 1 });
    const log = proc.output();
    expect(log).toMatch(/Platform admin created: admin@tracklink\.local \(password from ADMIN_PASSWORD\)/);
    expect(log).not.toContain(password);
    expect(log).not.toMatch(/\/t\/|demo-|Demo super admin|Driver simulator/);
  } finally {
    expect(await proc.stop()).toBe(0);
  }
  // Once the platform admin exists, a restart needs no password.
  const again = run({ ...base(), PORT: String(port) });
  try {
    await until(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, 'the second start', again);
  } finally {
    expect(await again.stop()).toBe(0);
  }
});
