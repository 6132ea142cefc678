import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createLimitStore, Limit } from '../src/limits/limiter';
import { rateLimitFields, stateOf } from '../src/limits/rate-limit-fields';
import { UPDATE_TEMPLATE } from './documents';
import { doc } from './typed-document';
import { givenActiveLink, givenDriver, givenTenant } from './fixtures';
import { startTestApp, type TestApp } from './harness';

// Every answer of the staff endpoint, the public endpoint, POST /public/feedback, the rendered
// page /t/<token> and the driver-app route tells its
// caller where it stands: RateLimit-Policy and RateLimit (IETF draft httpapi-ratelimit-headers),
// counting down request by request, and Retry-After beside them once refused.

const STAFF = 5;
const LOOKUPS = 4;
const MISSES = 30;
/** The staff limit set low (fixtures sign in through it too), and an app for the public side. */
let app: TestApp;
let pub: TestApp;
/** Made once: sign-ins count against the (signed-out) test address, which the low staff limit allows five of. */
let staffTenant: Awaited<ReturnType<typeof givenTenant>>;
let addressCounter = 0;
const freshAddress = () => `203.0.113.${++addressCounter}`;

beforeAll(async () => {
  app = await startTestApp({ STAFF_RATE_LIMIT: String(STAFF), TRUST_PROXY: 'loopback' });
  pub = await startTestApp({ PUBLIC_RATE_LIMIT: String(LOOKUPS), PUBLIC_MISS_LIMIT: String(MISSES), TRUST_PROXY: 'loopback' });
  staffTenant = await givenTenant(app);
});
afterAll(async () => {
  await app.close();
  await pub.close();
});

interface Told {
  status: number;
  policy: string | null;
  remaining: number;
  reset: number;
  retryAfter: string | null;
}

/** The `r` and `t` of one policy in a RateLimit field, e.g. `"staff";r=3;t=59`. */
function standing(field: string | null, name: string): { r: number; t: number } {
  const match = new RegExp(`"${name}";r=(\\d+);t=(\\d+)`).exec(field ?? '');
  if (!match) throw new Error(`no "${name}" in RateLimit: ${field}`);
  return { r: Number(match[1]), t: Number(match[2]) };
}

async function told(res: Response, name: string): Promise<Told> {
  await res.text();
  const { r, t } = standing(res.headers.get('ratelimit'), name);
  return { status: res.status, policy: res.headers.get('ratelimit-policy'), remaining: r, reset: t, retryAfter: res.headers.get('retry-after') };
}

const staffPost = (token: string | null, from: string) =>
  fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

describe('the staff endpoint', () => {
  it('counts down per caller from the policy, then refuses with Retry-After and nothing left', async () => {
    const tenant = staffTenant;
    const from = freshAddress();
    const answers: Told[] = [];
    for (let i = 0; i < STAFF + 1; i++) answers.push(await told(await staffPost(tenant.dispatcherToken, from), 'staff'));
    for (const a of answers) expect(a.policy).toBe(`"staff";q=${STAFF};w=60`);
    expect(answers.map((a) => [a.status, a.remaining])).toEqual([
      [200, 4],
      [200, 3],
      [200, 2],
      [200, 1],
      [200, 0],
      [429, 0],
    ]);
    for (const a of answers) {
      expect(a.reset).toBeGreaterThanOrEqual(1);
      expect(a.reset).toBeLessThanOrEqual(60);
    }
    expect(answers.slice(0, STAFF).every((a) => a.retryAfter === null)).toBe(true);
    const refused = answers[STAFF];
    expect(Number(refused.retryAfter)).toBe(refused.reset);

    // Another caller's count is its own: a signed-out request counts against its address.
    expect(await told(await staffPost(null, freshAddress()), 'staff')).toMatchObject({ status: 200, remaining: STAFF - 1 });
  });
});

describe('the public endpoint', () => {
  it('tells look-ups and misses per address; a miss counts against the miss policy', async () => {
    const from = freshAddress();
    const lookup = (token: string) =>
      fetch(`${pub.url}/public/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
        body: JSON.stringify({ query: 'query($token: String!) { trackingPage(token: $token) { __typename } }', variables: { token } }),
      });
    const first = await lookup('no-such-token');
    const answers = [await told(first, 'lookups')];
    expect(first.headers.get('ratelimit-policy')).toBe(`"lookups";q=${LOOKUPS};w=60, "misses";q=${MISSES};w=60`);
    // The miss of the first look-up shows in the next answer (the state is read before the look-up).
    expect(standing(first.headers.get('ratelimit'), 'misses').r).toBe(MISSES);
    const second = await lookup('no-such-token');
    answers.push(await told(second, 'lookups'));
    expect(standing(second.headers.get('ratelimit'), 'misses').r).toBe(MISSES - 1);
    for (let i = 2; i < LOOKUPS + 1; i++) answers.push(await told(await lookup('no-such-token'), 'lookups'));
    expect(answers.map((a) => [a.status, a.remaining])).toEqual([
      [200, 3],
      [200, 2],
      [200, 1],
      [200, 0],
      [429, 0],
    ]);
    expect(Number(answers[LOOKUPS].retryAfter)).toBeGreaterThanOrEqual(1);
  });
});

describe('POST /public/feedback', () => {
  it('tells the look-up and the feedback policies, on an answer and on a refusal', async () => {
    const tenant = await givenTenant(pub, { tracking: true });
    await pub.ok(UPDATE_TEMPLATE, { input: { showFeedback: true } }, tenant.adminToken);
    const { token } = await givenActiveLink(pub, tenant);
    const from = freshAddress();
    const send = (body: unknown) =>
      fetch(`${pub.url}/public/feedback`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': from }, body: JSON.stringify(body) });

    const ok = await send({ token, instructions: 'Gate 3' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('ratelimit-policy')).toBe(`"lookups";q=${LOOKUPS};w=60, "misses";q=${MISSES};w=60, "feedback";q=20;w=3600`);
    expect(standing(ok.headers.get('ratelimit'), 'feedback').r).toBe(19);
    expect(standing(ok.headers.get('ratelimit'), 'lookups').r).toBe(LOOKUPS - 1);

    const bad = await send({ token, instructions: 'Gate 4', colour: 'red' });
    expect(bad.status).toBe(400);
    expect(standing(bad.headers.get('ratelimit'), 'feedback').r).toBe(18);
    expect(standing(bad.headers.get('ratelimit'), 'lookups').r).toBe(LOOKUPS - 2);

    await send({ token, instructions: 'Gate 5' });
    await send({ token, instructions: 'Gate 6' });
    const refused = await send({ token, instructions: 'Gate 7' });
    expect(refused.status).toBe(429);
    expect(standing(refused.headers.get('ratelimit'), 'lookups')).toMatchObject({ r: 0 });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});

describe('the rendered page /t/<token>', () => {
  it('tells the public look-up and miss policies, counting down with the API, then refuses with Retry-After', async () => {
    const tenant = await givenTenant(pub, { tracking: true });
    const { token } = await givenActiveLink(pub, tenant);
    const from = freshAddress();
    const page = (t: string) => fetch(`${pub.url}/t/${t}`, { headers: { 'x-forwarded-for': from } });
    const first = await page(token);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/text\/html/);
    expect(first.headers.get('ratelimit-policy')).toBe(`"lookups";q=${LOOKUPS};w=60, "misses";q=${MISSES};w=60`);
    const answers = [await told(first, 'lookups')];
    // An unknown token is a miss, told by the next answer (the page and the API count alike).
    answers.push(await told(await page('no-such-token'), 'lookups'));
    const third = await page(token);
    expect(standing(third.headers.get('ratelimit'), 'misses').r).toBe(MISSES - 1);
    answers.push(await told(third, 'lookups'));
    answers.push(await told(await page(token), 'lookups'));
    answers.push(await told(await page(token), 'lookups'));
    expect(answers.map((a) => [a.status, a.remaining])).toEqual([
      [200, 3],
      [200, 2],
      [200, 1],
      [200, 0],
      [429, 0],
    ]);
    const refused = answers[LOOKUPS];
    expect(refused.policy).toBe(`"lookups";q=${LOOKUPS};w=60, "misses";q=${MISSES};w=60`);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBe(refused.reset);
  });
});

const CREATE_KEY = doc<{ createDriverDeviceKey: { deviceKey: string } }, { driverId: string }>('mutation($driverId: ID!) { createDriverDeviceKey(driverId: $driverId) { deviceKey } }');

describe('the driver-app route', () => {
  const position = (key: string, from: string) =>
    fetch(`${pub.url}/driver-app/positions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ device_id: key, location: { timestamp: new Date(Date.now() - 60_000).toISOString(), coords: { latitude: 52.37, longitude: 4.9 } } }),
    });

  it("tells a known key's requests per minute (and the address's misses), counting down", async () => {
    const tenant = await givenTenant(pub);
    const driver = await givenDriver(pub, tenant.adminToken);
    const { deviceKey } = (await pub.ok(CREATE_KEY, { driverId: driver.id }, tenant.adminToken)).createDriverDeviceKey;
    const from = freshAddress();
    const first = await position(deviceKey, from);
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-policy')).toBe('"device";q=600;w=60, "misses";q=30;w=60');
    const one = standing(first.headers.get('ratelimit'), 'device');
    expect(one.r).toBe(599);
    expect(one.t).toBeGreaterThanOrEqual(1);
    expect(one.t).toBeLessThanOrEqual(60);
    expect(standing(first.headers.get('ratelimit'), 'misses').r).toBe(30);
    // The same key from another address: the count is the key's.
    const second = await position(deviceKey, freshAddress());
    expect(standing(second.headers.get('ratelimit'), 'device').r).toBe(598);
    await first.text();
    await second.text();
  });

  it("tells an address's unknown keys, and refuses the address past them with nothing left and Retry-After", async () => {
    const from = freshAddress();
    const answers: Told[] = [];
    for (let i = 0; i < 31; i++) answers.push(await told(await position(`unknown${i}aaaaaaaaaaaa`, from), 'misses'));
    for (const a of answers) expect(a.policy).toBe('"misses";q=30;w=60');
    expect(answers.slice(0, 30).every((a) => a.status === 401 && a.retryAfter === null)).toBe(true);
    expect(answers.slice(0, 30).map((a) => a.remaining)).toEqual(Array.from({ length: 30 }, (_, i) => 29 - i));
    const refused = answers[30];
    expect([refused.status, refused.remaining]).toEqual([429, 0]);
    expect(Number(refused.retryAfter)).toBe(refused.reset);
  });
});

describe('a WebSocket (no headers: the refusal carries them)', () => {
  /** The first error of one subscription on a socket from `from`, and whether it came as an error message or a result. */
  async function refusal(path: string, from: string, query: string, variables: Record<string, unknown>, authorization?: string) {
    class FromAddress extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { 'x-forwarded-for': from } });
      }
    }
    const target = path === '/graphql' ? app : pub;
    const client = createClient({ url: target.url.replace(/^http/, 'ws') + path, webSocketImpl: FromAddress, retryAttempts: 0, ...(authorization ? { connectionParams: { authorization } } : {}) });
    try {
      return await new Promise<{ message: string; extensions: Record<string, unknown> }>((resolve, reject) => {
        client.subscribe(
          { query, variables },
          {
            next: (value) => (value.errors?.length ? resolve(value.errors[0] as never) : reject(new Error(`not refused: ${JSON.stringify(value)}`))),
            error: (e) => (Array.isArray(e) ? resolve(e[0] as never) : reject(e instanceof Error ? e : new Error(JSON.stringify(e)))),
            complete: () => reject(new Error('completed without a refusal')),
          },
        );
      });
    } finally {
      await client.dispose();
    }
  }

  it('refuses a staff subscription over the limit with the policy, what is left and when to come back', async () => {
    // The admin's session, whose count is its own (the test above uses the dispatcher's).
    const token = staffTenant.adminToken;
    const from = freshAddress();
    for (let i = 0; i < STAFF; i++) await (await staffPost(token, from)).text();
    const error = await refusal('/graphql', from, 'subscription { consignmentChanged { consignmentId } }', {}, `Bearer ${token}`);
    expect(error.message).toMatch(/try again in \d+ s/);
    const retryAfter = Number(error.extensions.retryAfter);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(error.extensions).toEqual({ code: 'RATE_LIMITED', retryAfter, rateLimit: { policy: `"staff";q=${STAFF};w=60`, state: `"staff";r=0;t=${retryAfter}` } });
  });

  it("refuses a tracking page's live updates over the look-up limit the same way", async () => {
    const from = freshAddress();
    const lookup = () =>
      fetch(`${pub.url}/public/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
        body: JSON.stringify({ query: 'query($token: String!) { trackingPage(token: $token) { __typename } }', variables: { token: 'no-such-token' } }),
      });
    for (let i = 0; i < LOOKUPS; i++) await (await lookup()).text();
    const error = await refusal('/public/graphql', from, 'subscription($token: String!) { trackingUpdates(token: $token) { __typename } }', { token: 'no-such-token' });
    expect(error.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    const retryAfter = Number(error.extensions.retryAfter);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(error.extensions.rateLimit).toEqual({
      policy: `"lookups";q=${LOOKUPS};w=60, "misses";q=${MISSES};w=60`,
      state: expect.stringMatching(new RegExp(`^"lookups";r=0;t=${retryAfter}, "misses";r=${MISSES - LOOKUPS};t=\\d+$`)),
    });
  });
});

describe('a window', () => {
  it('starts again once over: the count is back to the whole quota', async () => {
    const store = createLimitStore(undefined, 'rate-limit-headers-test', () => undefined);
    const limit = new Limit(store, { name: 'window-test', points: 2, durationSeconds: 1 });
    const field = async () => rateLimitFields([stateOf('w', limit, await limit.hit('k'))]);
    expect((await field()).policy).toBe('"w";q=2;w=1');
    expect((await field()).state).toBe('"w";r=0;t=1');
    expect((await field()).state).toBe('"w";r=0;t=1');
    await new Promise((r) => setTimeout(r, 1100));
    expect((await field()).state).toBe('"w";r=1;t=1');
    await store.close();
  });
});
