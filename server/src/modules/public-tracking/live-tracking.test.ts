import {
  DELETE_CONSIGNMENT,
  REGENERATE_TRACKING_LINK,
  REPORT_POSITIONS,
  REVOKE_TRACKING_LINK,
  SET_CONSIGNMENT_STATUS,
  UPDATE_TEMPLATE,
  UPDATE_TRACKING_LINK,
  type UnavailableReason,
} from '../../../test/documents';
import { givenConsignmentInTransit, givenTenant, position, setBilling, type TenantFixture } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { subscribeUpdates, untilStreams, untilStreamsClosed } from '../../../test/public-api';

let app: TestApp;
let tenant: TenantFixture;
beforeAll(async () => {
  app = await startTestApp({ PUBLIC_RATE_LIMIT: '100000', PUBLIC_MISS_LIMIT: '100000' });
  tenant = await givenTenant(app, { tracking: true });
});
afterAll(() => app.close());

const onTheRoad = () => givenConsignmentInTransit(app, tenant);

// Every test closes its subscriptions; the server lets go of their streams shortly after.
const streamsBefore = 0;
beforeEach(() => untilStreamsClosed(app));

describe('trackingUpdates', () => {
  it('delivers a reported position within 1 s, and not an older one reported later', async () => {
    const { driver, token } = await onTheRoad();
    const sub = subscribeUpdates(app, token);
    try {
      await untilStreams(app, streamsBefore + 1);
      const at = new Date();
      await app.ok(REPORT_POSITIONS, { positions: [position('a', 50.1, 8.6, { heading: 90, recordedAt: at.toISOString() })] }, driver.token);
      // Live ETA changes arrive as CHANGED in between; positions are what this test follows.
      const positions = () => sub.updates.filter((u) => u.kind === 'POSITION');
      await sub.until(() => positions().length >= 1, 1000, 'a POSITION');
      expect(positions()[0]).toEqual({
        kind: 'POSITION',
        driverPosition: { latitude: 50.1, longitude: 8.6, heading: 90, recordedAt: at.toISOString() },
        page: null,
      });
      await app.ok(REPORT_POSITIONS, { positions: [position('old', 1, 1, { recordedAt: new Date(at.getTime() - 60_000).toISOString() })] }, driver.token);
      await app.ok(REPORT_POSITIONS, { positions: [position('b', 50.2, 8.7)] }, driver.token);
      await sub.until(() => positions().length >= 2, 1000, 'the second POSITION');
      expect(positions().map((u) => u.driverPosition?.latitude)).toEqual([50.1, 50.2]);
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
      await app.ok(REPORT_POSITIONS, { positions: [position('fan', 51.5, 7.5)] }, driver.token);
      for (const sub of subs) await sub.until(() => sub.updates.some((u) => u.kind === 'POSITION'), 1000, 'the position');
      await app.server.services.eta.idle();
      // One position (and at most one ETA change) executed and serialised once each for five pages.
      expect(app.server.publicApi.sharedExecutions() - before).toBeLessThanOrEqual(2);
      expect(app.server.publicApi.serialisedResults() - serialisedBefore).toBeGreaterThanOrEqual(1);
      expect(app.server.publicApi.serialisedResults() - serialisedBefore).toBeLessThanOrEqual(2);
      expect(subs.map((s) => s.updates.find((u) => u.kind === 'POSITION')?.driverPosition?.latitude)).toEqual([51.5, 51.5, 51.5, 51.5, 51.5]);
    } finally {
      await Promise.all(subs.map((s) => s.close()));
    }
  });

  it('sends no position when the template hides the driver', async () => {
    const { consignment: c, driver, link, token } = await onTheRoad();
    await app.ok(UPDATE_TRACKING_LINK, { linkId: link.id, input: { showDriverPosition: false } }, tenant.adminToken);
    const sub = subscribeUpdates(app, token);
    try {
      await untilStreams(app, streamsBefore + 1);
      await app.ok(REPORT_POSITIONS, { positions: [position('h', 50, 8)] }, driver.token);
      await app.ok(SET_CONSIGNMENT_STATUS, { consignmentId: c.id, status: 'DELIVERED' }, tenant.adminToken);
      await sub.until(() => sub.updates.some((u) => u.kind === 'CHANGED'), 1000, 'CHANGED');
      expect(sub.updates.filter((u) => u.kind === 'POSITION')).toEqual([]);
      expect(sub.updates.every((u) => u.page?.__typename !== 'TrackingPage' || u.page.driverPosition == null)).toBe(true);
    } finally {
      await sub.close();
    }
  });

  it('applies a template change to open pages at once: a hidden driver stops moving', async () => {
    const { driver, token } = await onTheRoad();
    const sub = subscribeUpdates(app, token);
    try {
      await untilStreams(app, streamsBefore + 1);
      await app.ok(UPDATE_TEMPLATE, { input: { showDriverPosition: false, showCargo: false } }, tenant.adminToken);
      await sub.until(() => sub.updates.some((u) => u.kind === 'CHANGED'), 1000, 'CHANGED after the template change');
      expect(sub.updates.find((u) => u.kind === 'CHANGED')?.page).toMatchObject({ cargo: null, driverPosition: null });
      await app.ok(REPORT_POSITIONS, { positions: [position('t1', 50, 8)] }, driver.token);
      await new Promise((r) => setTimeout(r, 300));
      expect(sub.updates.filter((u) => u.kind === 'POSITION')).toEqual([]);
    } finally {
      await app.ok(UPDATE_TEMPLATE, { input: { showDriverPosition: true, showCargo: true } }, tenant.adminToken);
      await sub.close();
    }
  });

  it('sends CHANGED with the filtered page on a status change', async () => {
    const { consignment: c, link, token } = await onTheRoad();
    await app.ok(UPDATE_TRACKING_LINK, { linkId: link.id, input: { showCargo: false } }, tenant.adminToken);
    const sub = subscribeUpdates(app, token);
    try {
      await untilStreams(app, streamsBefore + 1);
      await app.ok(SET_CONSIGNMENT_STATUS, { consignmentId: c.id, status: 'DELIVERED' }, tenant.adminToken);
      await sub.until(() => sub.updates.some((u) => u.kind === 'CHANGED'), 1000, 'CHANGED');
      const changed = sub.updates.find((u) => u.kind === 'CHANGED');
      expect(changed?.page).toMatchObject({ __typename: 'TrackingPage', status: 'DELIVERED', cargo: null, driverPosition: null });
    } finally {
      await sub.close();
    }
  });

  const endings: Array<[string, (ctx: Awaited<ReturnType<typeof onTheRoad>>) => Promise<unknown>, UnavailableReason, () => Promise<void>]> = [
    ['revoke', ({ link }) => app.ok(REVOKE_TRACKING_LINK, { linkId: link.id }, tenant.adminToken), 'NOT_AVAILABLE', async () => {}],
    ['regenerate', ({ link }) => app.ok(REGENERATE_TRACKING_LINK, { linkId: link.id }, tenant.adminToken), 'NOT_AVAILABLE', async () => {}],
    [
      'expiry',
      ({ link }) => app.ok(UPDATE_TRACKING_LINK, { linkId: link.id, input: { expiresAt: new Date(Date.now() + 300).toISOString() } }, tenant.adminToken),
      'EXPIRED',
      async () => {},
    ],
    ['billing lock', () => setBilling(app, tenant.id, 'LOCKED'), 'NOT_AVAILABLE', () => setBilling(app, tenant.id, 'ACTIVE')],
    ['delete', ({ consignment }) => app.ok(DELETE_CONSIGNMENT, { consignmentId: consignment.id }, tenant.adminToken), 'NOT_AVAILABLE', async () => {}],
  ];

  it.each(endings)('%s: UNAVAILABLE, then the stream ends within 1 s and nothing follows', async (_name, act, reason, undo) => {
    const road = await onTheRoad();
    const sub = subscribeUpdates(app, road.token);
    try {
      await untilStreams(app, streamsBefore + 1);
      await act(road);
      await sub.until(() => sub.completed, 1000, 'the end of the stream');
      expect(sub.updates.at(-1)).toEqual({ kind: 'UNAVAILABLE', driverPosition: null, page: { __typename: 'TrackingUnavailable', reason, message: expect.any(String) } });
      const count = sub.received;
      await app.ok(REPORT_POSITIONS, { positions: [position('late', 1, 1)] }, road.driver.token);
      await new Promise((r) => setTimeout(r, 200));
      expect(sub.received).toBe(count);
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
      expect(sub.errors).toEqual([]);
    } finally {
      await sub.close();
    }
  });
});
