import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { Client as Pg } from 'pg';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { findExecutable, type ClusterInfo } from '../src/scripts/cluster';
import {
  ASSIGN_DRIVER,
  CREATE_DRIVER,
  CREATE_ORDER,
  CREATE_TENANT,
  LINKS_OF,
  LOGIN,
  PAGE_TYPENAME,
  REPORT_POSITIONS,
  SET_TRACKING_INTEGRATION,
  TRACKING_UPDATES,
} from './documents';
import { eventually } from './eventually';
import { position, stop, tokenOf } from './fixtures';
import type { DataOf, TypedDocument } from './typed-document';

// The deployment of docker-compose.yml, tested without Docker: `npm run cluster` (the built
// command itself) starts its own Redis, two production replicas of the built server on one
// database, and Debian's nginx with docker/nginx.conf, addresses made local and its
// proxy_read_timeout cut to 2 s so a test can outlast it.
//
// Which replica serves what is known, not hoped for: besides the file's round-robin entry the
// generated configuration has one entry per replica, a copy of the file's server block whose
// proxy_pass names that replica alone, and every response carries nginx's $upstream_addr
// (X-Tracklink-Upstream), which each test checks against the replica it meant; the replicas'
// own /metrics confirm it from the inside (where the page's subscription is, who published
// and who received the position).

jest.setTimeout(180_000);

const CLUSTER = path.resolve(__dirname, '..', 'dist', 'scripts', 'cluster.js');
const nginx = findExecutable('nginx');
if (!nginx) console.warn('cluster.test.ts SKIPPED: nginx is not installed (apt-get install nginx); .ci/run installs it.');
const describeWithNginx = nginx ? describe : describe.skip;

const MISS_LIMIT = 3;
const PROXY_READ_TIMEOUT_S = 2;
const ADMIN = { email: 'cluster-admin@test.local', password: 'cluster-pass-1' };
const METRICS_TOKEN = randomBytes(24).toString('base64url');

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** JSON when the answer was JSON, else its text. */
  body: any;
}

/** One HTTP request, optionally from a chosen loopback address (a visitor of its own, as nginx sees it). */
function request(url: string, options: { body?: unknown; headers?: Record<string, string>; from?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const req = http.request(
      url,
      {
        method: body ? 'POST' : 'GET',
        localAddress: options.from,
        headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...options.headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (text += d));
        res.on('end', () => {
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            /* not JSON */
          }
          resolve({ status: res.statusCode!, headers: res.headers, body: parsed });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

let info: ClusterInfo;
let cluster: ChildProcess | undefined;
let output = '';
let databaseName: string | undefined;
const adminUrl = () => process.env.TEST_DATABASE_URL!;

async function withAdmin<T>(work: (pg: Pg) => Promise<T>): Promise<T> {
  const pg = new Pg({ connectionString: adminUrl() });
  await pg.connect();
  try {
    return await work(pg);
  } finally {
    await pg.end();
  }
}

const upstreamOf = (answer: { headers: http.IncomingHttpHeaders }) => answer.headers[info.upstreamHeader.toLowerCase()];
const replica = (n: 1 | 2) => info.replicas[n - 1];

/** A staff GraphQL call through `base` (an nginx entry); checks which replica answered when `via` is given. */
async function staff<TData, TVariables>(base: string, document: TypedDocument<TData, TVariables>, variables: NoInfer<TVariables>, token?: string, via?: 1 | 2): Promise<TData> {
  const answer = await request(`${base}/graphql`, { body: { query: document.text, variables }, headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (answer.status !== 200 || answer.body.errors) throw new Error(`staff API ${answer.status}: ${JSON.stringify(answer.body)}`);
  if (via) expect(upstreamOf(answer)).toBe(replica(via).address);
  return answer.body.data as TData;
}

/** One series of a replica's /metrics (read directly, with the token), 0 when absent. */
async function metric(n: 1 | 2, name: string, labels: Record<string, string>): Promise<number> {
  const answer = await request(`${replica(n).url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(answer.status).toBe(200);
  for (const line of String(answer.body).split('\n')) {
    const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const own = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => own[k] === v)) return Number(match[3]);
  }
  return 0;
}

interface Page {
  positions: number[];
  closed: number[];
  /** The replica that accepted the socket, from the upgrade answer's X-Tracklink-Upstream. */
  upstream: string | undefined;
  client: Client;
}

/** A public tracking page's live subscription through `base` (an nginx entry). */
function openPage(base: string, token: string, keepAlive: number): Page {
  const page: Page = { positions: [], closed: [], upstream: undefined, client: undefined as unknown as Client };
  const header = info.upstreamHeader.toLowerCase();
  class Socket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols);
      this.once('upgrade', (res) => (page.upstream = String(res.headers[header])));
    }
  }
  page.client = createClient({
    url: `${base.replace(/^http/, 'ws')}/public/graphql`,
    webSocketImpl: Socket,
    lazy: false,
    retryAttempts: 0,
    keepAlive,
    // A socket that nginx closes is what one test waits for, not an error to print.
    onNonLazyError: () => undefined,
    on: { closed: (event) => void page.closed.push((event as { code: number }).code) },
  });
  page.client.subscribe<DataOf<typeof TRACKING_UPDATES>>(
    { query: TRACKING_UPDATES.text, variables: { token } },
    {
      next: (value) => {
        const update = value.data?.trackingUpdates;
        // A position arrives as POSITION, or inside a fresh page (CHANGED) when a refresh read it
        // first: the stop's new ETA refreshes the page, and the position it already holds is
        // not sent again.
        const position = update?.kind === 'POSITION' ? update.driverPosition : update?.page?.__typename === 'TrackingPage' ? update.page.driverPosition : null;
        if (position) page.positions.push(position.latitude);
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  return page;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const portAnswers = (url: string) =>
  new Promise<boolean>((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = net.connect(Number(port), hostname, () => (socket.end(), resolve(true)));
    socket.on('error', () => resolve(false));
  });
const pids = () => [info.nginx.pid, info.redisPid, ...info.replicas.map((r) => r.pid)];

describeWithNginx('npm run cluster: two replicas behind docker/nginx.conf', () => {
  let token: string;
  let driverToken: string;
  let n = 0;
  /** Reports one driver position through server-1's pinned entry (checked). */
  const report = async (latitude: number) => {
    const data = await staff(replica(1).pinnedUrl, REPORT_POSITIONS, { positions: [position(`c${++n}`, latitude, 5)] }, driverToken, 1);
    expect(data.reportPositions.accepted).toBe(1);
  };

  beforeAll(async () => {
    databaseName = `tracklink_cluster_${randomBytes(6).toString('hex')}`;
    await withAdmin((pg) => pg.query(`CREATE DATABASE ${databaseName}`));
    const url = new URL(adminUrl());
    url.pathname = `/${databaseName}`;
    cluster = spawn(process.execPath, [CLUSTER, '--port', '0', '--json', '--quiet', '--proxy-read-timeout', `${PROXY_READ_TIMEOUT_S}s`], {
      env: {
        ...process.env,
        DATABASE_URL: url.toString(),
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        APP_SECRET: 'cluster-secret-cluster-secret-cluster-0123',
        METRICS_TOKEN,
        SEED_DEMO: 'false',
        LOG_LEVEL: 'error',
        PUBLIC_MISS_LIMIT: String(MISS_LIMIT),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    info = await new Promise<ClusterInfo>((resolve, reject) => {
      cluster!.stdout!.setEncoding('utf8');
      cluster!.stdout!.on('data', (chunk: string) => {
        output += chunk;
        const line = output.split('\n').find((l) => l.startsWith('{"cluster"'));
        if (line) resolve((JSON.parse(line) as { cluster: ClusterInfo }).cluster);
      });
      cluster!.stderr!.on('data', (chunk) => (output += chunk));
      cluster!.once('exit', (code) => reject(new Error(`npm run cluster exited (${code}):\n${output}`)));
    });

    // A tenant, a consignment on the road with its tracking link, and its driver: through the
    // round-robin entry, so the staff API is used through the proxy on both replicas.
    const platform = (await staff(info.url, LOGIN, ADMIN)).login.token;
    const { createTenant } = await staff(
      info.url,
      CREATE_TENANT,
      { input: { name: 'Cluster Haulage', country: 'NL', adminEmail: 'cluster-tenant@test.local', adminPassword: 'admin-pass-1' } },
      platform,
    );
    await staff(info.url, SET_TRACKING_INTEGRATION, { tenantId: createTenant.id, enabled: true }, platform);
    const admin = (await staff(info.url, LOGIN, { email: 'cluster-tenant@test.local', password: 'admin-pass-1' })).login.token;
    const { createOrder } = await staff(
      info.url,
      CREATE_ORDER,
      { input: { reference: 'ORD-CLUSTER', consignments: [{ reference: 'CN-CLUSTER', status: 'IN_TRANSIT', stops: [stop('PICKUP'), stop('DELIVERY')] }] } },
      admin,
    );
    const [consignment] = createOrder.consignments;
    const { consignment: links } = await staff(info.url, LINKS_OF, { id: consignment.id }, admin);
    token = tokenOf(links!.trackingLinks[0].url);
    const { createDriver } = await staff(info.url, CREATE_DRIVER, { input: { name: 'Cluster Driver' } }, admin);
    driverToken = createDriver.token;
    await staff(info.url, ASSIGN_DRIVER, { consignmentId: consignment.id, driverId: createDriver.driver.id }, admin);
  });

  afterAll(async () => {
    // Only if the last test did not stop it: every process it started, by its id.
    if (cluster && cluster.exitCode === null) {
      cluster.kill('SIGKILL');
      for (const pid of info ? pids() : []) if (alive(pid)) process.kill(pid, 'SIGKILL');
    }
    if (databaseName) await withAdmin((pg) => pg.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`));
  });

  it('answers /readyz 200 on each replica, directly and through its own entry; /metrics only directly', async () => {
    for (const n of [1, 2] as const) {
      const direct = await request(`${replica(n).url}/readyz`);
      expect([direct.status, direct.body.checks]).toEqual([200, { database: 'up', redis: 'up' }]);
      const proxied = await request(`${replica(n).pinnedUrl}/readyz`);
      expect([proxied.status, upstreamOf(proxied)]).toEqual([200, replica(n).address]);
      expect([await metric(n, 'tracklink_dependency_up', { dependency: 'database' }), await metric(n, 'tracklink_dependency_up', { dependency: 'redis' })]).toEqual([1, 1]);
      const metrics = await request(`${replica(n).pinnedUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      expect([metrics.status, upstreamOf(metrics)]).toEqual([404, undefined]);
    }
  });

  it("spreads the file's entry over both replicas and serves the public page through it", async () => {
    const served = new Set<string>();
    for (let i = 0; i < 4; i++) served.add(String(upstreamOf(await request(`${info.url}/healthz`))));
    expect([...served].sort()).toEqual(info.replicas.map((r) => r.address).sort());
    const page = await request(`${info.url}/t/${token}`);
    expect([page.status, page.headers['content-type']]).toEqual([200, expect.stringContaining('text/html')]);
  });

  it("hands nginx's request id to the replica, which answers with it (a client's own is not taken)", async () => {
    const answer = await request(`${replica(2).pinnedUrl}/healthz`, { headers: { 'x-request-id': 'made-up-by-the-client' } });
    const id = String(answer.headers['x-request-id']);
    expect([upstreamOf(answer), id]).toEqual([replica(2).address, expect.stringMatching(/^[0-9a-f]{32}$/)]);
    await eventually(() => expect(fs.readFileSync(info.nginx.accessLog, 'utf8')).toContain(`upstream=${replica(2).address} request_id=${id}`), {
      timeoutMs: 2_000,
      what: "nginx's access log line",
    });
  });

  it('delivers a position reported through one replica to a page whose socket is on the other', async () => {
    const published = await metric(1, 'tracklink_bus_events_total', { topic: 'DRIVER_POSITION', direction: 'published' });
    const received = await metric(2, 'tracklink_bus_events_total', { topic: 'DRIVER_POSITION', direction: 'received' });
    const page = openPage(replica(2).pinnedUrl, token, 0);
    try {
      await eventually(() => page.upstream === replica(2).address, { timeoutMs: 5_000, what: 'the socket upgraded by server-2' });
      // The page's subscription lives on server-2, none on server-1.
      await eventually(async () => (await metric(2, 'tracklink_live_subscriptions', { endpoint: 'public' })) === 1, { timeoutMs: 5_000, what: "server-2's subscription" });
      expect(await metric(1, 'tracklink_live_subscriptions', { endpoint: 'public' })).toBe(0);
      await report(52.001);
      await eventually(() => page.positions.includes(52.001), { timeoutMs: 5_000, what: 'the position on the page on server-2' });
      await report(52.002);
      await eventually(() => page.positions.includes(52.002), { timeoutMs: 5_000, what: 'a second position' });
      // Published by server-1 (which stored them), received by server-2 through Redis.
      expect(await metric(1, 'tracklink_bus_events_total', { topic: 'DRIVER_POSITION', direction: 'published' })).toBeGreaterThanOrEqual(published + 2);
      expect(await metric(2, 'tracklink_bus_events_total', { topic: 'DRIVER_POSITION', direction: 'received' })).toBeGreaterThanOrEqual(received + 2);
      expect(await metric(2, 'tracklink_bus_events_total', { topic: 'DRIVER_POSITION', direction: 'published' })).toBe(0);
    } finally {
      await page.client.dispose();
    }
  });

  it('counts rate limits by the visitor nginx saw (X-Forwarded-For), not by nginx, on every replica', async () => {
    // Two visitors on their own loopback addresses, both through server-1's entry: the server's
    // peer is nginx (127.0.0.1) for both, so only X-Forwarded-For can tell them apart.
    const lookup = (t: string, from: string, via: 1 | 2 = 1) =>
      request(`${replica(via).pinnedUrl}/public/graphql`, { body: { query: PAGE_TYPENAME.text, variables: { token: t } }, from });
    const guesser = '127.0.0.2';
    const visitor = '127.0.0.3';
    let refused: Answer | undefined;
    // A fixed one-minute window may turn over meanwhile: a few more tries than the limit.
    for (let i = 0; i < 2 * MISS_LIMIT + 1 && !refused; i++) {
      const answer = await lookup(`unknown-${randomBytes(16).toString('hex')}`, guesser);
      expect(upstreamOf(answer)).toBe(replica(1).address);
      if (answer.body.errors?.[0]?.extensions?.code === 'RATE_LIMITED') refused = answer;
      else expect(answer.body.data.trackingPage).toEqual({ __typename: 'TrackingUnavailable' });
    }
    expect(refused?.status).toBe(429);
    // The guesser is refused even its good token; another visitor through the same nginx is served.
    expect((await lookup(token, guesser)).status).toBe(429);
    const served = await lookup(token, visitor);
    expect([served.status, served.body.data?.trackingPage.__typename, upstreamOf(served)]).toEqual([200, 'TrackingPage', replica(1).address]);
    // The limits are the cluster's (counted in Redis): the other replica refuses the guesser too.
    const elsewhere = await lookup(token, guesser, 2);
    expect([elsewhere.status, upstreamOf(elsewhere)]).toEqual([429, replica(2).address]);
    expect((await lookup(token, visitor, 2)).status).toBe(200);
  });

  it(`keeps a live socket open past proxy_read_timeout (${PROXY_READ_TIMEOUT_S} s here) with keep-alive, and nginx closes a silent one`, async () => {
    const kept = openPage(replica(2).pinnedUrl, token, 500);
    // The server pings every 12 s: far inside docker/nginx.conf's 1 h, far outside this 2 s.
    const silent = openPage(replica(2).pinnedUrl, token, 0);
    try {
      await eventually(() => kept.upstream !== undefined && silent.upstream !== undefined, { timeoutMs: 5_000, what: 'both sockets upgraded' });
      await eventually(
        async () => {
          await report(53.001);
          return kept.positions.includes(53.001) && silent.positions.includes(53.001);
        },
        { timeoutMs: 10_000, intervalMs: 100, what: 'both pages live' },
      );
      await eventually(() => silent.closed.length > 0, { timeoutMs: (PROXY_READ_TIMEOUT_S + 3) * 1000, what: 'nginx closing the silent socket' });
      await new Promise((r) => setTimeout(r, 3 * PROXY_READ_TIMEOUT_S * 1000));
      expect(kept.closed).toEqual([]);
      await report(53.002);
      await eventually(() => kept.positions.includes(53.002), { timeoutMs: 5_000, what: 'the kept socket still live' });
    } finally {
      await kept.client.dispose();
      await silent.client.dispose();
    }
  });

  it('stops all of it on Ctrl-C', async () => {
    const exited = new Promise<number | null>((resolve) => cluster!.once('exit', (code) => resolve(code)));
    cluster!.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(pids().filter(alive)).toEqual([]);
    for (const url of [info.url, ...info.replicas.flatMap((r) => [r.url, r.pinnedUrl]), info.redisUrl.replace(/^redis/, 'http')]) {
      expect([url, await portAnswers(url)]).toEqual([url, false]);
    }
  });
});
