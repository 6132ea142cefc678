import { REPORT_POSITIONS, UPDATE_STOP } from '../../../test/documents';
import { givenConsignmentInTransit, givenTenant, stop } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { publicGql } from '../../../test/public-api';
import { createTask } from '../../../test/tasks';
import { doc } from '../../../test/typed-document';
import { startReceiver, type WebhookReceiver } from '../../../test/webhook-receiver';
import { givenEndpoint } from '../../../test/webhooks';
import { lateByMinutes } from './lateness';

// Running late, end to end: positions move the live ETA past the delivery's window, the stop
// is late by ~N min on the staff API and the public page (its rendered HTML too), ETA_LATE
// tasks queue once per episode, and a recovery shows.
let app: TestApp;
let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = await startReceiver();
  app = await startTestApp({ PUBLIC_RATE_LIMIT: '100000', WEBHOOK_POLL_MS: '20' });
});
afterAll(async () => {
  await app.close();
  await receiver.close();
});

const PAGE_STOPS = doc<
  { trackingPage: { __typename: string; stops?: Array<{ type: string; lateByMinutes: number | null; lateRecovered: boolean }> } },
  { token: string }
>('query($token: String!) { trackingPage(token: $token) { __typename ... on TrackingPage { stops { type lateByMinutes lateRecovered } } } }');
const STAFF_STOPS = doc<{ consignment: { stops: Array<{ lateByMinutes: number | null; lateEpisodes: number; estimatedArrival: string | null }> } | null }, { id: string }>(
  'query($id: ID!) { consignment(id: $id) { stops { lateByMinutes lateEpisodes estimatedArrival } } }',
);

describe('lateByMinutes', () => {
  const due = new Date('2026-03-01T12:00:00Z');
  const at = (minutes: number) => new Date(due.getTime() + minutes * 60_000);
  const stopAt = (eta: number, current: number | null = null) => ({ estimatedArrival: at(eta), plannedWindowEnd: due, plannedArrival: null, actualArrival: null, lateByMinutes: current });
  it('is late past the threshold, about N minutes, and recovers only within half of it', () => {
    expect(lateByMinutes(stopAt(15), 15)).toBeNull();
    expect(lateByMinutes(stopAt(17), 15)).toBe(15);
    expect(lateByMinutes(stopAt(43), 15)).toBe(45);
    expect(lateByMinutes(stopAt(10, 15), 15)).toBe(10); // still late: not yet within half the threshold
    expect(lateByMinutes(stopAt(7, 10), 15)).toBeNull();
    expect(lateByMinutes({ ...stopAt(60), plannedWindowEnd: null }, 15)).toBeNull();
  });
});

describe('a late route', () => {
  it('fires ETA_LATE and stop.running_late once per episode, and the page shows the delay and the recovery', async () => {
    const tenant = await givenTenant(app, { tracking: true });
    await givenEndpoint(app, tenant.adminToken, { url: `${receiver.url}/late`, eventTypes: ['STOP_RUNNING_LATE'] });
    const lateHooks = () => receiver.accepted().filter((h) => h.path === '/late');
    await createTask(app, tenant.adminToken, {
      name: 'Late',
      level: 'STOP',
      trigger: 'ETA_LATE',
      recipient: 'FIXED_ADDRESS',
      fixedEmail: 'ops@carrier.example',
      subject: 'Running late: {{stop.name}} ({{consignment.reference}})',
      body: 'New ETA {{stop.eta}}',
    });
    const soon = new Date(Date.now() + 5 * 60_000).toISOString();
    const { consignment: c, driver, token } = await givenConsignmentInTransit(app, tenant, {
      stops: [stop('PICKUP'), stop('DELIVERY', { plannedArrival: new Date(Date.now() - 3_600_000).toISOString(), plannedWindowEnd: soon })],
    });
    const [pickup, delivery] = c.stops;
    await app.ok(UPDATE_STOP, { stopId: pickup.id, input: { actualArrival: '2026-01-01T06:00:00Z', actualDeparture: '2026-01-01T07:00:00Z' } }, tenant.adminToken);
    const lateMails = async () =>
      (await app.sql<{ trigger: string; dedupe_key: string }>("SELECT trigger, dedupe_key FROM outbox_messages WHERE consignment_id = $1 AND trigger = 'ETA_LATE'", [c.id])).length;
    const staffStop = async () => (await app.ok(STAFF_STOPS, { id: c.id }, tenant.adminToken)).consignment!.stops[1];
    const pageStop = async () => (await publicGql(app, PAGE_STOPS, { token })).body.data!.trackingPage.stops![1];

    // 110 km north of the delivery at the default 60 km/h: about 110 minutes out, 105 past the window.
    const now = Date.now();
    for (const [i, km] of [110, 109, 108, 107].entries()) {
      const recordedAt = new Date(now - (3 - i) * 60_000).toISOString();
      await app.ok(REPORT_POSITIONS, { positions: [{ clientId: `late-${i}`, latitude: 48.14 + km / 111.2, longitude: 11.46, recordedAt }] }, driver.token);
      await app.server.services.eta.idle();
    }
    const late = await staffStop();
    expect(late.lateByMinutes).toBeGreaterThanOrEqual(80);
    expect(late.lateEpisodes).toBe(1);
    expect(await lateMails()).toBe(1);
    await receiver.until(() => lateHooks().length >= 1, 5000, 'the running-late webhook');
    const [hook] = lateHooks();
    expect(hook.event.type).toBe('stop.running_late');
    expect(hook.event.data).toMatchObject({
      consignment: { id: c.id, reference: c.reference },
      stop: { id: delivery.id, type: 'DELIVERY', estimatedArrival: late.estimatedArrival },
      lateByMinutes: late.lateByMinutes,
      episode: 1,
    });
    expect(hook.body).not.toContain(token);
    expect(hook.body).not.toContain('/t/');
    expect(await pageStop()).toEqual({ type: 'DELIVERY', lateByMinutes: late.lateByMinutes, lateRecovered: false });
    const html = await (await fetch(`${app.url}/t/${token}`, { headers: { 'accept-language': 'en' } })).text();
    expect(html).toContain(`Running late by ~${late.lateByMinutes} min`);

    // The dispatcher moves the window: back on schedule, shown as such; no mail for that.
    await app.ok(UPDATE_STOP, { stopId: delivery.id, input: { plannedWindowEnd: new Date(now + 5 * 3_600_000).toISOString() } }, tenant.adminToken);
    expect(await staffStop()).toMatchObject({ lateByMinutes: null, lateEpisodes: 1 });
    expect(await pageStop()).toEqual({ type: 'DELIVERY', lateByMinutes: null, lateRecovered: true });
    expect(await (await fetch(`${app.url}/t/${token}`, { headers: { 'accept-language': 'en' } })).text()).toContain('Back on schedule');
    expect(await lateMails()).toBe(1);

    // Late again: a second episode, a second mail.
    await app.ok(UPDATE_STOP, { stopId: delivery.id, input: { plannedWindowEnd: soon } }, tenant.adminToken);
    expect(await staffStop()).toMatchObject({ lateEpisodes: 2 });
    expect(await lateMails()).toBe(2);
    await receiver.until(() => lateHooks().length >= 2, 5000, 'the second episode\'s webhook');
    await new Promise((r) => setTimeout(r, 200)); // anything sent twice would be here by now
    expect(lateHooks().map((h) => h.event.data.episode)).toEqual([1, 2]);
  });
});
