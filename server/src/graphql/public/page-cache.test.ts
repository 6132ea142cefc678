import http from 'node:http';
import { Client } from 'pg';
import zlib from 'node:zlib';
import {
  ADD_NOTE,
  ASSIGN_DRIVER,
  ADD_PHOTO,
  DELETE_CONSIGNMENT,
  RECORD_PALLET_SCANS,
  REPORT_POSITIONS,
  REVOKE_TRACKING_LINK,
  TRACKING_PAGE,
  UPDATE_STOP,
  UPDATE_TEMPLATE,
  UPDATE_TENANT_SETTINGS,
  UPDATE_TRACKING_LINK,
  type CreatedConsignment,
} from '../../../test/documents';
import { givenActiveLink, givenConsignment, givenConsignmentInTransit, givenTenant, position, setBilling, stop, type TenantFixture } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { PAGE_VERSION_BY_TOKEN, pageVersionByTokenKnown } from '../../modules/public-tracking/public-tracking.sql';

// The public page answered from its built bytes: one statement per request, a new build after
// any change of what the page shows, and never a page of a link that stopped being available.

const LIMITS = { PUBLIC_RATE_LIMIT: '1000000', PUBLIC_MISS_LIMIT: '1000000' };

/** The page's answer as the endpoint sent it, byte for byte. */
async function pageText(app: TestApp, token: string): Promise<string> {
  const res = await fetch(`${app.url}/public/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: TRACKING_PAGE.text, variables: { token } }),
  });
  expect(res.status).toBe(200);
  return res.text();
}

/** A proof-of-delivery URL is signed when its page is built: the same page built a second later differs only there. */
const unsigned = (text: string) => text.replace(/exp=\d+&sig=[A-Za-z0-9_-]+/g, 'exp=&sig=');

const isPage = (text: string) => text.includes('"__typename":"TrackingPage"');

/**
 * Readers (eight per replica) ask for the page while `end` makes it unavailable; no request
 * that began after `end` returned (its change committed) may get the page.
 */
async function readWhileEnding(replicas: TestApp[], token: string, end: () => Promise<unknown>): Promise<void> {
  let committed = 0;
  let stop = false;
  const late: string[] = [];
  let served = 0;
  const reader = async (replica: TestApp) => {
    while (!stop) {
      const startedAt = performance.now();
      const text = await pageText(replica, token);
      served++;
      if (committed && startedAt > committed && isPage(text)) late.push(text.slice(0, 80));
    }
  };
  const readers = replicas.flatMap((replica) => Array.from({ length: 8 }, () => reader(replica)));
  await new Promise((resolve) => setTimeout(resolve, 150));
  await end();
  committed = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 300));
  stop = true;
  await Promise.all(readers);
  expect(served).toBeGreaterThan(16);
  expect(late).toEqual([]);
  for (const replica of replicas) expect(isPage(await pageText(replica, token))).toBe(false);
}

describe('the public page cache', () => {
  let app: TestApp;
  /** The same database, no cache: what the page is now. */
  let plain: TestApp;
  let tenant: TenantFixture;
  beforeAll(async () => {
    app = await startTestApp(LIMITS);
    plain = await startTestApp({ ...LIMITS, PAGE_CACHE_MAX_BYTES: '0' }, app);
    tenant = await givenTenant(app, { tracking: true });
  });
  afterAll(async () => {
    await plain.close();
    await app.close();
  });

  it('answers a page seen before in one statement, with the same bytes', async () => {
    const { token } = await givenConsignmentInTransit(app, tenant);
    const cache = app.server.pageCache!;
    const first = await pageText(app, token);
    const misses = cache.counts.miss;
    const before = app.server.db.queries.inRequests;
    for (let i = 0; i < 10; i++) expect(await pageText(app, token)).toBe(first);
    expect(app.server.db.queries.inRequests - before).toBe(10);
    expect(cache.counts.miss).toBe(misses);
    expect(first).toBe(await pageText(plain, token));
  });

  it('answers a hit with the headers and encoding of a miss, for every Accept-Encoding', async () => {
    const { token } = await givenConsignmentInTransit(app, tenant);
    const raw = (target: TestApp, acceptEncoding?: string) =>
      new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        const body = JSON.stringify({ query: TRACKING_PAGE.text, variables: { token } });
        const req = http.request(`${target.url}/public/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: 'http://localhost', ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) },
        }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end(body);
      });
    const decoded = ({ headers, body }: { headers: http.IncomingHttpHeaders; body: Buffer }) =>
      unsigned((headers['content-encoding'] === 'br' ? zlib.brotliDecompressSync(body) : headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(body)
        : headers['content-encoding'] === 'deflate' ? zlib.inflateSync(body) : body).toString('utf8'));
    // What differs between any two answers: the request, the time, the count left and its window, how the length is told.
    const comparable = (headers: http.IncomingHttpHeaders) => {
      const { date, 'x-request-id': _id, ratelimit, 'content-length': _length, 'transfer-encoding': _chunked, connection: _c, 'keep-alive': _k, ...rest } = headers;
      return { ...rest, ratelimit: String(ratelimit).replace(/([rt])=\d+/g, '$1=') };
    };
    const misses = app.server.pageCache!.counts.miss;
    await raw(app);
    for (const acceptEncoding of [undefined, 'br', 'gzip, deflate, br', 'gzip', 'deflate', 'br;q=0, gzip', 'identity', '*']) {
      const hit = await raw(app, acceptEncoding);
      const built = await raw(plain, acceptEncoding);
      expect({ acceptEncoding, headers: comparable(hit.headers) }).toEqual({ acceptEncoding, headers: comparable(built.headers) });
      expect(decoded(hit)).toBe(decoded(built));
      if (acceptEncoding === 'br') expect(hit.headers['content-encoding']).toBe('br');
    }
    expect(app.server.pageCache!.counts.miss).toBe(misses + 1);
    // Without an Origin (no browser's cross-origin call), CORS adds Origin to Vary and allows no origin.
    const noOrigin = await fetch(`${app.url}/public/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: TRACKING_PAGE.text, variables: { token } }) });
    expect(noOrigin.headers.get('vary')).toMatch(/^Origin(, Accept-Encoding)?$/);
    expect(noOrigin.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("counts a visitor's view in the cached request's one statement, once per half hour", async () => {
    const { token, link } = await givenConsignmentInTransit(app, tenant);
    const views = async () => Number((await app.sql<{ view_count: number }>('SELECT view_count FROM tracking_links WHERE id = $1', [link.id]))[0].view_count);
    const from = (visitor: string) =>
      fetch(`${app.url}/public/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': visitor },
        body: JSON.stringify({ query: TRACKING_PAGE.text, variables: { token } }),
      }).then((res) => res.text());
    // The server-rendered HTML counts none; the page's first query does (the link's first view).
    await fetch(`${app.url}/t/${token}`);
    expect(await views()).toBe(0);
    await from('203.0.113.1');
    expect(await views()).toBe(1);
    const before = app.server.db.queries.inRequests;
    await from('203.0.113.1'); // the same visitor again: no view
    await from('203.0.113.2'); // another: counted in the same statement
    expect(app.server.db.queries.inRequests - before).toBe(2);
    expect(await views()).toBe(2);
    expect(app.server.pageCache!.counts.hit_local).toBeGreaterThan(0);
  });

  it('builds the page again after every kind of change of what it shows', async () => {
    const { token, consignment, link, driver } = await givenConsignmentInTransit(app, tenant, {
      stops: [stop('PICKUP'), stop('DELIVERY', { plannedArrival: new Date(Date.now() + 3_600_000).toISOString() })],
      cargo: [{ description: 'Pallets of tiles', quantity: 4, packagingType: 'PALLET' }],
    });
    const sql = (text: string, params: unknown[]) => app.sql(text, params);
    let other: CreatedConsignment | undefined;
    const changes: Array<[string, () => Promise<unknown>]> = [
      ['a stop', () => app.ok(UPDATE_STOP, { stopId: consignment.stops[1].id, input: { estimatedArrival: new Date(Date.now() + 7_200_000).toISOString() } }, tenant.adminToken)],
      ['another consignment of the driver (stops before yours)', async () => {
        other = await givenConsignment(app, tenant.adminToken, {
          status: 'PLANNED',
          stops: [stop('PICKUP', { plannedArrival: new Date(Date.now() + 600_000).toISOString() }), stop('DELIVERY', { plannedArrival: new Date(Date.now() + 1_200_000).toISOString() })],
        });
        await app.ok(ASSIGN_DRIVER, { consignmentId: other.id, driverId: driver.id }, tenant.adminToken);
      }],
      ["a stop of the driver's other consignment", () => app.ok(UPDATE_STOP, { stopId: other!.stops[1].id, input: { estimatedArrival: new Date(Date.now() + 5 * 3_600_000).toISOString() } }, tenant.adminToken)],
      ['the consignment', () => sql('UPDATE consignments SET reference = reference || $2 WHERE id = $1', [consignment.id, '-B'])],
      ['cargo', () => sql('UPDATE cargo_lines SET quantity = 9 WHERE consignment_id = $1', [consignment.id])],
      ['a pallet scan', () => app.ok(RECORD_PALLET_SCANS, { scans: [{ clientId: 'scan-1', consignmentId: consignment.id, palletBarcode: 'PAL-0001', event: 'LOADED', scannedAt: new Date().toISOString() }] }, driver.token)],
      ['the driver position', async () => {
        await app.ok(REPORT_POSITIONS, { positions: [position('p-2', 51.5, 4.5)] }, driver.token);
        await app.server.services.eta.idle(); // the live ETA it moves, after the commit
      }],
      ['the link options', () => app.ok(UPDATE_TRACKING_LINK, { linkId: link.id, input: { showNotes: true, showPhotos: true, showFeedback: true, showProofOfDelivery: true } }, tenant.adminToken)],
      ['a note', () => app.ok(ADD_NOTE, { consignmentId: consignment.id, input: { scope: 'CUSTOMER', text: 'Ring twice' } }, tenant.adminToken)],
      ['a photo', () => app.ok(ADD_PHOTO, { consignmentId: consignment.id, input: { url: 'https://img.example/1.jpg', customerVisible: true } }, tenant.adminToken)],
      ['the feedback', async () => {
        const res = await fetch(`${app.url}/public/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token, instructions: 'Leave at the back door' }) });
        expect(res.status).toBe(200);
      }],
      ['a proof of delivery', () => sql(
        `INSERT INTO proofs_of_delivery (tenant_id, consignment_id, stop_id, receiver_name, delivered_at, recorded_by, fingerprint)
         VALUES ($1, $2, $3, 'J. Receiver', now(), 'staff', 'f1')`, [tenant.id, consignment.id, consignment.stops[1].id])],
      ['the template', () => app.ok(UPDATE_TEMPLATE, { input: { showCargo: false } }, tenant.adminToken)],
      ['the tenant branding', () => app.ok(UPDATE_TENANT_SETTINGS, { input: { brandColor: '#123456' } }, tenant.adminToken)],
      ['a custom field label', async () => {
        await app.ok(UPDATE_TRACKING_LINK, { linkId: link.id, input: { showCustomFields: true } }, tenant.adminToken);
        await sql("UPDATE consignments SET custom_fields = '{\"dock\": \"7\"}' WHERE id = $1", [consignment.id]);
        await pageText(app, token);
        await sql("INSERT INTO custom_field_definitions (tenant_id, key, label) VALUES ($1, 'dock', 'Dock door')", [tenant.id]);
      }],
      ['the order customer', async () => {
        const [order] = await sql('SELECT order_id FROM consignments WHERE id = $1', [consignment.id]);
        const [customer] = await sql("INSERT INTO customers (tenant_id, name, name_key) VALUES ($1, 'Acme', 'acme') RETURNING id", [tenant.id]);
        await sql("INSERT INTO tracking_link_templates (tenant_id, customer_id, sections) VALUES ($1, $2, '{\"showPalletScans\": false}')", [tenant.id, customer.id]);
        await pageText(app, token);
        await sql('UPDATE orders SET customer_id = $2 WHERE id = $1', [order.order_id, customer.id]);
      }],
    ];
    for (const [kind, change] of changes) {
      const before = await pageText(app, token);
      expect(await pageText(app, token)).toBe(before); // kept
      await change();
      const after = await pageText(app, token);
      expect({ kind, changed: after !== before }).toEqual({ kind, changed: true });
      expect({ kind, page: unsigned(after) }).toEqual({ kind, page: unsigned(await pageText(plain, token)) });
    }
  });

  const goneWays: Array<[string, (f: Awaited<ReturnType<typeof givenConsignmentInTransit>>, t: TenantFixture) => Promise<unknown>]> = [
    ['revoked', (f, t) => app.ok(REVOKE_TRACKING_LINK, { linkId: f.link.id }, t.adminToken)],
    ['expired', (f) => app.sql("UPDATE tracking_links SET expires_at = now() - interval '1 second' WHERE id = $1", [f.link.id])],
    ['locked', (_f, t) => setBilling(app, t.id, 'LOCKED')],
    ['deleted', (f, t) => app.ok(DELETE_CONSIGNMENT, { consignmentId: f.consignment.id }, t.adminToken)],
  ];

  it.each(goneWays)('never answers with the page once its link is %s, under concurrent reads', async (_way, end) => {
    const own = await givenTenant(app, { tracking: true });
    const fixture = await givenConsignmentInTransit(app, own);
    expect(isPage(await pageText(app, fixture.token))).toBe(true);
    await readWhileEnding([app], fixture.token, () => end(fixture, own));
  });

  it("moves a page's version with every batch that moves the driver's newest position, and with no other", async () => {
    const { token, driver } = await givenConsignmentInTransit(app, tenant);
    const version = async () => Number((await app.sql<{ v: string }>('SELECT position_version AS v FROM drivers WHERE id = $1', [driver.id]))[0].v);
    const cache = app.server.pageCache!;
    const report = (clientId: string, latitude: number, recordedAt: Date) =>
      app.ok(REPORT_POSITIONS, { positions: [position(clientId, latitude, 4.5, { recordedAt: recordedAt.toISOString() })] }, driver.token);
    await report('v-1', 51.1, new Date(Date.now() - 60_000));
    await app.server.services.eta.idle();
    const first = await version();
    expect(await pageText(app, token)).toContain('51.1');
    // A newer position: the version moves, the page is built again and shows it.
    const at = new Date(Date.now() - 30_000);
    await report('v-2', 51.2, at);
    await app.server.services.eta.idle();
    const second = await version();
    expect(second).toBeGreaterThan(first);
    expect(await pageText(app, token)).toContain('51.2');
    // A late position (older than the newest) and a replay move nothing: the next read is a hit.
    const misses = cache.counts.miss;
    await report('v-0', 51.0, new Date(Date.now() - 600_000));
    await report('v-2', 51.2, at);
    await app.server.services.eta.idle();
    expect(await version()).toBe(second);
    const text = await pageText(app, token);
    expect(text).toContain('51.2');
    expect(cache.counts.miss).toBe(misses);
  });

  it("plans a seen token's statement once per connection, with or without the driver's position, and gives the full statement's version", async () => {
    const parked = await givenActiveLink(app, tenant);
    const moving = await givenConsignmentInTransit(app, tenant);
    const client = new Client({ connectionString: app.databaseUrl });
    await client.connect();
    try {
      for (const { link } of [parked, moving]) {
        const [{ token_hash: hash }] = await app.sql<{ token_hash: string }>('SELECT token_hash FROM tracking_links WHERE id = $1', [link.id]);
        const { rows: [full] } = await client.query({ ...PAGE_VERSION_BY_TOKEN, values: [hash, false] });
        for (const countsStopsBefore of [false, true]) {
          for (const showsPosition of [false, true]) {
            const statement = pageVersionByTokenKnown(countsStopsBefore, showsPosition);
            for (let i = 0; i < 10; i++) await client.query({ ...statement, values: [hash, false] });
            const { rows: [plans] } = await client.query('SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE name = $1', [statement.name]);
            // PostgreSQL tries five custom plans, then keeps the generic one when it is no dearer
            // (the statements stay prepared for the second link: five custom plans in all).
            expect({ name: statement.name, custom: Number(plans.custom_plans) }).toEqual({ name: statement.name, custom: 5 });
            expect(Number(plans.generic_plans)).toBeGreaterThanOrEqual(5);
            if (countsStopsBefore === full.counts_stops_before && showsPosition === full.shows_position) {
              const { rows: [quick] } = await client.query({ ...statement, values: [hash, false] });
              expect(quick.version).toBe(full.version);
            }
          }
        }
      }
    } finally {
      await client.end();
    }
  });

  it('keeps no more bytes than its cap', async () => {
    const small = await startTestApp({ ...LIMITS, PAGE_CACHE_MAX_BYTES: '3000' }, app);
    try {
      const pages = [];
      for (let i = 0; i < 4; i++) pages.push(await givenConsignmentInTransit(app, tenant));
      const sizes = [];
      for (const { token } of pages) sizes.push(Buffer.byteLength(await pageText(small, token)));
      const cache = small.server.pageCache!;
      expect(Math.max(...sizes)).toBeLessThan(3000);
      expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(3000);
      expect(cache.bytes).toBeGreaterThan(0);
      expect(cache.bytes).toBeLessThanOrEqual(3000);
      // The newest page is kept; the oldest made room.
      const misses = cache.counts.miss;
      await pageText(small, pages[3].token);
      expect(cache.counts.miss).toBe(misses);
      await pageText(small, pages[0].token);
      expect(cache.counts.miss).toBe(misses + 1);
    } finally {
      await small.close();
    }
  });
});

describe('the public page cache across replicas', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    const shared = { ...LIMITS, REDIS_URL: 'redis://127.0.0.1:6379' };
    a = await startTestApp(shared);
    b = await startTestApp(shared, a);
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('serves on one replica what the other built, and neither after a revoke', async () => {
    const tenant = await givenTenant(a, { tracking: true });
    const { token, link } = await givenConsignmentInTransit(a, tenant);
    const built = await pageText(a, token);
    expect(a.server.pageCache!.counts.miss).toBe(1);
    const before = b.server.db.queries.inRequests;
    expect(await pageText(b, token)).toBe(built);
    expect(b.server.pageCache!.counts).toEqual({ hit_local: 0, hit_redis: 1, miss: 0 });
    expect(await pageText(b, token)).toBe(built);
    expect(b.server.pageCache!.counts.hit_local).toBe(1);
    // B counts the visitor's view once (its first request of the link), then one statement a request.
    expect(b.server.db.queries.inRequests - before).toBe(3);

    // Both replicas read it from their caches while A revokes the link: neither serves it after.
    await readWhileEnding([a, b], token, () => a.ok(REVOKE_TRACKING_LINK, { linkId: link.id }, tenant.adminToken));
    expect(a.server.pageCache!.counts.hit_local + b.server.pageCache!.counts.hit_local).toBeGreaterThan(16);
  });
});
