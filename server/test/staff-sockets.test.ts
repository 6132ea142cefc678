import Redis from 'ioredis';
import { createClient, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { CREATE_API_KEY, LOGOUT, ME, REPORT_POSITIONS, USERS } from './documents';
import { eventually } from './eventually';
import { givenDriver, givenTenant, position, type TenantFixture } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { doc, type DataOf } from './typed-document';

// Live data ends with the credentials (issue "Safe to run in production", item 3): signing
// out, a revoked API key, a removed user and an expired session close the staff WebSockets
// made with them within a second, on every replica; sockets that never sign in are capped.

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const POSITIONS = doc<{ driverPositionChanged: { driverId: string; latitude: number } }>('subscription { driverPositionChanged { driverId latitude } }');
const REVOKE_API_KEY = doc<{ revokeApiKey: { revokedAt: string | null } }, { id: string }>('mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }');
const REMOVE_USER = doc<{ removeUser: boolean }, { id: string }>('mutation($id: ID!) { removeUser(id: $id) }');
const wsUrl = (target: TestApp) => target.url.replace(/^http/, 'ws') + '/graphql';

interface SocketState {
  events: Array<FormattedExecutionResult<DataOf<typeof POSITIONS>, unknown>>;
  errors: unknown[];
  /** How the socket closed, and when: null while it is open. */
  closed: null | { code: number; at: number };
  acked: boolean;
}

/** A staff socket with one subscription to driver positions; records what it receives and how it closed. */
function liveSocket(target: TestApp, token: string) {
  const state: SocketState = { events: [], errors: [], closed: null, acked: false };
  const client = createClient({
    url: wsUrl(target),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    connectionParams: { authorization: `Bearer ${token}` },
    on: {
      connected: () => (state.acked = true),
      closed: (event) => (state.closed ??= { code: (event as { code: number }).code, at: Date.now() }),
    },
  });
  client.subscribe<DataOf<typeof POSITIONS>>(
    { query: POSITIONS.text },
    { next: (v) => state.events.push(v), error: (e) => state.errors.push(e), complete: () => undefined },
  );
  return { state, dispose: () => client.dispose() };
}

const until = (check: () => boolean, timeoutMs: number, what: string) => eventually(check, { timeoutMs, what });

/** How the socket closed, once it has. */
const closeOf = (socket: ReturnType<typeof liveSocket>, timeoutMs: number, what: string) => eventually(() => socket.state.closed ?? false, { timeoutMs, what });

async function report(target: TestApp, driverToken: string, latitude: number) {
  await target.ok(REPORT_POSITIONS, { positions: [position(`c${latitude}`, latitude, 5)] }, driverToken);
}

async function dispatcherOf(tenant: TenantFixture): Promise<{ id: string }> {
  const { users } = await app.ok(USERS, {}, tenant.adminToken);
  const dispatcher = users.find((u) => u.role === 'DISPATCHER');
  if (!dispatcher) throw new Error('the tenant has no dispatcher');
  return dispatcher;
}

async function signedIn(target: TestApp, n: number) {
  await until(() => target.server.staffSockets.signedInCount >= n, 2000, `${n} signed-in staff sockets`);
}

it('closes a session’s socket within a second of signing out; positions stop', async () => {
  const tenant = await givenTenant(app);
  const driver = await givenDriver(app, tenant.adminToken);
  const socket = liveSocket(app, tenant.dispatcherToken);
  const other = liveSocket(app, tenant.adminToken);
  try {
    await signedIn(app, 2);
    await new Promise((r) => setTimeout(r, 100));
    await report(app, driver.token, 51);
    await until(() => socket.state.events.length === 1, 1000, 'a position before signing out');
    const out = Date.now();
    await app.ok(LOGOUT, {}, tenant.dispatcherToken);
    const closed = await closeOf(socket, 1000, 'the socket to close');
    expect(closed.code).toBe(4401);
    expect(closed.at - out).toBeLessThan(1000);
    await report(app, driver.token, 52);
    await until(() => other.state.events.length === 2, 1000, 'the other session’s second position');
    expect(socket.state.events).toHaveLength(1);
    expect(other.state.closed).toBeNull();
  } finally {
    await Promise.all([socket.dispose(), other.dispose()]);
  }
});

it('closes sockets when their API key is revoked or their user removed', async () => {
  const tenant = await givenTenant(app);
  const { createApiKey } = await app.ok(CREATE_API_KEY, { name: 'tms' }, tenant.adminToken);
  // An API key may not subscribe to staff streams, but its socket is open and signed in.
  const keySocket = liveSocket(app, createApiKey.key);
  const userSocket = liveSocket(app, tenant.dispatcherToken);
  try {
    await signedIn(app, 2);
    await until(() => keySocket.state.errors.length + keySocket.state.events.length > 0, 1000, 'the key’s answer');
    expect(keySocket.state.closed).toBeNull();
    const revoked = Date.now();
    await app.ok(REVOKE_API_KEY, { id: createApiKey.apiKey.id }, tenant.adminToken);
    const keyClosed = await closeOf(keySocket, 1000, 'the key’s socket to close');
    expect([keyClosed.code, keyClosed.at - revoked < 1000]).toEqual([4401, true]);

    const dispatcher = await dispatcherOf(tenant);
    await app.ok(REMOVE_USER, { id: dispatcher.id }, tenant.adminToken);
    const userClosed = await closeOf(userSocket, 1000, 'the removed user’s socket to close');
    expect(userClosed.code).toBe(4401);
    expect((await app.gql(ME, {}, tenant.dispatcherToken)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  } finally {
    await Promise.all([keySocket.dispose(), userSocket.dispose()]);
  }
});

it('refuses to remove a user of another tenant, or oneself', async () => {
  const a = await givenTenant(app);
  const b = await givenTenant(app);
  const { users } = await app.ok(USERS, {}, b.adminToken);
  const res = await app.gql(REMOVE_USER, { id: users[0].id }, a.adminToken);
  expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  const { me } = await app.ok(ME, {}, a.adminToken);
  expect((await app.gql(REMOVE_USER, { id: me.id }, a.adminToken)).errors?.[0].extensions?.code).toBe('CONFLICT');
  expect((await app.gql(REMOVE_USER, { id: me.id }, a.dispatcherToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
});

it('closes a socket when its session expires', async () => {
  const tenant = await givenTenant(app);
  await app.sql("UPDATE sessions SET expires_at = now() + interval '1500 milliseconds' WHERE expires_at > now() + interval '1 hour'");
  const socket = liveSocket(app, tenant.dispatcherToken);
  try {
    await until(() => socket.state.acked, 1000, 'the socket to open');
    const opened = Date.now();
    const closed = await closeOf(socket, 3000, 'the socket to close at expiry');
    expect(closed.code).toBe(4401);
    expect(closed.at - opened).toBeGreaterThan(500);
  } finally {
    await socket.dispose();
  }
});

it('caps the sockets of an address that have not signed in, and closes those that never say hello', async () => {
  const raw: WebSocket[] = [];
  const closes: number[] = [];
  // A signed-in socket does not count against its address.
  const tenant = await givenTenant(app);
  const socket = liveSocket(app, tenant.dispatcherToken);
  try {
    await until(() => socket.state.acked, 1000, 'a signed-in socket');
    for (let i = 0; i < 10; i++) {
      const ws = new WebSocket(wsUrl(app), 'graphql-transport-ws');
      ws.on('close', (code) => closes.push(code));
      await new Promise((resolve, reject) => (ws.once('open', resolve), ws.once('error', reject)));
      raw.push(ws);
    }
    const refused = await new Promise<{ status?: number; retryAfter?: string }>((resolve) => {
      const ws = new WebSocket(wsUrl(app), 'graphql-transport-ws');
      ws.on('unexpected-response', (_req, res) => resolve({ status: res.statusCode, retryAfter: res.headers['retry-after'] as string }));
      ws.on('open', () => resolve({}));
      ws.on('error', () => undefined);
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    // Not one of the ten sent connection_init: closed after 5 s (graphql-ws's 4408).
    await until(() => closes.length === 10, 7000, 'the silent sockets to be closed');
    expect(new Set(closes)).toEqual(new Set([4408]));
  } finally {
    for (const ws of raw) ws.terminate();
    await socket.dispose();
  }
}, 15_000);

it('closes a socket on one replica when the session ends on the other (Redis)', async () => {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  const up = await probe.connect().then(() => true, () => false);
  probe.disconnect();
  if (!up) {
    console.warn(`Redis is not reachable at ${REDIS_URL}: the two-replica socket test did not run`);
    return;
  }
  const a = await startTestApp({ REDIS_URL });
  const b = await startTestApp({ REDIS_URL }, a);
  try {
    const tenant = await givenTenant(a);
    const socket = liveSocket(b, tenant.dispatcherToken);
    await signedIn(b, 1);
    const out = Date.now();
    await a.ok(LOGOUT, {}, tenant.dispatcherToken);
    const closed = await closeOf(socket, 1000, 'the socket on the other replica to close');
    expect(closed.code).toBe(4401);
    expect(closed.at - out).toBeLessThan(1000);
    await socket.dispose();
  } finally {
    await b.close();
    await a.close();
  }
});
