import { REPORT_POSITIONS, SET_CONSIGNMENT_STATUS, UPDATE_STOP, type PositionInput } from '../../../test/documents';
import { givenConsignmentWithDriver, givenTenant, stop, type TenantFixture } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { doc } from '../../../test/typed-document';
import { startReceiver, type WebhookReceiver } from '../../../test/webhook-receiver';
import { givenEndpoint } from '../../../test/webhooks';

// Status from stop visits, end to end: positions through the driver API, the real geofence,
// the status change with its webhook to a real receiver, and the dispatcher's confirmation.
let app: TestApp;
let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = await startReceiver();
  app = await startTestApp({ WEBHOOK_POLL_MS: '20' });
});
afterAll(async () => {
  await app.close();
  await receiver.close();
});

const SETTINGS = doc<
  { updateTenantSettings: { inTransitOnPickupDeparture: boolean; offerDeliveredOnArrival: boolean } },
  { input: { inTransitOnPickupDeparture?: boolean; offerDeliveredOnArrival?: boolean } }
>('mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { inTransitOnPickupDeparture offerDeliveredOnArrival } }');
const MY_SETTINGS = doc<{ myTenant: { inTransitOnPickupDeparture: boolean; offerDeliveredOnArrival: boolean } }, Record<string, never>>(
  'query { myTenant { inTransitOnPickupDeparture offerDeliveredOnArrival } }',
);
const STATE = doc<{ consignment: { status: string; deliveryDetectedAt: string | null; stops: Array<{ actualArrival: string | null }> } | null }, { id: string }>(
  'query($id: ID!) { consignment(id: $id) { status deliveryDetectedAt stops { actualArrival } } }',
);
const LIST = doc<{ consignments: { edges: Array<{ node: { id: string; deliveryDetectedAt: string | null } }> } }, Record<string, never>>(
  'query { consignments(first: 50) { edges { node { id deliveryDetectedAt } } } }',
);

const PICKUP_1 = { latitude: 51.95, longitude: 4.04 };
const PICKUP_2 = { latitude: 51.5, longitude: 5.0 };
const DELIVERY = { latitude: 48.14, longitude: 11.46 };
const east = (p: { latitude: number; longitude: number }, metres: number) => ({
  latitude: p.latitude,
  longitude: p.longitude + metres / (111_195 * Math.cos((p.latitude * Math.PI) / 180)),
});

/** A visit of `place` every 15 s from `start`: driving in, 4 minutes there, driving away. */
function visit(place: { latitude: number; longitude: number }, start: number, prefix: string): PositionInput[] {
  const out: PositionInput[] = [];
  let t = start;
  const add = (metres: number) => {
    out.push({ clientId: `${prefix}-${out.length}`, ...east(place, metres), accuracyM: 5, recordedAt: new Date(t).toISOString() });
    t += 15_000;
  };
  for (let i = 0; i < 10; i++) add(-2000 + i * 180);
  for (let i = 0; i < 16; i++) add(i % 2 ? 30 : -10);
  for (let i = 0; i < 16; i++) add(300 + i * 150);
  return out;
}

async function drive(driverToken: string, positions: PositionInput[]) {
  await app.ok(REPORT_POSITIONS, { positions }, driverToken);
  await app.server.services.geofence.idle();
  await app.server.services.visitStatus.idle();
}

const state = async (tenant: TenantFixture, id: string) => (await app.ok(STATE, { id }, tenant.adminToken)).consignment!;
const statusHooks = (id: string) =>
  receiver.accepted().filter((h) => h.event.type === 'consignment.status_changed' && h.event.data.consignment.id === id).map((h) => `${h.event.data.previousStatus}>${h.event.data.consignment.status}`);
const threeStops = () => ({ stops: [stop('PICKUP', PICKUP_1), stop('PICKUP', { name: 'Eindhoven hub', ...PICKUP_2 }), stop('DELIVERY', DELIVERY)] });

describe('status from stop visits', () => {
  it('is off by default: visits move no status and offer nothing', async () => {
    const tenant = await givenTenant(app, { tracking: true });
    expect((await app.ok(MY_SETTINGS, {}, tenant.adminToken)).myTenant).toEqual({ inTransitOnPickupDeparture: false, offerDeliveredOnArrival: false });
    const { consignment: c, driver } = await givenConsignmentWithDriver(app, tenant, { status: 'PLANNED', stops: [stop('PICKUP', PICKUP_1), stop('DELIVERY', DELIVERY)] });
    const start = Date.now() - 60 * 60_000;
    await drive(driver.token, visit(PICKUP_1, start, 'p'));
    expect(await state(tenant, c.id)).toMatchObject({ status: 'PLANNED', deliveryDetectedAt: null });
    expect((await state(tenant, c.id)).stops[0].actualArrival).not.toBeNull(); // the visit itself was recorded
    await app.ok(SET_CONSIGNMENT_STATUS, { consignmentId: c.id, status: 'IN_TRANSIT' }, tenant.adminToken);
    await drive(driver.token, visit(DELIVERY, start + 20 * 60_000, 'd'));
    expect(await state(tenant, c.id)).toMatchObject({ status: 'IN_TRANSIT', deliveryDetectedAt: null });
  });

  it('leaving the last pickup sets IN_TRANSIT; arriving at the last delivery offers DELIVERED until the dispatcher confirms', async () => {
    const tenant = await givenTenant(app, { tracking: true });
    await givenEndpoint(app, tenant.adminToken, { url: `${receiver.url}/status`, eventTypes: ['CONSIGNMENT_STATUS_CHANGED'] });
    expect((await app.ok(SETTINGS, { input: { inTransitOnPickupDeparture: true, offerDeliveredOnArrival: true } }, tenant.adminToken)).updateTenantSettings).toEqual({
      inTransitOnPickupDeparture: true,
      offerDeliveredOnArrival: true,
    });
    const { consignment: c, driver } = await givenConsignmentWithDriver(app, tenant, { status: 'PLANNED', ...threeStops() });
    const start = Date.now() - 90 * 60_000;
    // The first pickup is not the last: still PLANNED.
    await drive(driver.token, visit(PICKUP_1, start, 'p1'));
    expect((await state(tenant, c.id)).status).toBe('PLANNED');
    await drive(driver.token, visit(PICKUP_2, start + 20 * 60_000, 'p2'));
    expect((await state(tenant, c.id)).status).toBe('IN_TRANSIT');
    await receiver.until(() => statusHooks(c.id).length >= 1, 5000, 'the status webhook');

    await drive(driver.token, visit(DELIVERY, start + 40 * 60_000, 'd'));
    const offered = await state(tenant, c.id);
    // Offered, never set: the consignment stays IN_TRANSIT.
    expect(offered.status).toBe('IN_TRANSIT');
    expect(offered.deliveryDetectedAt).toBe(offered.stops[2].actualArrival);
    const listed = (await app.ok(LIST, {}, tenant.adminToken)).consignments.edges.find((e) => e.node.id === c.id);
    expect(listed?.node.deliveryDetectedAt).toBe(offered.deliveryDetectedAt);

    await app.ok(SET_CONSIGNMENT_STATUS, { consignmentId: c.id, status: 'DELIVERED' }, tenant.adminToken);
    expect(await state(tenant, c.id)).toMatchObject({ status: 'DELIVERED', deliveryDetectedAt: null });
    await receiver.until(() => statusHooks(c.id).length >= 2, 5000, 'the delivered webhook');
    await new Promise((r) => setTimeout(r, 200));
    expect(statusHooks(c.id)).toEqual(['PLANNED>IN_TRANSIT', 'IN_TRANSIT>DELIVERED']);
  });

  it('moves a TO_PLAN consignment step by step, takes typed-in visits too, and clears the offer on a status change', async () => {
    const tenant = await givenTenant(app, { tracking: true });
    await givenEndpoint(app, tenant.adminToken, { url: `${receiver.url}/steps`, eventTypes: ['CONSIGNMENT_STATUS_CHANGED'] });
    await app.ok(SETTINGS, { input: { inTransitOnPickupDeparture: true, offerDeliveredOnArrival: true } }, tenant.adminToken);
    const { consignment: c } = await givenConsignmentWithDriver(app, tenant, { status: 'TO_PLAN', stops: [stop('PICKUP', PICKUP_1), stop('DELIVERY', DELIVERY)] });
    const [pickup, delivery] = c.stops;
    const ago = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
    await app.ok(UPDATE_STOP, { stopId: pickup.id, input: { actualArrival: ago(30), actualDeparture: ago(20) } }, tenant.adminToken);
    await app.server.services.visitStatus.idle();
    expect((await state(tenant, c.id)).status).toBe('IN_TRANSIT');
    await receiver.until(() => statusHooks(c.id).length >= 2, 5000, 'two status webhooks');
    expect(statusHooks(c.id)).toEqual(['TO_PLAN>PLANNED', 'PLANNED>IN_TRANSIT']);

    await app.ok(UPDATE_STOP, { stopId: delivery.id, input: { actualArrival: ago(1) } }, tenant.adminToken);
    await app.server.services.visitStatus.idle();
    const offered = await state(tenant, c.id);
    expect(offered.deliveryDetectedAt).not.toBeNull();
    expect(offered.deliveryDetectedAt).toBe(offered.stops[1].actualArrival);
    await app.ok(SET_CONSIGNMENT_STATUS, { consignmentId: c.id, status: 'CANCELLED' }, tenant.adminToken);
    expect(await state(tenant, c.id)).toMatchObject({ status: 'CANCELLED', deliveryDetectedAt: null });
  });
});
