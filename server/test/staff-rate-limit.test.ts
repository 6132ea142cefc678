import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createDriver, createTenant } from './fixtures';
import { startTestApp, type TestApp } from './harness';

// Staff requests per minute per session, API key and driver, and per address when signed out
// (STAFF_RATE_LIMIT), over HTTP and WebSocket: 429 with Retry-After, one caller never
// using up another's.

const LIMIT = 8;
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ STAFF_RATE_LIMIT: String(LIMIT) });
});
afterAll(() => app.close());

async function post(token: string | null, query = '{ __typename }') {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as any };
}

it('refuses subscriptions over the limit on an open socket with RATE_LIMITED', async () => {
  const tenant = await createTenant(app);
  // Rate limits are per minute: a fresh window would let this test's first requests through.
  for (let i = 0; i < LIMIT; i++) await post(tenant.dispatcherToken);
  const client = createClient({ url: app.url.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${tenant.dispatcherToken}` } });
  const errors: any[] = [];
  await new Promise<void>((resolve) => {
    client.subscribe({ query: 'subscription { consignmentChanged { consignmentId } }' }, { next: () => undefined, error: (e) => (errors.push(e), resolve()), complete: resolve });
  });
  await client.dispose();
  expect(JSON.stringify(errors)).toMatch(/RATE_LIMITED/);
});

it('answers a session over its limit with 429 and Retry-After, and leaves other sessions, drivers and addresses alone', async () => {
  const tenant = await createTenant(app);
  for (let i = 0; i < LIMIT; i++) expect((await post(tenant.dispatcherToken)).status).toBe(200);
  const refused = await post(tenant.dispatcherToken);
  expect(refused.status).toBe(429);
  expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
  expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
  expect(refused.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: Number(refused.retryAfter) });
  expect(refused.body.data).toBeUndefined();

  // Another session of the same tenant has its own count.
  expect((await post(tenant.adminToken)).status).toBe(200);
  const driver = await createDriver(app, tenant.adminToken);
  const report = `mutation { reportPositions(positions: [{ clientId: "c", latitude: 52, longitude: 5, recordedAt: "${new Date().toISOString()}" }]) { accepted } }`;
  for (let i = 0; i < LIMIT; i++) expect((await post(driver.token, report)).status).toBe(200);
  const driverRefused = await post(driver.token, report);
  expect([driverRefused.status, driverRefused.body.errors[0].extensions.code]).toEqual([429, 'RATE_LIMITED']);

  // Signed out, the address counts (the fixtures' sign-ins came from it too).
  let anonymous = await post(null);
  for (let i = 0; i < LIMIT && anonymous.status === 200; i++) anonymous = await post(null);
  expect(anonymous.status).toBe(429);
  expect(anonymous.retryAfter).not.toBeNull();
});
