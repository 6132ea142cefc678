import { createClient, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { REPORT_POSITIONS, SET_CONSIGNMENT_STATUS, UPDATE_STOP, type ConsignmentStatus } from '../../../test/documents';
import { eventually } from '../../../test/eventually';
import { givenConsignment, givenDriver, givenTenant, position } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { doc, type TypedDocument } from '../../../test/typed-document';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const CONSIGNMENT_CHANGED = doc<{
  consignmentChanged: { consignmentId: string; deleted: boolean; consignment: { status: ConsignmentStatus; stops: Array<{ estimatedArrival: string | null }> } | null };
}>('subscription { consignmentChanged { consignmentId deleted consignment { status stops { estimatedArrival } } } }');
const CONSIGNMENT_IDS = doc<{ consignmentChanged: { consignmentId: string } }>('subscription { consignmentChanged { consignmentId } }');
const DRIVER_POSITION_CHANGED = doc<{ driverPositionChanged: { driverId: string; latitude: number; longitude: number; recordedAt: string } }>(
  'subscription { driverPositionChanged { driverId latitude longitude recordedAt } }',
);

function staffSubscription<TData>(token: string | null, document: TypedDocument<TData>) {
  const client = createClient({
    url: app.url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
  });
  const events: Array<FormattedExecutionResult<TData, unknown>> = [];
  const errors: unknown[] = [];
  const dispose = client.subscribe<TData>({ query: document.text }, { next: (v) => events.push(v), error: (e) => errors.push(e), complete: () => undefined });
  return { events, errors, close: async () => (dispose(), client.dispose()) };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const until = (check: () => boolean) => eventually(check, { timeoutMs: 1000 });

it("streams the caller's tenant's consignment changes and driver positions, and no one else's", async () => {
  const a = await givenTenant(app);
  const b = await givenTenant(app);
  const mine = staffSubscription(a.dispatcherToken, CONSIGNMENT_CHANGED);
  const theirs = staffSubscription(b.dispatcherToken, CONSIGNMENT_IDS);
  const positions = staffSubscription(a.dispatcherToken, DRIVER_POSITION_CHANGED);
  try {
    await wait(200);
    const c = await givenConsignment(app, a.adminToken);
    await app.ok(SET_CONSIGNMENT_STATUS, { consignmentId: c.id, status: 'TO_PLAN' }, a.adminToken);
    await until(() => mine.events.length >= 2);
    expect(mine.events.at(-1)?.data?.consignmentChanged).toMatchObject({ consignmentId: c.id, deleted: false, consignment: { status: 'TO_PLAN' } });
    // Each event reads afresh (no data cached from the subscription's first event).
    await app.ok(UPDATE_STOP, { stopId: c.stops[1].id, input: { estimatedArrival: '2031-05-05T10:00:00Z' } }, a.adminToken);
    await until(() => mine.events.length >= 3);
    expect(mine.events.at(-1)?.data?.consignmentChanged.consignment?.stops[1].estimatedArrival).toBe('2031-05-05T10:00:00.000Z');
    const driver = await givenDriver(app, a.adminToken);
    await app.ok(REPORT_POSITIONS, { positions: [position('x', 52, 5)] }, driver.token);
    await until(() => positions.events.length >= 1);
    expect(positions.events[0].data?.driverPositionChanged).toMatchObject({ driverId: driver.id, latitude: 52, longitude: 5 });
    await wait(100);
    expect(theirs.events).toEqual([]);
  } finally {
    await Promise.all([mine.close(), theirs.close(), positions.close()]);
  }
});

it('refuses a subscription without a staff token', async () => {
  const anonymous = staffSubscription(null, CONSIGNMENT_IDS);
  try {
    await until(() => anonymous.events.length + anonymous.errors.length > 0);
    const first = anonymous.events[0];
    expect(JSON.stringify(first?.errors ?? anonymous.errors)).toMatch(/UNAUTHENTICATED|Sign in/);
  } finally {
    await anonymous.close();
  }
});
