import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createConsignments, createDriver, createTenant } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

function staffSubscription(token: string | null, query: string) {
  const client = createClient({
    url: app.url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
  });
  const events: any[] = [];
  const errors: any[] = [];
  const dispose = client.subscribe({ query }, { next: (v) => events.push(v), error: (e) => errors.push(e), complete: () => undefined });
  return { events, errors, close: async () => (dispose(), client.dispose()) };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean, ms = 1000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await wait(10);
  }
}

it("streams the caller's tenant's consignment changes and driver positions, and no one else's", async () => {
  const a = await createTenant(app);
  const b = await createTenant(app);
  const mine = staffSubscription(a.dispatcherToken, 'subscription { consignmentChanged { consignmentId deleted consignment { status stops { estimatedArrival } } } }');
  const theirs = staffSubscription(b.dispatcherToken, 'subscription { consignmentChanged { consignmentId } }');
  const positions = staffSubscription(a.dispatcherToken, 'subscription { driverPositionChanged { driverId latitude longitude recordedAt } }');
  try {
    await wait(200);
    const [c] = await createConsignments(app, a.adminToken);
    await app.ok(`mutation { setConsignmentStatus(consignmentId: "${c.id}", status: TO_PLAN) { id } }`, {}, a.adminToken);
    await until(() => mine.events.length >= 2);
    expect(mine.events.at(-1).data.consignmentChanged).toMatchObject({ consignmentId: c.id, deleted: false, consignment: { status: 'TO_PLAN' } });
    // Each event reads afresh (no data cached from the subscription's first event).
    await app.ok(`mutation { updateStop(stopId: "${c.stops[1].id}", input: { estimatedArrival: "2031-05-05T10:00:00Z" }) { id } }`, {}, a.adminToken);
    await until(() => mine.events.length >= 3);
    expect(mine.events.at(-1).data.consignmentChanged.consignment.stops[1].estimatedArrival).toBe('2031-05-05T10:00:00.000Z');
    const driver = await createDriver(app, a.adminToken);
    await app.ok(
      'mutation($p: [PositionInput!]!) { reportPositions(positions: $p) { accepted } }',
      { p: [{ clientId: 'x', latitude: 52, longitude: 5, recordedAt: new Date().toISOString() }] },
      driver.token,
    );
    await until(() => positions.events.length >= 1);
    expect(positions.events[0].data.driverPositionChanged).toMatchObject({ driverId: driver.id, latitude: 52, longitude: 5 });
    await wait(100);
    expect(theirs.events).toEqual([]);
  } finally {
    await Promise.all([mine.close(), theirs.close(), positions.close()]);
  }
});

it('refuses a subscription without a staff token', async () => {
  const anonymous = staffSubscription(null, 'subscription { consignmentChanged { consignmentId } }');
  try {
    await until(() => anonymous.events.length + anonymous.errors.length > 0);
    const first = anonymous.events[0] ?? {};
    expect(JSON.stringify(first.errors ?? anonymous.errors)).toMatch(/UNAUTHENTICATED|Sign in/);
  } finally {
    await anonymous.close();
  }
});
