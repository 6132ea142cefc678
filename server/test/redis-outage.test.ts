import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { Topic } from '../src/bus/event-bus';
import { REPORT_POSITIONS } from './documents';
import { givenConsignmentInTransit, givenTenant, position } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { eventually } from './eventually';
import { shownPage } from './public-api';

// Two replicas share live events through a Redis of this test's own, which goes away and comes
// back: open pages are told (their socket closes with "try again later") and can poll, both
// replicas report not ready and keep serving, and after recovery a page gets live positions
// again but none of the ones reported during the outage as a late burst.

jest.setTimeout(120_000);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

let port: number;
let redis: ChildProcess | undefined;
async function startRedis(): Promise<void> {
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('redis-server did not start');
}
async function stopRedis(): Promise<void> {
  const child = redis!;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGKILL');
  });
  redis = undefined;
}

let a: TestApp;
let b: TestApp;
const logged: string[] = [];
beforeAll(async () => {
  port = await freePort();
  await startRedis();
  const env = { REDIS_URL: `redis://127.0.0.1:${port}`, LOG_LEVEL: 'info' };
  a = await startTestApp(env, undefined, { logSink: (line) => void logged.push(line) });
  b = await startTestApp(env, a, { logSink: (line) => void logged.push(line) });
});
afterAll(async () => {
  await b?.close();
  await a?.close();
  if (redis) await stopRedis();
});

interface Page {
  positions: number[];
  closeCodes: number[];
  errors: unknown[];
  client: Client;
}

function openPage(app: TestApp, token: string): Page {
  const page: Page = { positions: [], closeCodes: [], errors: [], client: undefined as unknown as Client };
  page.client = createClient({
    url: `${app.url.replace(/^http/, 'ws')}/public/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    on: { closed: (event) => void page.closeCodes.push((event as { code: number }).code) },
  });
  page.client.subscribe(
    { query: 'subscription($t: String!) { trackingUpdates(token: $t) { kind driverPosition { latitude } } }', variables: { t: token } },
    {
      next: (value) => {
        const update = (value.data as { trackingUpdates?: { kind: string; driverPosition: { latitude: number } | null } } | undefined)?.trackingUpdates;
        if (update?.kind === 'POSITION' && update.driverPosition) page.positions.push(update.driverPosition.latitude);
      },
      error: (error) => void page.errors.push(error),
      complete: () => undefined,
    },
  );
  return page;
}

/** Polls a probe until it holds, or fails naming what was awaited. */
const until = (probe: () => boolean | Promise<boolean>, what: string, timeoutMs = 3_000) => eventually(probe, { timeoutMs, intervalMs: 25, what });

const readiness = async (app: TestApp) => {
  const res = await fetch(`${app.url}/readyz`);
  return { status: res.status, body: (await res.json()) as { checks: Record<string, string> } };
};

it('tells open pages when live updates stop, serves them by polling, and resumes without a backlog', async () => {
  const tenant = await givenTenant(a, { tracking: true });
  const { token, driver } = await givenConsignmentInTransit(a, tenant);
  let n = 0;
  const report = (latitude: number) => a.ok(REPORT_POSITIONS, { positions: [position(`p${++n}`, latitude, 5)] }, driver.token);

  // Live through Redis: reported on A, heard on B.
  const first = openPage(b, token);
  await until(() => b.server.services.live.streamCount === 1, 'the page is open');
  await report(50.1);
  await until(() => first.positions.includes(50.1), 'a position through Redis');

  // What B's bus hears from here on: nothing of the outage, even once Redis is back.
  const heard: number[] = [];
  await b.server.services.bus.subscribe(Topic.DRIVER_POSITION, (p) => void heard.push(p.latitude));

  const linesBefore = logged.length;
  await stopRedis();
  // The page is told at once, not left silent: its socket closes with 1013 (try again later).
  await until(() => first.closeCodes.includes(1013), 'the page is told', 3_000);
  for (const app of [a, b]) {
    expect(await readiness(app)).toEqual({ status: 503, body: { status: 'unavailable', checks: { database: 'up', redis: 'down' } } });
  }
  // A new live socket is refused (the page polls meanwhile); the page's query still answers.
  const refused = openPage(b, token);
  await until(() => refused.errors.length + refused.closeCodes.length > 0, 'the new socket is refused');
  expect(b.server.services.live.streamCount).toBe(0);
  await report(50.2);
  await report(50.3);
  expect((await shownPage(b, token)).driverPosition).toMatchObject({ latitude: 50.3 });
  // One line per replica saying so, however much traffic went on: nothing else went wrong.
  const errors = logged.slice(linesBefore).filter((l) => (JSON.parse(l) as { level: string }).level === 'error');
  expect(errors.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(['redis is unreachable; live pages poll and /readyz answers 503 until it is back', 'redis is unreachable; live pages poll and /readyz answers 503 until it is back']);

  await startRedis();
  await until(async () => (await readiness(a)).status === 200 && (await readiness(b)).status === 200, 'both replicas ready again', 5_000);
  const again = openPage(b, token);
  await until(() => b.server.services.live.streamCount === 1, 'the page is open again');
  // Nothing reported during the outage arrives late.
  await new Promise((r) => setTimeout(r, 500));
  expect(again.positions).toEqual([]);
  await report(50.4);
  await until(() => again.positions.length > 0, 'live again');
  expect(again.positions).toEqual([50.4]);
  expect(heard).toEqual([50.4]);
  expect(logged.slice(linesBefore).filter((l) => /redis is reachable again/.test(l))).toHaveLength(2);
  for (const page of [first, refused, again]) await page.client.dispose();
});

it('starts and listens while its Redis is away, reports not ready, and is ready once Redis is there', async () => {
  if (redis) await stopRedis();
  const started = Date.now();
  const c = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${port}`, LOG_LEVEL: 'error' }, a);
  try {
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await readiness(c)).toEqual({ status: 503, body: { status: 'unavailable', checks: { database: 'up', redis: 'down' } } });
    // It serves meanwhile: the staff API and the public page (which polls without live updates).
    const tenant = await givenTenant(c, { tracking: true });
    const { token } = await givenConsignmentInTransit(c, tenant);
    expect((await shownPage(c, token)).__typename).toBe('TrackingPage');
    await startRedis();
    await until(async () => (await readiness(c)).status === 200, 'ready once Redis is there', 5_000);
  } finally {
    await c.close();
  }
});
