import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { REPORT_POSITIONS } from './documents';
import { givenDriver, givenTenant, position } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { doc, type GqlError, type TypedDocument } from './typed-document';

// Staff requests per minute per session, API key and driver, and per address when signed out
// (STAFF_RATE_LIMIT), over HTTP and WebSocket: 429 with Retry-After, one caller never
// using up another's.

const LIMIT = 8;
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ STAFF_RATE_LIMIT: String(LIMIT) });
});
afterAll(() => app.close());

const TYPENAME = doc<{ __typename: string }>('{ __typename }');
const CONSIGNMENT_IDS = doc<{ consignmentChanged: { consignmentId: string } }>('subscription { consignmentChanged { consignmentId } }');

/** A staff request, with what a refusal tells the client: its status and Retry-After. */
async function post<TData, TVariables>(token: string | null, document: TypedDocument<TData, TVariables>, variables: NoInfer<TVariables>) {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: document.text, variables }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as { data?: TData | null; errors?: GqlError[] } };
}

const hello = (token: string | null) => post(token, TYPENAME, {});

it('refuses subscriptions over the limit on an open socket with RATE_LIMITED', async () => {
  const tenant = await givenTenant(app);
  // Rate limits are per minute: a fresh window would let this test's first requests through.
  for (let i = 0; i < LIMIT; i++) await hello(tenant.dispatcherToken);
  const client = createClient({ url: app.url.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${tenant.dispatcherToken}` } });
  const errors: unknown[] = [];
  await new Promise<void>((resolve) => {
    client.subscribe({ query: CONSIGNMENT_IDS.text }, { next: () => undefined, error: (e) => (errors.push(e), resolve()), complete: resolve });
  });
  await client.dispose();
  expect(JSON.stringify(errors)).toMatch(/RATE_LIMITED/);
});

it('answers a session over its limit with 429 and Retry-After, and leaves other sessions, drivers and addresses alone', async () => {
  const tenant = await givenTenant(app);
  for (let i = 0; i < LIMIT; i++) expect((await hello(tenant.dispatcherToken)).status).toBe(200);
  const refused = await hello(tenant.dispatcherToken);
  expect(refused.status).toBe(429);
  expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
  expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
  expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: Number(refused.retryAfter) });
  expect(refused.body.data).toBeUndefined();

  // Another session of the same tenant has its own count.
  expect((await hello(tenant.adminToken)).status).toBe(200);
  const driver = await givenDriver(app, tenant.adminToken);
  const report = () => post(driver.token, REPORT_POSITIONS, { positions: [position('c', 52, 5)] });
  for (let i = 0; i < LIMIT; i++) expect((await report()).status).toBe(200);
  const driverRefused = await report();
  expect([driverRefused.status, driverRefused.body.errors?.[0].extensions?.code]).toEqual([429, 'RATE_LIMITED']);

  // Signed out, the address counts (the fixtures' sign-ins came from it too).
  let anonymous = await hello(null);
  for (let i = 0; i < LIMIT && anonymous.status === 200; i++) anonymous = await hello(null);
  expect(anonymous.status).toBe(429);
  expect(anonymous.retryAfter).not.toBeNull();
});
