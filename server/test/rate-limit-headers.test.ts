import { createLimitStore, Limit } from '../src/limits/limiter';
import { rateLimitFields, stateOf } from '../src/limits/rate-limit-fields';
import { UPDATE_TEMPLATE } from './documents';
import { givenActiveLink, givenTenant } from './fixtures';
import { startTestApp, type TestApp } from './harness';

// Every answer of the staff endpoint, the public endpoint and POST /public/feedback tells its
// caller where it stands: RateLimit-Policy and RateLimit (IETF draft httpapi-ratelimit-headers),
// counting down request by request, and Retry-After beside them once refused.

const STAFF = 5;
const LOOKUPS = 4;
const MISSES = 30;
/** The staff limit set low (fixtures sign in through it too), and an app for the public side. */
let app: TestApp;
let pub: TestApp;
let addressCounter = 0;
const freshAddress = () => `203.0.113.${++addressCounter}`;

beforeAll(async () => {
  app = await startTestApp({ STAFF_RATE_LIMIT: String(STAFF), TRUST_PROXY: 'loopback' });
  pub = await startTestApp({ PUBLIC_RATE_LIMIT: String(LOOKUPS), PUBLIC_MISS_LIMIT: String(MISSES), TRUST_PROXY: 'loopback' });
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
    const tenant = await givenTenant(app);
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
