import Redis from 'ioredis';
import WebSocket from 'ws';
import { createConsignments, createTrackingTenant, linksOf, publicGql, PAGE_QUERY, tokenOf } from './fixtures';
import { startTestApp, type TestApp } from './harness';

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

/** Opens a public WebSocket (and says hello); resolves with it, or with the refusal's status and Retry-After. */
function openSocket(app: TestApp): Promise<{ ws?: WebSocket; status?: number; retryAfter?: string }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(app.url.replace(/^http/, 'ws') + '/public/graphql', 'graphql-transport-ws');
    ws.on('open', () => {
      ws.send(JSON.stringify({ type: 'connection_init' }));
      resolve({ ws });
    });
    ws.on('unexpected-response', (_req, res) => resolve({ status: res.statusCode, retryAfter: res.headers['retry-after'] as string }));
    ws.on('error', () => undefined);
  });
}

async function closeSocket(ws: WebSocket): Promise<void> {
  await new Promise<void>((resolve) => {
    ws.once('close', () => resolve());
    ws.close();
  });
}

async function pageToken(app: TestApp): Promise<string> {
  const tenant = await createTrackingTenant(app);
  const [c] = await createConsignments(app, tenant.adminToken, 1);
  const [link] = await linksOf(app, tenant.adminToken, c.id);
  return tokenOf(link.url);
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
    await closeSocket(first.ws!);
    const again = await openSocket(app);
    expect(again.ws).toBeDefined();
    await Promise.all([closeSocket(second.ws!), closeSocket(again.ws!)]);
  });

  it('answers look-ups over the limit with 429 and Retry-After', async () => {
    const token = await pageToken(app);
    for (let i = 0; i < 3; i++) expect((await publicGql(app, PAGE_QUERY, { token })).status).toBe(200);
    const refused = await publicGql(app, PAGE_QUERY, { token });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
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
    for (let i = 0; i < 6; i++) expect((await publicGql(i % 2 ? a : b, PAGE_QUERY, { token })).status).toBe(200);
    for (const server of [a, b]) {
      const refused = await publicGql(server, PAGE_QUERY, { token });
      expect([refused.status, refused.body.errors[0].extensions.code]).toEqual([429, 'RATE_LIMITED']);
      expect(refused.headers.get('retry-after')).not.toBeNull();
    }
  });

  it('count open sockets once, and give a slot back on either when a socket closes', async () => {
    if (skipped()) return;
    const opened = [await openSocket(a), await openSocket(b), await openSocket(a)];
    expect(opened.every((o) => o.ws)).toBe(true);
    const refused = await openSocket(b);
    expect([refused.status, Number(refused.retryAfter) > 0]).toEqual([429, true]);
    await closeSocket(opened[0].ws!);
    await new Promise((r) => setTimeout(r, 50)); // the slot is given back through Redis
    const again = await openSocket(b);
    expect(again.ws).toBeDefined();
    await Promise.all([...opened.slice(1), again].map((o) => closeSocket(o.ws!)));
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
      const res = await publicGql(server, PAGE_QUERY, { token: 'no-such-token-at-all-0000' });
      expect(res.body.data.trackingPage).toMatchObject({ __typename: 'TrackingUnavailable', reason: 'NOT_AVAILABLE' });
    }
    for (const server of [b, a]) {
      const refused = await publicGql(server, PAGE_QUERY, { token });
      expect([refused.status, refused.body.errors?.[0].extensions.code]).toEqual([429, 'RATE_LIMITED']);
    }
  });
});
