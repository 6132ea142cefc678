import {
  createConsignments,
  createDriver,
  createTrackingTenant,
  linksOf,
  setBilling,
  subscribeUpdates,
  tokenOf,
  untilStreams,
  type TenantFixture,
} from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';

let app: TestApp;
let tenant: TenantFixture;
beforeAll(async () => {
  app = await startTestApp({ PUBLIC_RATE_LIMIT: '100000', PUBLIC_MISS_LIMIT: '100000' });
  tenant = await createTrackingTenant(app);
});
afterAll(() => app.close());

const REPORT = 'mutation($p: [PositionInput!]!) { reportPositions(positions: $p) { accepted } }';

async function onTheRoad() {
  const [c] = await createConsignments(app, tenant.adminToken, 1, { status: 'IN_TRANSIT' });
  const driver = await createDriver(app, tenant.adminToken);
  await app.ok(`mutation { assignDriver(consignmentId: "${c.id}", driverId: "${driver.id}") { id } }`, {}, tenant.adminToken);
  const [link] = await linksOf(app, tenant.adminToken, c.id);
  return { c, driver, link, token: tokenOf(link.url) };
}

// Every test closes its subscriptions; the server lets go of their streams shortly after.
const streamsBefore = 0;
beforeEach(async () => {
  const deadline = Date.now() + 2000;
  while (app.server.services.live.streamCount > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  expect(app.server.services.live.streamCount).toBe(0);
});

describe('trackingUpdates', () => {
  it('delivers a reported position within 1 s, and not an older one reported later', async () => {
    const { driver, token } = await onTheRoad();
    const sub = subscribeUpdates(app, token);
    try {
      await untilStreams(app, streamsBefore + 1);
      const at = new Date();
      await app.ok(REPORT, { p: [{ clientId: 'a', latitude: 50.1, longitude: 8.6, heading: 90, recordedAt: at.toISOString() }] }, driver.token);
      // Live ETA changes arrive as CHANGED in between; positions are what this test follows.
      const positions = () => sub.updates.filter((u) => u.kind === 'POSITION');
      await sub.until(() => positions().length >= 1, 1000, 'a POSITION');
      expect(positions()[0]).toEqual({
        kind: 'POSITION',
        driverPosition: { latitude: 50.1, longitude: 8.6, heading: 90, recordedAt: at.toISOString() },
        page: null,
      });
      await app.ok(REPORT, { p: [{ clientId: 'old', latitude: 1, longitude: 1, recordedAt: new Date(at.getTime() - 60_000).toISOString() }] }, driver.token);
      await app.ok(REPORT, { p: [{ clientId: 'b', latitude: 50.2, longitude: 8.7, recordedAt: new Date().toISOString() }] }, driver.token);
      await sub.until(() => positions().length >= 2, 1000, 'the second POSITION');
      expect(positions().map((u) => u.driverPosition.latitude)).toEqual([50.1, 50.2]);
    } finally {
      await sub.close();
    }
  });

  it('executes an event once for all pages of a link, not once per page', async () => {
    const { driver, token } = await onTheRoad();
    const subs = Array.from({ length: 5 }, () => subscribeUpdates(app, token));
    try {
      await untilStreams(app, streamsBefore + 5);
      await app.server.services.eta.idle();
      const before = app.server.publicApi.sharedExecutions();
      const serialisedBefore = app.server.publicApi.serialisedResults();
      await app.ok(REPORT, { p: [{ clientId: 'fan', latitude: 51.5, longitude: 7.5, recordedAt: new Date().toISOString() }] }, driver.token);
      for (const sub of subs) await sub.until(() => sub.updates.some((u) => u.kind === 'POSITION'), 1000, 'the position');
      await app.server.services.eta.idle();
      // One position (and at most one ETA change) executed and serialised once each for five pages.
      expect(app.server.publicApi.sharedExecutions() - before).toBeLessThanOrEqual(2);
      expect(app.server.publicApi.serialisedResults() - serialisedBefore).toBeGreaterThanOrEqual(1);
      expect(app.server.publicApi.serialisedResults() - serialisedBefore).toBeLessThanOrEqual(2);
      expect(subs.map((s) => s.updates.find((u) => u.kind === 'POSITION').driverPosition.latitude)).toEqual([51.5, 51.5, 51.5, 51.5, 51.5]);
    } finally {
      await Promise.all(subs.map((s) => s.close()));
    }
  });

  it('sends no position when the template hides the driver', async () => {
    const { c, driver, link, token } = await onTheRoad();
    await app.ok(`mutation { updateTrackingLink(linkId: "${link.id}", input: { showDriverPosition: false }) { id } }`, {}, tenant.adminToken);
    const sub = subscribeUpdates(app, token);
    try {
      await untilStreams(app, streamsBefore + 1);
      await app.ok(REPORT, { p: [{ clientId: 'h', latitude: 50, longitude: 8, recordedAt: new Date().toISOString() }] }, driver.token);
      await app.ok(`mutation { setConsignmentStatus(consignmentId: "${c.id}", status: DELIVERED) { id } }`, {}, tenant.adminToken);
      await sub.until(() => sub.updates.some((u) => u.kind === 'CHANGED'), 1000, 'CHANGED');
      expect(sub.updates.filter((u) => u.kind === 'POSITION')).toEqual([]);
      expect(sub.updates.every((u) => u.page?.driverPosition == null)).toBe(true);
    } finally {
      await sub.close();
    }
  });

  it('applies a template change to open pages at once: a hidden driver stops moving', async () => {
    const { driver, token } = await onTheRoad();
    const sub = subscribeUpdates(app, token);
    try {
      await untilStreams(app, streamsBefore + 1);
      await app.ok('mutation { updateTrackingLinkTemplate(input: { showDriverPosition: false, showCargo: false }) { showCargo } }', {}, tenant.adminToken);
      await sub.until(() => sub.updates.some((u) => u.kind === 'CHANGED'), 1000, 'CHANGED after the template change');
      expect(sub.updates.find((u) => u.kind === 'CHANGED').page).toMatchObject({ cargo: null, driverPosition: null });
      await app.ok(REPORT, { p: [{ clientId: 't1', latitude: 50, longitude: 8, recordedAt: new Date().toISOString() }] }, driver.token);
      await new Promise((r) => setTimeout(r, 300));
      expect(sub.updates.filter((u) => u.kind === 'POSITION')).toEqual([]);
    } finally {
      await app.ok('mutation { updateTrackingLinkTemplate(input: { showDriverPosition: true, showCargo: true }) { showCargo } }', {}, tenant.adminToken);
      await sub.close();
    }
  });

  it('sends CHANGED with the filtered page on a status change', async () => {
    const { c, link, token } = await onTheRoad();
    await app.ok(`mutation { updateTrackingLink(linkId: "${link.id}", input: { showCargo: false }) { id } }`, {}, tenant.adminToken);
    const sub = subscribeUpdates(app, token);
    try {
      await untilStreams(app, streamsBefore + 1);
      await app.ok(`mutation { setConsignmentStatus(consignmentId: "${c.id}", status: DELIVERED) { id } }`, {}, tenant.adminToken);
      await sub.until(() => sub.updates.some((u) => u.kind === 'CHANGED'), 1000, 'CHANGED');
      const changed = sub.updates.find((u) => u.kind === 'CHANGED');
      expect(changed.page).toMatchObject({ __typename: 'TrackingPage', status: 'DELIVERED', cargo: null, driverPosition: null });
    } finally {
      await sub.close();
    }
  });

  const endings: Array<[string, (ctx: Awaited<ReturnType<typeof onTheRoad>>) => Promise<void>, string, () => Promise<void>]> = [
    ['revoke', async ({ link }) => void (await app.ok(`mutation { revokeTrackingLink(linkId: "${link.id}") { id } }`, {}, tenant.adminToken)), 'NOT_AVAILABLE', async () => {}],
    ['regenerate', async ({ link }) => void (await app.ok(`mutation { regenerateTrackingLink(linkId: "${link.id}") { id } }`, {}, tenant.adminToken)), 'NOT_AVAILABLE', async () => {}],
    [
      'expiry',
      async ({ link }) =>
        void (await app.ok(`mutation($at: DateTimeISO) { updateTrackingLink(linkId: "${link.id}", input: { expiresAt: $at }) { id } }`, { at: new Date(Date.now() + 300).toISOString() }, tenant.adminToken)),
      'EXPIRED',
      async () => {},
    ],
    ['billing lock', async () => setBilling(app, tenant.id, 'LOCKED'), 'NOT_AVAILABLE', async () => setBilling(app, tenant.id, 'ACTIVE')],
    ['delete', async ({ c }) => void (await app.ok(`mutation { deleteConsignment(consignmentId: "${c.id}") }`, {}, tenant.adminToken)), 'NOT_AVAILABLE', async () => {}],
  ];

  it.each(endings)('%s: UNAVAILABLE, then the stream ends within 1 s and nothing follows', async (_name, act, reason, undo) => {
    const road = await onTheRoad();
    const sub = subscribeUpdates(app, road.token);
    try {
      await untilStreams(app, streamsBefore + 1);
      await act(road);
      await sub.until(() => sub.completed, 1000, 'the end of the stream');
      expect(sub.updates.at(-1)).toEqual({ kind: 'UNAVAILABLE', driverPosition: null, page: { __typename: 'TrackingUnavailable', reason, message: expect.any(String) } });
      const count = sub.updates.length;
      await app.ok(REPORT, { p: [{ clientId: 'late', latitude: 1, longitude: 1, recordedAt: new Date().toISOString() }] }, road.driver.token);
      await new Promise((r) => setTimeout(r, 200));
      expect(sub.updates).toHaveLength(count);
      expect(app.server.services.live.streamCount).toBe(streamsBefore);
    } finally {
      await undo();
      await sub.close();
    }
  });

  it('answers an unknown token with UNAVAILABLE and ends', async () => {
    const sub = subscribeUpdates(app, 'x'.repeat(43));
    try {
      await sub.until(() => sub.completed, 1000, 'the end');
      expect(sub.updates).toEqual([{ kind: 'UNAVAILABLE', driverPosition: null, page: { __typename: 'TrackingUnavailable', reason: 'NOT_AVAILABLE', message: 'This tracking link is not available' } }]);
    } finally {
      await sub.close();
    }
  });
});
