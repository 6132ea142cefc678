import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../src/config';
import { startServer, type RunningServer } from '../src/server';
import { eventually, GiveUp } from './eventually';

// What an operator sees: Prometheus metrics behind a token (or on a port of their own), a request
// id on every log line of a request, and OpenTelemetry traces when a collector is configured —
// none of them holding a token.

jest.setTimeout(90_000);

const METRIC_NAMES = [
  'tracklink_http_request_duration_seconds',
  'tracklink_graphql_operation_duration_seconds',
  'tracklink_websocket_connections',
  'tracklink_live_subscriptions',
  'tracklink_live_fanout_seconds',
  'tracklink_bus_events_total',
  'tracklink_positions_total',
  'tracklink_pallet_scans_total',
  'tracklink_outbox_pending',
  'tracklink_outbox_oldest_pending_age_seconds',
  'tracklink_outbox_sends_total',
  'tracklink_rate_limited_total',
  'tracklink_db_pool_connections',
  'tracklink_db_pool_wait_seconds',
  'tracklink_dependency_up',
  'process_cpu_seconds_total',
  'process_resident_memory_bytes',
  'nodejs_eventloop_lag_seconds',
];
const TOKEN = 'metrics-token-0123456789abcdef';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const databases: string[] = [];
async function freshDatabase(): Promise<string> {
  const name = `tracklink_obs_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  databases.push(name);
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}
afterAll(async () => {
  const admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

const baseEnv = (databaseUrl: string) => ({
  NODE_ENV: 'test',
  PORT: '0',
  HOST: '127.0.0.1',
  DATABASE_URL: databaseUrl,
  ADMIN_EMAIL: 'obs-admin@test.local',
  ADMIN_PASSWORD: 'obs-admin-pass-2026',
  SEED_DEMO: 'false',
  APP_SECRET: 'observability-secret-observability-0123',
});

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { res, data: body.data! };
}

/** A tenant with the integration on, a consignment in transit with its link, and a driver. */
async function givenTracking(url: string) {
  const login = async (e: string, p: string) => (await gql(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e, p })).data.login.token as string;
  const platform = await login('obs-admin@test.local', 'obs-admin-pass-2026');
  const tenant = (await gql(url, 'mutation($i: CreateTenantInput!) { createTenant(input: $i) { id } }', { i: { name: 'Obs Haulage', country: 'NL', adminEmail: 'obs@test.local', adminPassword: 'obs-tenant-pass-2026' } }, platform)).data.createTenant.id;
  await gql(url, 'mutation($t: ID!) { setTrackingIntegration(tenantId: $t, enabled: true) { id } }', { t: tenant }, platform);
  const admin = await login('obs@test.local', 'obs-tenant-pass-2026');
  const order = (
    await gql(
      url,
      'mutation($i: CreateOrderInput!) { createOrder(input: $i) { consignments { id trackingLinks { url } } } }',
      {
        i: {
          reference: 'ORD-OBS',
          consignments: [
            {
              reference: 'CN-OBS',
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
  ).data.createOrder;
  const driver = (await gql(url, 'mutation($i: CreateDriverInput!) { createDriver(input: $i) { token } }', { i: { name: 'Obs Driver' } }, admin)).data.createDriver.token as string;
  const linkToken = (order.consignments[0].trackingLinks[0].url as string).split('/t/')[1];
  return { admin, driver, linkToken, secrets: [platform, admin, driver, linkToken, 'obs-admin-pass-2026', 'obs-tenant-pass-2026'] };
}

describe('metrics and request ids', () => {
  let server: RunningServer;
  const lines: string[] = [];
  beforeAll(async () => {
    server = await startServer(loadConfig({ ...baseEnv(await freshDatabase()), METRICS_TOKEN: TOKEN, LOG_LEVEL: 'debug' }), { logSink: (l) => void lines.push(l) });
  });
  afterAll(() => server.close());

  it('serves every metric behind the token, counting what happened, with no token in any series', async () => {
    const { driver, linkToken, secrets } = await givenTracking(server.url);
    await gql(server.url, 'mutation($p: [PositionInput!]!) { reportPositions(positions: $p) { accepted } }', { p: [{ clientId: 'm1', latitude: 51, longitude: 5, recordedAt: new Date().toISOString() }, { clientId: 'm2', latitude: 200, longitude: 5, recordedAt: new Date().toISOString() }] }, driver);
    await fetch(`${server.url}/public/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query($t: String!) { trackingPage(token: $t) { __typename } }', variables: { t: linkToken } }) });
    await fetch(`${server.url}/t/${linkToken}`);

    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    const res = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    const text = await res.text();
    for (const name of METRIC_NAMES) expect([name, text.includes(`# TYPE ${name} `)]).toEqual([name, true]);
    expect(text).toMatch(/tracklink_positions_total\{result="accepted"\} 1\b/);
    expect(text).toMatch(/tracklink_positions_total\{result="refused"\} 1\b/);
    expect(text).toMatch(/tracklink_graphql_operation_duration_seconds_count\{endpoint="public",operation="anonymous",type="query",outcome="ok"\} 1\b/);
    expect(text).toMatch(/tracklink_http_request_duration_seconds_count\{route="\/t\/:token",method="GET",status_class="[245]xx"\} 1\b/);
    expect(text).toMatch(/tracklink_dependency_up\{dependency="database"\} 1\b/);
    for (const secret of secrets) expect(text).not.toContain(secret);
    for (const secret of secrets) expect(lines.join('\n')).not.toContain(secret);
  });

  it('gives every request an id, sent back and on every line it logs; a trusted proxy may give it', async () => {
    const own = await fetch(`${server.url}/readyz`);
    expect(own.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    lines.length = 0;
    // From loopback, which TRUST_PROXY trusts by default, as nginx would send it.
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'nginx-req-42' },
      body: JSON.stringify({ query: 'query Probe { __typename }' }),
    });
    expect(res.headers.get('x-request-id')).toBe('nginx-req-42');
    const ofRequest = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.requestId === 'nginx-req-42');
    expect(ofRequest).toContainEqual(expect.objectContaining({ msg: 'request answered', route: '/graphql', status: 200, operation: 'Probe', method: 'POST' }));
    // A header that could forge a log line is not taken.
    const forged = await fetch(`${server.url}/readyz`, { headers: { 'x-request-id': 'a "forged" id' } });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

it('serves metrics on a port of their own, and none on the main port without a token', async () => {
  const metricsPort = await freePort();
  const server = await startServer(loadConfig({ ...baseEnv(await freshDatabase()), METRICS_PORT: String(metricsPort), LOG_LEVEL: 'silent' }));
  try {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
    const res = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('# TYPE tracklink_http_request_duration_seconds histogram');
  } finally {
    await server.close();
  }
});

describe('tracing', () => {
  it('sends spans of HTTP, GraphQL and SQL to the collector, with the trace id on the log lines, and no token', async () => {
    interface Span { traceId: string; name: string; attributes: Array<{ key: string; value: Record<string, unknown> }> }
    const spans: Span[] = [];
    const bodies: string[] = [];
    const collector = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        bodies.push(body);
        try {
          const parsed = JSON.parse(body) as { resourceSpans: Array<{ scopeSpans: Array<{ spans: Span[] }> }> };
          for (const r of parsed.resourceSpans) for (const s of r.scopeSpans) spans.push(...s.spans);
        } catch {
          /* not JSON: counted below */
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', () => resolve()));
    const collectorUrl = `http://127.0.0.1:${(collector.address() as net.AddressInfo).port}`;
    const port = await freePort();
    let output = '';
    const child: ChildProcess = spawn(process.execPath, [path.resolve(__dirname, '..', 'dist', 'main.js')], {
      env: { ...process.env, ...baseEnv(await freshDatabase()), PORT: String(port), LOG_LEVEL: 'info', LOG_FORMAT: 'json', OTEL_EXPORTER_OTLP_ENDPOINT: collectorUrl, OTEL_BSP_SCHEDULE_DELAY: '200' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    try {
      const url = `http://127.0.0.1:${port}`;
      await eventually(
        async () => {
          if (child.exitCode !== null) throw new GiveUp(`the server exited:\n${output}`);
          return fetch(`${url}/healthz`).then((r) => r.ok, () => false);
        },
        { timeoutMs: 30_000, intervalMs: 100, what: 'the traced server to start' },
      );
      const { linkToken, secrets } = await givenTracking(url);
      await fetch(`${url}/t/${linkToken}`);
      await fetch(`${url}/public/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query Page($t: String!) { trackingPage(token: $t) { __typename } }', variables: { t: linkToken } }) });
      // Spans go out in batches; on a busy machine the last one may take a few seconds.
      const names = await eventually(
        () => {
          const seen = new Set(spans.map((s) => s.name));
          expect([...seen]).toEqual(expect.arrayContaining(['POST /graphql', 'POST /public/graphql', 'GET /t/:token']));
          return seen;
        },
        { timeoutMs: 20_000, intervalMs: 100, what: 'the spans of every request' },
      );
      expect(names.size).toBeGreaterThan(3);
      expect(spans.some((s) => s.name.startsWith('query') || s.name.startsWith('mutation') || s.name.startsWith('graphql'))).toBe(true);
      expect(spans.some((s) => s.attributes.some((a) => a.key === 'db.system' || a.key === 'db.system.name'))).toBe(true);
      for (const secret of secrets) expect(bodies.join('\n')).not.toContain(secret);
      const logged = output
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as { msg?: string; traceId?: string; route?: string });
      const answered = logged.filter((l) => l.msg === 'request answered' && l.route === '/public/graphql');
      expect(answered.length).toBeGreaterThan(0);
      expect(spans.map((s) => s.traceId)).toContain(answered[0].traceId);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      collector.close();
    }
  });
});
