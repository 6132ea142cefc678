import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { startReceiver, type WebhookReceiver } from './webhook-receiver';

// Webhook delivery is at least once and loses nothing: a server process killed while its worker
// has requests in flight leaves them leased; once the lease is over another process sends them.
// What was acknowledged (2xx, recorded DELIVERED) is never sent again.

const MAIN = path.resolve(__dirname, '..', 'dist', 'main.js');
jest.setTimeout(120_000);

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

let receiver: WebhookReceiver;
let database: string;
let databaseUrl: string;
const children: ChildProcess[] = [];
beforeAll(async () => {
  receiver = await startReceiver();
  database = `tracklink_hookcrash_${randomBytes(5).toString('hex')}`;
  await sql(adminUrl(), `CREATE DATABASE ${database}`);
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  databaseUrl = url.toString();
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await receiver.close();
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
      WEBHOOK_POLL_MS: '50',
      // Generous: a busy machine must not time out an answer the receiver gave (a retry would
      // send it twice); a retry, if one comes, comes soon.
      WEBHOOK_TIMEOUT_MS: '5000',
      WEBHOOK_BACKOFF_MS: '200',
      WEBHOOK_CONCURRENCY: '8',
      LOG_LEVEL: 'error',
    },
    stdio: 'ignore',
  });
  children.push(child);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
    if (await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false)) return child;
    if (Date.now() > deadline) throw new Error('the server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
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

it('a killed worker: nothing acknowledged is sent again, nothing is lost', async () => {
  const port = await freePort();
  const first = await startProcess(port);
  const login = async (e: string, p: string) => (await gql(port, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e, p })).login.token as string;
  const platform = await login('crash-admin@test.local', 'crash-admin-pass-2026');
  await gql(port, 'mutation($i: CreateTenantInput!) { createTenant(input: $i) { id } }', { i: { name: 'Hook Crash', country: 'NL', adminEmail: 'hooks@test.local', adminPassword: 'hooks-tenant-pass-2026' } }, platform);
  const admin = await login('hooks@test.local', 'hooks-tenant-pass-2026');
  await gql(port, 'mutation($i: WebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret } }', { i: { url: `${receiver.url}/crash`, eventTypes: ['CONSIGNMENT_CREATED'] } }, admin);

  // Each answer takes 40 ms; the process is killed (SIGKILL) after 30 answers, requests in flight.
  receiver.reply = () => ({ status: 200, delayMs: 40 });
  const stop = (type: string, name: string) => ({ type, name, latitude: 51.95, longitude: 4.04, timezone: 'Europe/Amsterdam' });
  await gql(
    port,
    'mutation($i: CreateOrderInput!) { createOrder(input: $i) { id } }',
    { i: { reference: 'ORD-HOOK-CRASH', consignments: Array.from({ length: 100 }, (_, i) => ({ reference: `CN-HC-${i}`, stops: [stop('PICKUP', 'A'), stop('DELIVERY', 'B')] })) } },
    admin,
  );
  await receiver.until(() => receiver.received.length >= 30, 20_000, '30 deliveries');
  first.kill('SIGKILL');
  await new Promise((resolve) => first.once('exit', resolve));
  const acknowledged = await sql<{ message_id: string }>(databaseUrl, `SELECT message_id FROM webhook_deliveries WHERE status = 'DELIVERED'`);
  const leased = await sql<{ n: number }>(databaseUrl, `SELECT count(*)::int AS n FROM webhook_deliveries WHERE status = 'PENDING' AND attempts > 0`);
  expect(acknowledged.length).toBeGreaterThan(0);
  expect(acknowledged.length).toBeLessThan(100);
  expect(leased[0].n).toBeGreaterThan(0); // requests were in flight when it died
  const receivedBefore = receiver.received.length;

  // The lease (60 s by default) is cut short here, as if it had run out.
  await sql(databaseUrl, `UPDATE webhook_deliveries SET next_attempt_at = now() WHERE status = 'PENDING'`);
  const second = await startProcess(port);
  const all = await sql<{ message_id: string; body: string }>(databaseUrl, 'SELECT message_id, body FROM webhook_deliveries');
  expect(all).toHaveLength(100);
  await receiver.until(() => all.every((d) => receiver.accepted().some((h) => h.id === d.message_id)), 30_000, 'every delivery');
  await receiver.until(async () => (await sql<{ n: number }>(databaseUrl, `SELECT count(*)::int AS n FROM webhook_deliveries WHERE status <> 'DELIVERED'`))[0].n === 0, 10_000, 'all recorded');
  await new Promise((r) => setTimeout(r, 300));

  const afterRestart = receiver.received.slice(receivedBefore);
  const acknowledgedIds = new Set(acknowledged.map((a) => a.message_id));
  expect(afterRestart.filter((h) => acknowledgedIds.has(h.id))).toEqual([]); // nothing acknowledged again
  const counts = new Map<string, number>();
  for (const h of receiver.received) counts.set(h.id, (counts.get(h.id) ?? 0) + 1);
  expect(counts.size).toBe(100); // nothing lost
  // At most the requests in flight at the kill came twice (with the same webhook-id and body).
  const twice = [...counts].filter(([, n]) => n > 1);
  expect(twice.length).toBeLessThanOrEqual(leased[0].n);
  for (const [id] of twice) expect(new Set(receiver.received.filter((h) => h.id === id).map((h) => h.body)).size).toBe(1);
  second.kill('SIGTERM');
  await new Promise((resolve) => second.once('exit', resolve));
});
