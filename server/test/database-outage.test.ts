import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig } from '../src/config';
import { startServer, type RunningServer } from '../src/server';
import { startThrowawayPostgres, type ThrowawayPostgres } from './throwaway-postgres';
import { eventually } from './eventually';

// The database goes away under a running server and comes back: every API answers 503
// SERVICE_UNAVAILABLE with Retry-After and nothing internal, /readyz says so, the log has one
// line each way, and nothing that was acknowledged before is lost.

jest.setTimeout(120_000);

let pg: ThrowawayPostgres;
let server: RunningServer;
const logged: string[] = [];
const ADMIN = { email: 'outage-admin@test.local', password: 'outage-admin-pass-2026' };

async function gql(path: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, any>; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body };
}

async function ok(query: string, variables: Record<string, unknown>, token?: string) {
  const { body } = await gql('/graphql', query, variables, token);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

beforeAll(async () => {
  pg = await startThrowawayPostgres();
  server = await startServer(
    loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: pg.url,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SEED_DEMO: 'false',
      APP_SECRET: 'outage-secret-outage-secret-outage-0123',
      LOG_LEVEL: 'info',
    }),
    { logSink: (line) => void logged.push(line) },
  );
});
afterAll(async () => {
  await server?.close();
  await pg?.remove();
});

const positions = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ clientId: `${prefix}-${i}`, latitude: 51 + i / 1000, longitude: 4, recordedAt: new Date(Date.now() - (n - i) * 1000).toISOString() }));
const REPORT = 'mutation($p: [PositionInput!]!) { reportPositions(positions: $p) { accepted duplicates } }';

it('answers 503 everywhere while the database is away, logs it once each way, and loses nothing acknowledged', async () => {
  const platform = (await ok('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: ADMIN.email, p: ADMIN.password })).login.token;
  const tenant = (
    await ok('mutation($i: CreateTenantInput!) { createTenant(input: $i) { id } }', { i: { name: 'Outage Haulage', country: 'NL', adminEmail: 'outage-super@test.local', adminPassword: 'outage-super-pass-2026' } }, platform)
  ).createTenant;
  await ok('mutation($t: ID!) { setTrackingIntegration(tenantId: $t, enabled: true) { id } }', { t: tenant.id }, platform);
  const admin = (await ok('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: 'outage-super@test.local', p: 'outage-super-pass-2026' })).login.token;
  const order = (
    await ok(
      `mutation($i: CreateOrderInput!) { createOrder(input: $i) { consignments { id trackingLinks { url } } } }`,
      {
        i: {
          reference: 'ORD-OUTAGE',
          consignments: [
            {
              reference: 'CN-OUTAGE',
              status: 'IN_TRANSIT',
              stops: [
                { type: 'PICKUP', name: 'Rotterdam', latitude: 51.95, longitude: 4.04, timezone: 'Europe/Amsterdam' },
                { type: 'DELIVERY', name: 'Munich', latitude: 48.14, longitude: 11.46, timezone: 'Europe/Berlin' },
              ],
            },
          ],
        },
      },
      admin,
    )
  ).createOrder;
  const token = order.consignments[0].trackingLinks[0].url.split('/t/')[1] as string;
  const driver = (await ok('mutation($i: CreateDriverInput!) { createDriver(input: $i) { token } }', { i: { name: 'Outage Driver' } }, admin)).createDriver.token;
  // A replay is the same batch again (same client ids and recorded times), as a driver app resends it.
  const acknowledged = positions('before', 50);
  const before = await gql('/graphql', REPORT, { p: acknowledged }, driver);
  expect(before.body.data?.reportPositions).toEqual({ accepted: 50, duplicates: 0 });
  expect((await fetch(`${server.url}/readyz`)).status).toBe(200);

  const linesBefore = logged.length;
  await pg.stop();

  const unavailable = (answer: Awaited<ReturnType<typeof gql>>) => {
    expect(answer.status).toBe(503);
    expect(answer.retryAfter).toMatch(/^\d+$/);
    expect(answer.body.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(answer.body)).not.toMatch(/ECONN|connect|5432|localhost|127\.0\.0\.1|SELECT|Internal/i);
  };
  const started = Date.now();
  unavailable(await gql('/graphql', 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: ADMIN.email, p: ADMIN.password }));
  unavailable(await gql('/graphql', REPORT, { p: positions('during', 5) }, driver));
  unavailable(await gql('/graphql', '{ consignments(first: 5) { totalCount } }', {}, admin));
  unavailable(await gql('/public/graphql', 'query($t: String!) { trackingPage(token: $t) { __typename } }', { t: token }));
  expect(Date.now() - started).toBeLessThan(15_000);

  // A page opening its live socket is told the same, not the connection error.
  const client = createClient({ url: `${server.url.replace(/^http/, 'ws')}/public/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
  const answer = await new Promise<unknown>((resolve) => {
    client.subscribe(
      { query: 'subscription($t: String!) { trackingUpdates(token: $t) { kind } }', variables: { t: token } },
      { next: resolve, error: resolve, complete: () => resolve('complete') },
    );
  });
  await client.dispose();
  expect(JSON.stringify(answer)).toMatch(/SERVICE_UNAVAILABLE/);
  expect(JSON.stringify(answer)).not.toMatch(/ECONN|connect|5432|localhost/i);

  // A console's live socket likewise.
  const staff = createClient({
    url: `${server.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${admin}` },
  });
  const staffAnswer = await new Promise<unknown>((resolve) => {
    staff.subscribe({ query: 'subscription { consignmentChanged { consignmentId } }' }, { next: resolve, error: resolve, complete: () => resolve('complete') });
  });
  await staff.dispose();
  const described = staffAnswer instanceof Object && 'reason' in staffAnswer ? String((staffAnswer as { reason: unknown }).reason) : JSON.stringify(staffAnswer);
  expect(described).toMatch(/unavailable/i);
  expect(described).not.toMatch(/ECONN|connect|5432|localhost/i);

  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  const ready = await fetch(`${server.url}/readyz`);
  expect(ready.status).toBe(503);
  expect(await ready.json()).toEqual({ status: 'unavailable', checks: { database: 'down' } });

  // Besides a line per answered request: one line saying it, however many requests failed.
  const outageLines = logged.slice(linesBefore).map((l) => JSON.parse(l) as { level: string; msg: string; route?: string; status?: number });
  expect(outageLines.filter((l) => l.level === 'error').map((l) => l.msg)).toEqual(['database is unreachable; answering 503 until it is back']);
  expect(outageLines.filter((l) => l.msg === 'request answered' && l.route === '/graphql').map((l) => l.status)).toEqual([503, 503, 503]);

  await pg.start();
  // Ready again within 2 s of the database answering.
  await eventually(async () => (await fetch(`${server.url}/readyz`)).status === 200, { timeoutMs: 2_000, intervalMs: 100, what: '/readyz to answer 200' });
  const after = await gql('/graphql', REPORT, { p: [...acknowledged, ...positions('after', 5)] }, driver);
  expect(after.body.data?.reportPositions).toEqual({ accepted: 5, duplicates: 50 });
  expect(logged.slice(linesBefore).filter((l) => /database is reachable again/.test(l))).toHaveLength(1);
  expect(logged.join('\n')).not.toContain(token);
});
