import Redis from 'ioredis';
import WebSocket from 'ws';
import { TRACKING_PAGE } from './documents';
import { eventually } from './eventually';
import { givenActiveLink, givenTenant } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { publicGql } from './public-api';

// The public endpoint's limits shared by the replicas (issue "Safe to run in production",
// item 5): look-ups, misses and open sockets per address are counted once over two server
// instances on one database when they share Redis; the socket cap is PUBLIC_SOCKETS_PER_ADDRESS.

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisAnswers(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

/** A public WebSocket that opened, or the refusal's status and Retry-After. */
type Opened = { ws: WebSocket; status?: undefined; retryAfter?: undefined } | { ws?: undefined; status: number; retryAfter?: string };

/** Opens a public WebSocket (and says hello); resolves with it, or with the refusal's status and Retry-After. */
function openSocket(app: TestApp): Promise<Opened> {
  return new Promise((resolve) => {
    const ws = new WebSocket(app.url.replace(/^http/, 'ws') + '/public/graphql', 'graphql-transport-ws');
    ws.on('open', () => {
      ws.send(JSON.stringify({ type: 'connection_init' }));
      resolve({ ws });
    });
    ws.on('unexpected-response', (_req, res) => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] }));
    ws.on('error', () => undefined);
  });
}

/** Closes a socket that opened; fails on a refusal. */
async function closeSocket(opened: Opened): Promise<void> {
  const { ws } = opened;
  if (!ws) throw new Error(`the socket was refused (${opened.status}), there is none to close`);
  await new Promise<void>((resolve) => {
    ws.once('close', () => resolve());
    ws.close();
  });
}

/** The token of a consignment's link, from a tenant of its own. */
async function pageToken(app: TestApp): Promise<string> {
  return (await givenActiveLink(app, await givenTenant(app, { tracking: true }))).token;
}

describe('one server, limits in memory', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ PUBLIC_SOCKETS_PER_ADDRESS: '2', PUBLIC_RATE_LIMIT: '3' });
  });
  afterAll(() => app.close());

  it('caps open sockets per address at PUBLIC_SOCKETS_PER_ADDRESS, with 429 and Retry-After', async () => {
    const first = await openSocket(app);
    const second = await openSocket(app);
    const third = await openSocket(app);
    expect([first.ws, second.ws].every(Boolean)).toBe(true);
    expect(third.status).toBe(429);
    expect(Number(third.retryAfter)).toBeGreaterThan(0);
    await closeSocket(first);
    const again = await openSocket(app);
    expect(again.ws).toBeDefined();
    await Promise.all([closeSocket(second), closeSocket(again)]);
  });

  it('answers look-ups over the limit with 429 and Retry-After', async () => {
    const token = await pageToken(app);
    for (let i = 0; i < 3; i++) expect((await publicGql(app, TRACKING_PAGE, { token })).status).toBe(200);
    const refused = await publicGql(app, TRACKING_PAGE, { token });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });
});

describe('two servers on one database sharing Redis', () => {
  let up = false;
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    up = await redisAnswers();
    if (!up) return;
    const env = { REDIS_URL, PUBLIC_RATE_LIMIT: '6', PUBLIC_MISS_LIMIT: '3', PUBLIC_SOCKETS_PER_ADDRESS: '3' };
    a = await startTestApp(env);
    b = await startTestApp(env, a);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });
  const skipped = () => {
    if (!up) console.warn(`Redis is not reachable at ${REDIS_URL}: the shared public limits were not tested`);
    return !up;
  };

  it('count look-ups once: the limit holds over both, not per server', async () => {
    if (skipped()) return;
    const token = await pageToken(a);
    for (let i = 0; i < 6; i++) expect((await publicGql(i % 2 ? a : b, TRACKING_PAGE, { token })).status).toBe(200);
    for (const server of [a, b]) {
      const refused = await publicGql(server, TRACKING_PAGE, { token });
      expect([refused.status, refused.body.errors?.[0].extensions?.code]).toEqual([429, 'RATE_LIMITED']);
      expect(refused.headers.get('retry-after')).not.toBeNull();
    }
  });

  it('count open sockets once, and give a slot back on either when a socket closes', async () => {
    if (skipped()) return;
    const opened = [await openSocket(a), await openSocket(b), await openSocket(a)];
    expect(opened.every((o) => o.ws)).toBe(true);
    const refused = await openSocket(b);
    expect([refused.status, Number(refused.retryAfter) > 0]).toEqual([429, true]);
    await closeSocket(opened[0]);
    // The slot is given back through Redis; until then b refuses (and a refusal takes no slot).
    const again = await eventually(
      async () => {
        const attempt = await openSocket(b);
        expect(attempt.ws).toBeDefined();
        return attempt;
      },
      { timeoutMs: 1000, what: 'a slot on b after a socket on a closed' },
    );
    await Promise.all([...opened.slice(1), again].map((o) => closeSocket(o)));
  });
});

describe('two servers sharing Redis, misses', () => {
  let up = false;
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    up = await redisAnswers();
    if (!up) return;
    const env = { REDIS_URL, PUBLIC_RATE_LIMIT: '1000', PUBLIC_MISS_LIMIT: '3' };
    a = await startTestApp(env);
    b = await startTestApp(env, a);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('refuse an address that guessed too many tokens on either server, on both', async () => {
    if (!up) return;
    const token = await pageToken(a);
    for (const server of [a, b, a]) {
      const res = await publicGql(server, TRACKING_PAGE, { token: 'no-such-token-at-all-0000' });
      expect(res.body.data?.trackingPage).toMatchObject({ __typename: 'TrackingUnavailable', reason: 'NOT_AVAILABLE' });
    }
    for (const server of [b, a]) {
      const refused = await publicGql(server, TRACKING_PAGE, { token });
      expect([refused.status, refused.body.errors?.[0].extensions?.code]).toEqual([429, 'RATE_LIMITED']);
    }
  });
});
