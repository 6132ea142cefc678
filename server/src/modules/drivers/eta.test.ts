import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { distanceKm } from '@tracklink/shared';
import { REPORT_POSITIONS, SET_CONSIGNMENT_STATUS, UPDATE_STOP, type TrackingUpdate } from '../../../test/documents';
import { givenConsignmentInTransit, givenConsignmentWithDriver, givenTenant, position } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { publicGql, subscribeUpdates, untilStreams } from '../../../test/public-api';
import { doc } from '../../../test/typed-document';
import { trackSpeedKmh } from './eta.service';
import { runInRequest } from '../../observability/request-context';

const DELIVERY = { latitude: 48.14, longitude: 11.46 };

const ESTIMATES = doc<{ consignment: { stops: Array<{ estimatedArrival: string | null }> } | null }, { id: string }>(
  'query($id: ID!) { consignment(id: $id) { stops { estimatedArrival } } }',
);

/** The estimates of a consignment's stops, once the ETA service has caught up. */
async function estimatesOf(app: TestApp, token: string, consignmentId: string): Promise<Array<string | null>> {
  await app.server.services.eta.idle();
  const { consignment } = await app.ok(ESTIMATES, { id: consignmentId }, token);
  if (!consignment) throw new Error(`consignment ${consignmentId} is not visible`);
  return consignment.stops.map((s) => s.estimatedArrival);
}

async function onTheRoad(app: TestApp) {
  const tenant = await givenTenant(app, { tracking: true });
  const { consignment: c, driver, token } = await givenConsignmentInTransit(app, tenant);
  // The pickup is behind the truck: the next stop is the delivery.
  await app.ok(UPDATE_STOP, { stopId: c.stops[0].id, input: { actualArrival: '2026-01-01T06:00:00Z', actualDeparture: '2026-01-01T07:00:00Z' } }, tenant.adminToken);
  const eta = async () => {
    const delivery = (await estimatesOf(app, tenant.adminToken, c.id))[1];
    return delivery ? new Date(delivery).getTime() : null;
  };
  return { tenant, c, driver, token, eta };
}

describe('live ETA from recent speed', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ PUBLIC_RATE_LIMIT: '100000' });
  });
  afterAll(() => app.close());

  it('measures speed over a track', () => {
    const t0 = new Date('2026-01-01T10:00:00Z');
    const a = { latitude: 50, longitude: 8, recordedAt: t0 };
    const b = { latitude: 50.1, longitude: 8, recordedAt: new Date(t0.getTime() + 10 * 60_000) };
    expect(trackSpeedKmh([a, b])).toBeCloseTo(distanceKm(a, b) * 6, 5);
    expect(trackSpeedKmh([a])).toBeNull();
  });

  it('recomputes the next stop ETA from distance over the recent speed and pushes it to open pages', async () => {
    const { driver, token, eta } = await onTheRoad(app);
    const sub = subscribeUpdates(app, token);
    try {
      await untilStreams(app, 1);
      const now = Date.now();
      const start = { latitude: 49.9, longitude: 8.6 };
      const later = { latitude: 49.8, longitude: 8.75 };
      const minutes = 10;
      await app.ok(REPORT_POSITIONS, { positions: [{ clientId: 'e1', ...start, recordedAt: new Date(now - minutes * 60_000).toISOString() }] }, driver.token);
      await app.ok(REPORT_POSITIONS, { positions: [{ clientId: 'e2', ...later, recordedAt: new Date(now).toISOString() }] }, driver.token);
      const speed = Math.min(Math.max(distanceKm(start, later) / (minutes / 60), 20), 120);
      const expected = now + (distanceKm(later, DELIVERY) / speed) * 3_600_000;
      const got = await eta();
      expect(got).not.toBeNull();
      expect(Math.abs(got! - expected)).toBeLessThan(1000);
      // The first position gave an estimate too (at the default speed); the page ends on the second.
      const near = (u: TrackingUpdate) =>
        u.kind === 'CHANGED' && u.page?.__typename === 'TrackingPage' && Math.abs(new Date(u.page.stops[1]?.estimatedArrival ?? 0).getTime() - expected) < 1000;
      await sub.until(() => sub.updates.some(near), 1000, 'CHANGED with the new ETA');
    } finally {
      await sub.close();
    }
  });

  it('estimates for a consignment in transit only, from the first position after it sets off', async () => {
    const tenant = await givenTenant(app, { tracking: true });
    const { consignment: c, driver } = await givenConsignmentWithDriver(app, tenant, { status: 'PLANNED' });
    const estimates = () => estimatesOf(app, tenant.adminToken, c.id);
    await app.ok(REPORT_POSITIONS, { positions: [position('p1', 51.9, 4.1)] }, driver.token);
    expect(await estimates()).toEqual([null, null]);
    await app.ok(SET_CONSIGNMENT_STATUS, { consignmentId: c.id, status: 'IN_TRANSIT' }, tenant.adminToken);
    await app.ok(REPORT_POSITIONS, { positions: [position('p2', 51.9, 4.2)] }, driver.token);
    const [pickup, delivery] = await estimates();
    expect(pickup).not.toBeNull();
    expect(delivery).toBeNull();
  });

  it('uses 60 km/h without a track, and leaves an ETA that moves by less than a minute alone', async () => {
    const { driver, eta, c } = await onTheRoad(app);
    const at = Date.now();
    const here = { latitude: 49.0, longitude: 10.0 };
    await app.ok(REPORT_POSITIONS, { positions: [{ clientId: 'f1', ...here, recordedAt: new Date(at).toISOString() }] }, driver.token);
    const first = await eta();
    expect(Math.abs(first! - (at + (distanceKm(here, DELIVERY) / 60) * 3_600_000))).toBeLessThan(1000);
    const [{ updated_at: before }] = await app.sql('SELECT updated_at FROM consignments WHERE id = $1', [c.id]);
    // Ten seconds later, barely moved: the estimate shifts by seconds, not a minute.
    await app.ok(REPORT_POSITIONS, { positions: [{ clientId: 'f2', latitude: 49.0001, longitude: 10.0001, recordedAt: new Date(at + 10_000).toISOString() }] }, driver.token);
    expect(await eta()).toBe(first);
    const [{ updated_at: after }] = await app.sql('SELECT updated_at FROM consignments WHERE id = $1', [c.id]);
    expect(after).toEqual(before);
  });
});

const WINDOWS = doc<
  { consignment: { stops: Array<{ estimatedArrival: string | null; etaEarliest: string | null; etaLatest: string | null }> } | null },
  { id: string }
>('query($id: ID!) { consignment(id: $id) { stops { estimatedArrival etaEarliest etaLatest } } }');
const PAGE_WINDOW = doc<
  { trackingPage: { __typename: string; stops?: Array<{ etaEarliest: string | null; etaLatest: string | null }> } },
  { token: string }
>('query($token: String!) { trackingPage(token: $token) { __typename ... on TrackingPage { stops { etaEarliest etaLatest } } } }');

describe('the ETA window', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ PUBLIC_RATE_LIMIT: '100000' });
  });
  afterAll(() => app.close());

  /** The delivery stop's ETA and window (ms), once the ETA service has caught up. */
  async function windowOf(token: string, consignmentId: string) {
    await app.server.services.eta.idle();
    const { consignment } = await app.ok(WINDOWS, { id: consignmentId }, token);
    const s = consignment!.stops[1];
    return { eta: Date.parse(s.estimatedArrival!), earliest: Date.parse(s.etaEarliest!), latest: Date.parse(s.etaLatest!), raw: s };
  }

  /** A drive south towards the delivery, a position a minute, alternating 30 and 90 km/h, ending `endKm` north of it. */
  async function drive(driverToken: string, prefix: string, endKm: number, minutes: number, endAt: number) {
    let km = endKm + (minutes / 2) * (0.5 + 1.5);
    for (let i = 0; i <= minutes; i++) {
      const recordedAt = new Date(endAt - (minutes - i) * 60_000).toISOString();
      await app.ok(REPORT_POSITIONS, { positions: [{ clientId: `${prefix}-${i}`, latitude: DELIVERY.latitude + km / 111.2, longitude: DELIVERY.longitude, recordedAt }] }, driverToken);
      km -= i % 2 ? 1.5 : 0.5;
    }
  }

  it('holds the ETA, is rounded to 5 minutes, narrows as the truck nears, and shows on the page', async () => {
    const { tenant, c, driver, token } = await onTheRoad(app);
    const now = Date.now();
    await drive(driver.token, 'far', 60, 30, now - 30 * 60_000);
    const far = await windowOf(tenant.adminToken, c.id);
    expect(far.earliest).toBeLessThanOrEqual(far.eta);
    expect(far.latest).toBeGreaterThanOrEqual(far.eta);
    expect(far.earliest % 300_000).toBe(0);
    expect(far.latest % 300_000).toBe(0);
    // 60 km at 30..90 km/h: a wide window.
    expect(far.latest - far.earliest).toBeGreaterThan(30 * 60_000);

    await drive(driver.token, 'near', 3, 20, now);
    const near = await windowOf(tenant.adminToken, c.id);
    expect(near.latest - near.earliest).toBeLessThan(far.latest - far.earliest);
    expect(near.latest - near.earliest).toBeGreaterThanOrEqual(10 * 60_000);
    expect(near.earliest).toBeLessThanOrEqual(near.eta);
    expect(near.latest).toBeGreaterThanOrEqual(near.eta);

    // The page shows it with the estimated times; the server-rendered page says so.
    const page = (await publicGql(app, PAGE_WINDOW, { token })).body.data!.trackingPage;
    expect(page.stops![1]).toEqual({ etaEarliest: near.raw.etaEarliest, etaLatest: near.raw.etaLatest });
    const html = await (await fetch(`${app.url}/t/${token}`, { headers: { 'accept-language': 'en' } })).text();
    expect(html).toMatch(/Expected [^<]*\d\d:\d\d/);
    const nl = await (await fetch(`${app.url}/t/${token}`, { headers: { 'accept-language': 'nl' } })).text();
    expect(nl).toContain('Verwacht ');

    // The window costs no statement of its own: recomputing from the same newest position reads
    // the next stops, the newest position and the recent track, and (nothing moved) writes nothing.
    const last = { tenantId: tenant.id, driverId: driver.id, latitude: DELIVERY.latitude + 3 / 111.2, longitude: DELIVERY.longitude, heading: null, speedKmh: null, recordedAt: new Date(now), inTransit: true };
    // Counted in a context of its own, so a background worker's poll meanwhile is not.
    const before = app.server.db.queries.inRequests;
    await runInRequest({ requestId: 'eta-window' }, () => app.server.services.eta.update(last));
    expect(app.server.db.queries.inRequests - before).toBe(3);
    expect((await windowOf(tenant.adminToken, c.id)).raw).toEqual(near.raw);

    // A typed-in ETA has no window.
    await app.ok(UPDATE_STOP, { stopId: c.stops[1].id, input: { estimatedArrival: new Date(now + 3_600_000).toISOString() } }, tenant.adminToken);
    expect((await publicGql(app, PAGE_WINDOW, { token })).body.data!.trackingPage.stops![1]).toEqual({ etaEarliest: null, etaLatest: null });
  });
});

describe('live ETA from a routing service', () => {
  let app: TestApp;
  let routing: http.Server;
  const asked: string[] = [];
  beforeAll(async () => {
    routing = http.createServer((req, res) => {
      asked.push(req.url ?? '');
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ code: 'Ok', routes: [{ duration: 5400, distance: 150000 }] }));
    });
    await new Promise<void>((r) => routing.listen(0, '127.0.0.1', r));
    app = await startTestApp({ ROUTING_URL: `http://127.0.0.1:${(routing.address() as AddressInfo).port}` });
  });
  afterAll(async () => {
    await app.close();
    await new Promise((r) => routing.close(r));
  });

  it("takes the route's duration", async () => {
    const { driver, eta } = await onTheRoad(app);
    const at = Date.now();
    await app.ok(REPORT_POSITIONS, { positions: [{ clientId: 'r1', latitude: 49.5, longitude: 9.5, recordedAt: new Date(at).toISOString() }] }, driver.token);
    expect(await eta()).toBe(at + 5_400_000);
    expect(asked[0]).toBe(`/route/v1/driving/9.5,49.5;${DELIVERY.longitude},${DELIVERY.latitude}?overview=false`);
  });
});
