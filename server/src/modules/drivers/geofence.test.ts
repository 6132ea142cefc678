import { REPORT_POSITIONS, UPDATE_STOP, type PositionInput } from '../../../test/documents';
import { givenConsignmentInTransit, givenTenant, stop, type TenantFixture } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { startSmtp, type SmtpCatcher } from '../../../test/smtp';
import { createStopTasks, untilSettled } from '../../../test/tasks';
import { doc } from '../../../test/typed-document';
import { startReceiver, type WebhookReceiver } from '../../../test/webhook-receiver';
import { givenEndpoint } from '../../../test/webhooks';
import { eventually } from '../../../test/eventually';

// Arrival and departure from the assigned driver's positions, end to end: real positions
// through the API, the real detector, the contact tasks' emails to a real SMTP server and the
// webhooks to a real receiver.
let app: TestApp;
let smtp: SmtpCatcher;
let receiver: WebhookReceiver;
let tenant: TenantFixture;
beforeAll(async () => {
  smtp = await startSmtp();
  receiver = await startReceiver();
  app = await startTestApp({ SMTP_URL: smtp.url, OUTBOX_POLL_MS: '20', WEBHOOK_POLL_MS: '20' });
  tenant = await givenTenant(app, { tracking: true });
  await createStopTasks(app, tenant.adminToken);
  await givenEndpoint(app, tenant.adminToken, { url: `${receiver.url}/stops`, eventTypes: ['STOP_ARRIVED', 'STOP_DEPARTED'] });
});
afterAll(async () => {
  await app.close();
  await receiver.close();
  await smtp.close();
});

const DELIVERY = { latitude: 48.14, longitude: 11.46 };
const STOPS = doc<
  {
    consignment: {
      stops: Array<{ id: string; actualArrival: string | null; arrivalSource: string | null; actualDeparture: string | null; departureSource: string | null }>;
    } | null;
  },
  { id: string }
>('query($id: ID!) { consignment(id: $id) { stops { id actualArrival arrivalSource actualDeparture departureSource } } }');

/** A point `metres` east of the delivery stop. */
const east = (metres: number) => ({ latitude: DELIVERY.latitude, longitude: DELIVERY.longitude + metres / (111_195 * Math.cos((DELIVERY.latitude * Math.PI) / 180)) });

/**
 * A truck's route every 15 s, from 2 km west of the stop: 5 minutes driving in, `dwellSeconds`
 * near the stop (20–60 m from it), then 5 minutes driving away east. Returns the positions and
 * the recorded times the stop should record (the first sample inside, the first outside after).
 */
function route(start: Date, dwellSeconds: number, prefix: string) {
  const positions: PositionInput[] = [];
  let t = start.getTime();
  let n = 0;
  const add = (metres: number) => {
    positions.push({ clientId: `${prefix}-${n++}`, ...east(metres), speedKmh: 30, accuracyM: 6, recordedAt: new Date(t).toISOString() });
    t += 15_000;
  };
  for (let i = 0; i < 19; i++) add(-2000 + i * 100); // -2000 … -200 m: outside
  const arrival = new Date(t);
  for (let i = 0; i * 15 < dwellSeconds; i++) add(i % 2 ? 60 : -20);
  const departure = new Date(t);
  for (let i = 0; i < 20; i++) add(200 + i * 100);
  return { positions, arrival, departure };
}

async function report(driverToken: string, positions: PositionInput[], batch: number) {
  for (let i = 0; i < positions.length; i += batch) {
    await app.ok(REPORT_POSITIONS, { positions: positions.slice(i, i + batch) }, driverToken);
  }
  await app.server.services.geofence.idle();
}

async function deliveryStop(consignmentId: string) {
  const { consignment } = await app.ok(STOPS, { id: consignmentId }, tenant.adminToken);
  return consignment!.stops[1];
}

const shuffle = <T>(items: T[]): T[] => {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
};

const mailsAbout = (reference: string) => smtp.received.filter((m) => m.subject.includes(reference));
const hooksAbout = (consignmentId: string) => receiver.received.filter((h) => (h.event.data as { consignment?: { id: string } }).consignment?.id === consignmentId);

describe('geofenced arrival and departure', () => {
  const start = () => new Date(Date.now() - 40 * 60_000);
  const variants: Array<[string, (p: PositionInput[]) => Promise<(token: string) => Promise<void>>]> = [
    ['in order, in batches of 5', async (p) => (token) => report(token, p, 5)],
    ['shuffled, in batches of 7', async (p) => (token) => report(token, shuffle(p), 7)],
    ['shuffled, each batch sent twice, then all of it replayed', async (p) => async (token) => {
      const shuffled = shuffle(p);
      for (let i = 0; i < shuffled.length; i += 9) {
        const batch = shuffled.slice(i, i + 9);
        await report(token, batch, 9);
        await report(token, batch, 9);
      }
      await report(token, p, 100);
    }],
  ];

  it.each(variants)('records one arrival and one departure at the recorded times, each task and webhook once: %s', async (name, how) => {
    const inOrder = name.startsWith('in order');
    const { consignment: c, driver } = await givenConsignmentInTransit(app, tenant, {
      stops: [stop('PICKUP'), stop('DELIVERY', { contactEmail: 'goods-in@delivery.example' })],
    });
    const { positions, arrival, departure } = route(start(), 4 * 60, c.reference);
    await (await how(positions))(driver.token);

    expect(await deliveryStop(c.id)).toMatchObject({
      actualArrival: arrival.toISOString(),
      arrivalSource: 'GEOFENCE',
      actualDeparture: departure.toISOString(),
      departureSource: 'GEOFENCE',
    });
    // The pickup, 600 km away, was never reached.
    const { consignment } = await app.ok(STOPS, { id: c.id }, tenant.adminToken);
    expect(consignment!.stops[0]).toMatchObject({ actualArrival: null, actualDeparture: null });

    await smtp.until(() => mailsAbout(c.reference).length >= 2, 5000, 'arrival and departure mails');
    await eventually(async () => expect(hooksAbout(c.id)).toHaveLength(2), { timeoutMs: 5000, what: 'two webhooks' });
    await untilSettled(app);
    await new Promise((r) => setTimeout(r, 200)); // anything sent twice would be here by now
    expect(mailsAbout(c.reference).map((m) => [m.to[0], m.subject.split(' (')[0]])).toEqual([
      ['goods-in@delivery.example', 'Arrived at Munich warehouse'],
      ['ops@carrier.example', 'Left Munich warehouse'],
    ]);
    expect(hooksAbout(c.id).map((h) => h.event.type)).toEqual(['stop.arrived', 'stop.departed']);
    if (inOrder) {
      // Told as they happened. (Positions arriving shuffled may first show a later start of the
      // same stay; the webhook tells the time known then, and the stop ends on the right one.)
      const told = hooksAbout(c.id).map((h) => (h.event.data as { stop: { actualArrival: string; actualDeparture: string | null } }).stop);
      expect(told).toEqual([
        expect.objectContaining({ actualArrival: arrival.toISOString(), actualDeparture: null }),
        expect.objectContaining({ actualArrival: arrival.toISOString(), actualDeparture: departure.toISOString() }),
      ]);
    }
  });

  it('records nothing for a drive-by without dwell', async () => {
    const { consignment: c, driver } = await givenConsignmentInTransit(app, tenant);
    const { positions } = route(start(), 60, c.reference);
    await report(driver.token, positions, 10);
    expect(await deliveryStop(c.id)).toMatchObject({ actualArrival: null, arrivalSource: null, actualDeparture: null, departureSource: null });
    const [{ n }] = await app.sql<{ n: number }>('SELECT count(*)::int AS n FROM outbox_messages WHERE consignment_id = $1', [c.id]);
    expect(n).toBe(0);
  });

  it('never overwrites a time typed in, and departs from it by geofence', async () => {
    const { consignment: c, driver } = await givenConsignmentInTransit(app, tenant);
    const delivery = c.stops[1];
    const { positions, arrival, departure } = route(start(), 4 * 60, c.reference);
    const typed = new Date(arrival.getTime() + 60_000).toISOString();
    await app.ok(UPDATE_STOP, { stopId: delivery.id, input: { actualArrival: typed } }, tenant.adminToken);
    await report(driver.token, positions, 20);
    expect(await deliveryStop(c.id)).toMatchObject({
      actualArrival: typed,
      arrivalSource: 'MANUAL',
      actualDeparture: departure.toISOString(),
      departureSource: 'GEOFENCE',
    });
    // A departure typed in afterwards wins too.
    const later = new Date(departure.getTime() + 60_000).toISOString();
    await app.ok(UPDATE_STOP, { stopId: delivery.id, input: { actualDeparture: later } }, tenant.adminToken);
    await report(driver.token, positions.map((p) => ({ ...p, clientId: `again-${p.clientId}` })), 50);
    expect(await deliveryStop(c.id)).toMatchObject({ actualArrival: typed, actualDeparture: later, departureSource: 'MANUAL' });
    const rows = await app.sql<{ trigger: string }>('SELECT trigger FROM outbox_messages WHERE consignment_id = $1 ORDER BY created_at', [c.id]);
    expect(rows.map((r) => r.trigger)).toEqual(['STOP_ARRIVED', 'STOP_DEPARTED']);
  });

  it('uses the stop\'s own radius over the tenant\'s', async () => {
    const { consignment: c, driver } = await givenConsignmentInTransit(app, tenant);
    // Within 10 m only: the route's samples at 20 and 60 m are outside.
    await app.ok(UPDATE_STOP, { stopId: c.stops[1].id, input: { geofenceRadiusM: 10 } }, tenant.adminToken);
    await report(driver.token, route(start(), 4 * 60, c.reference).positions, 50);
    expect(await deliveryStop(c.id)).toMatchObject({ actualArrival: null });
    const refused = await app.gql(UPDATE_STOP, { stopId: c.stops[1].id, input: { geofenceRadiusM: 5 } }, tenant.adminToken);
    expect(refused.errors?.[0]).toMatchObject({ message: expect.stringContaining('input.geofenceRadiusM'), extensions: { code: 'BAD_USER_INPUT' } });
  });
});
