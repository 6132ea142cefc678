import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { startSmtp, type SmtpCatcher } from './smtp';
import { eventually, GiveUp } from './eventually';

// Email delivery is at least once: a worker killed right after the SMTP server accepted a message
// (before it could record that) leaves the message claimed; once the lease runs out another
// worker sends it again, with the same Message-ID, so the receiver can tell it is the same one.

const MAIN = path.resolve(__dirname, '..', 'dist', 'main.js');
jest.setTimeout(90_000);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const adminUrl = () => process.env.TEST_DATABASE_URL!;
async function sql<T>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

let smtp: SmtpCatcher;
let database: string;
let databaseUrl: string;
const children: ChildProcess[] = [];
beforeAll(async () => {
  smtp = await startSmtp();
  database = `tracklink_crash_${randomBytes(5).toString('hex')}`;
  await sql(adminUrl(), `CREATE DATABASE ${database}`);
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  databaseUrl = url.toString();
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await smtp.close();
  await sql(adminUrl(), `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});

async function startProcess(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      APP_SECRET: 'crash-secret-crash-secret-crash-secret-01',
      ADMIN_EMAIL: 'crash-admin@test.local',
      ADMIN_PASSWORD: 'crash-admin-pass-2026',
      SEED_DEMO: 'false',
      SMTP_URL: smtp.url,
      OUTBOX_POLL_MS: '100',
      OUTBOX_LEASE_MS: '1500',
      LOG_LEVEL: 'error',
    },
    stdio: 'ignore',
  });
  children.push(child);
  await eventually(
    async () => {
      if (child.exitCode !== null) throw new GiveUp(`the server exited (${child.exitCode})`);
      return fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
    },
    { timeoutMs: 60_000, intervalMs: 100, what: 'the server to start' },
  );
  return child;
}

async function gql(port: number, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

it('sends again, with the same Message-ID, what a killed worker had handed to the SMTP server', async () => {
  const port = await freePort();
  const first = await startProcess(port);
  const login = async (e: string, p: string) => (await gql(port, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e, p })).login.token as string;
  const platform = await login('crash-admin@test.local', 'crash-admin-pass-2026');
  await gql(port, 'mutation($i: CreateTenantInput!) { createTenant(input: $i) { id } }', { i: { name: 'Crash Haulage', country: 'NL', adminEmail: 'crash@test.local', adminPassword: 'crash-tenant-pass-2026' } }, platform);
  const admin = await login('crash@test.local', 'crash-tenant-pass-2026');
  await gql(
    port,
    'mutation($i: ContactTaskInput!) { createContactTask(input: $i) { id } }',
    { i: { name: 'New', level: 'CONSIGNMENT', trigger: 'CONSIGNMENT_CREATED', recipient: 'FIXED_ADDRESS', fixedEmail: 'ops@example.com', subject: 'New {{consignment.reference}}', body: 'Created.' } },
    admin,
  );

  // The moment the SMTP server accepts the message, the worker's process is frozen and then
  // killed: the server answered 250, the worker never heard it.
  let frozen = false;
  smtp.reply = () => {
    if (!frozen) {
      frozen = true;
      first.kill('SIGSTOP');
    }
    return null;
  };
  await gql(
    port,
    'mutation($i: CreateOrderInput!) { createOrder(input: $i) { id } }',
    {
      i: {
        reference: 'ORD-CRASH',
        consignments: [
          {
            reference: 'CN-CRASH',
            stops: [
              { type: 'PICKUP', name: 'Rotterdam', latitude: 51.95, longitude: 4.04, timezone: 'Europe/Amsterdam' },
              { type: 'DELIVERY', name: 'Munich', latitude: 48.14, longitude: 11.46, timezone: 'Europe/Berlin' },
            ],
          },
        ],
      },
    },
    admin,
  );
  await smtp.until(() => smtp.received.length === 1, 10_000, 'the first delivery');
  await new Promise((r) => setTimeout(r, 100));
  first.kill('SIGKILL');
  await new Promise((resolve) => first.once('exit', resolve));
  const [claimed] = await sql<{ status: string; attempts: number }>(databaseUrl, 'SELECT status, attempts FROM outbox_messages');
  expect(claimed).toEqual({ status: 'PENDING', attempts: 1 });

  // Another worker (a restart, or another replica) sends it once the lease is over.
  const second = await startProcess(port);
  await smtp.until(() => smtp.received.length === 2, 10_000, 'the resend after the lease');
  expect(smtp.received[1].messageId).toBe(smtp.received[0].messageId);
  expect(smtp.received[1].subject).toBe('New CN-CRASH');
  await new Promise((r) => setTimeout(r, 2000));
  expect(smtp.received).toHaveLength(2);
  expect(await sql(databaseUrl, 'SELECT status, attempts FROM outbox_messages')).toEqual([{ status: 'SENT', attempts: 2 }]);
  second.kill('SIGTERM');
  await new Promise((resolve) => second.once('exit', resolve));
});
