import { ASSIGN_DRIVER, TRACKING_PAGE, UPDATE_STOP, UPDATE_TRACKING_LINK } from '../../../test/documents';
import { givenConsignment, givenConsignmentInTransit, givenDriver, givenTenant, stop } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { publicGql } from '../../../test/public-api';

// "N stops before yours": the driver's other open stops (other consignments) whose ETA or
// planned time comes before a stop, as a count on the public page, and nothing else of them.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ PUBLIC_RATE_LIMIT: '100000' });
});
afterAll(() => app.close());

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

describe('stops before yours', () => {
  it("counts the driver's other open stops due first, shows the count, and carries nothing of them", async () => {
    const tenant = await givenTenant(app, { tracking: true });
    const { consignment: mine, driver, token, link } = await givenConsignmentInTransit(app, tenant, {
      stops: [stop('PICKUP'), stop('DELIVERY', { plannedArrival: inHours(3), plannedWindowEnd: inHours(4) })],
    });
    const other = (name: string, stops: ReturnType<typeof stop>[]) =>
      givenConsignment(app, tenant.adminToken, { status: 'PLANNED', customerReference: `PO-${name}`, stops });
    // B: both stops due before mine. C: pickup already served, delivery after mine.
    const b = await other('B', [
      stop('PICKUP', { name: 'Secret depot B', address: 'Hidden street 1', latitude: 50.1, longitude: 7.1, plannedArrival: inHours(0.5) }),
      stop('DELIVERY', { name: 'Private client B', address: 'Hidden street 2', latitude: 49.1, longitude: 9.1, plannedArrival: inHours(1), contactEmail: 'b@private.example' }),
    ]);
    const c = await other('C', [
      stop('PICKUP', { name: 'Secret depot C', plannedArrival: inHours(0.2) }),
      stop('DELIVERY', { name: 'Private client C', address: 'Hidden street 3', plannedArrival: inHours(5) }),
    ]);
    // Another driver's stop due first does not count.
    const d = await other('D', [stop('PICKUP', { plannedArrival: inHours(0.5) }), stop('DELIVERY', { plannedArrival: inHours(1) })]);
    for (const x of [b, c]) await app.ok(ASSIGN_DRIVER, { consignmentId: x.id, driverId: driver.id }, tenant.adminToken);
    await app.ok(ASSIGN_DRIVER, { consignmentId: d.id, driverId: (await givenDriver(app, tenant.adminToken)).id }, tenant.adminToken);
    await app.ok(UPDATE_STOP, { stopId: c.stops[0].id, input: { actualArrival: new Date(Date.now() - 60_000).toISOString() } }, tenant.adminToken);

    const page = async () => {
      const res = await publicGql(app, TRACKING_PAGE, { token });
      const p = res.body.data!.trackingPage;
      if (p.__typename !== 'TrackingPage') throw new Error('no page');
      return { stops: p.stops, raw: JSON.stringify(res.body) };
    };
    let { stops, raw } = await page();
    expect(stops.map((s) => s.stopsBefore)).toEqual([null, 2]); // the pickup has no time to order by
    for (const x of [b, c, d]) {
      expect(raw).not.toContain(x.id);
      expect(raw).not.toContain(x.reference);
      for (const s of x.stops) expect(raw).not.toContain(s.id);
    }
    for (const secret of ['Secret depot', 'Private client', 'Hidden street', 'PO-B', 'PO-C', 'private.example', '50.1', '49.1']) expect(raw).not.toContain(secret);
    // Counted in the page's own statement: one statement per page still.
    const before = app.server.db.queries.inRequests;
    for (let i = 0; i < 10; i++) await publicGql(app, TRACKING_PAGE, { token });
    expect(app.server.db.queries.inRequests - before).toBe(10);
    const html = await (await fetch(`${app.url}/t/${token}`, { headers: { 'accept-language': 'en' } })).text();
    expect(html).toContain('2 stops before yours');
    for (const secret of ['Secret depot', 'Private client', 'Hidden street']) expect(html).not.toContain(secret);
    const de = await (await fetch(`${app.url}/t/${token}`, { headers: { 'accept-language': 'de' } })).text();
    expect(de).toContain('Noch 2 Stopps vor Ihrem');

    // An ETA orders before the planned time: C's delivery is now expected before mine.
    await app.ok(UPDATE_STOP, { stopId: c.stops[1].id, input: { estimatedArrival: inHours(2) } }, tenant.adminToken);
    expect((await page()).stops[1].stopsBefore).toBe(3);
    // Served stops no longer count.
    await app.ok(UPDATE_STOP, { stopId: b.stops[0].id, input: { actualArrival: new Date(Date.now() - 30_000).toISOString() } }, tenant.adminToken);
    await app.ok(UPDATE_STOP, { stopId: b.stops[1].id, input: { actualArrival: new Date().toISOString() } }, tenant.adminToken);
    ({ stops } = await page());
    expect(stops[1].stopsBefore).toBe(1);
    expect(await (await fetch(`${app.url}/t/${token}`, { headers: { 'accept-language': 'en' } })).text()).toContain('1 stop before yours');

    // Hidden with the estimated times.
    await app.ok(UPDATE_TRACKING_LINK, { linkId: link.id, input: { showEstimatedTimes: false } }, tenant.adminToken);
    ({ stops, raw } = await page());
    expect(stops.map((s) => s.stopsBefore)).toEqual([null, null]);
  });
});
