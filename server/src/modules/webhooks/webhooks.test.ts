import {
  DELETE_CONSIGNMENT,
  PAGE_TYPENAME,
  REGENERATE_TRACKING_LINK,
  REVOKE_TRACKING_LINK,
  SET_CONSIGNMENT_STATUS,
  UPDATE_STOP,
} from '../../../test/documents';
import { givenActiveLink, givenConsignment, givenTenant, tokenOf, type TenantFixture } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { publicGql } from '../../../test/public-api';
import { startSmtp, type SmtpCatcher } from '../../../test/smtp';
import { createTask } from '../../../test/tasks';
import { startReceiver, verifies, type WebhookReceiver } from '../../../test/webhook-receiver';
import {
  ALL_EVENT_TYPES,
  CREATE_WEBHOOK_ENDPOINT,
  deliveriesOf,
  givenEndpoint,
  RESEND_WEBHOOK_DELIVERY,
  ROTATE_WEBHOOK_SECRET,
  SEND_TEST_WEBHOOK,
  UPDATE_WEBHOOK_ENDPOINT,
  WEBHOOK_ENDPOINTS,
} from '../../../test/webhooks';

// Webhooks end to end: the real app, its own worker, and a real HTTP receiver on loopback whose
// answers each test chooses. Short timeouts, backoffs and windows keep the tests quick.
let app: TestApp;
let receiver: WebhookReceiver;
let smtp: SmtpCatcher;
let tenant: TenantFixture;
beforeAll(async () => {
  receiver = await startReceiver();
  smtp = await startSmtp();
  app = await startTestApp({
    SMTP_URL: smtp.url,
    OUTBOX_POLL_MS: '20',
    OUTBOX_MAX_ATTEMPTS: '1',
    WEBHOOK_POLL_MS: '20',
    WEBHOOK_BACKOFF_MS: '30',
    WEBHOOK_TIMEOUT_MS: '400',
    WEBHOOK_RETRY_WINDOW_MS: '3000',
    WEBHOOK_DISABLE_AFTER_FAILURES: '2',
  });
  tenant = await givenTenant(app, { tracking: true });
});
afterEach(() => {
  receiver.reply = () => ({ status: 204 });
});
afterAll(async () => {
  await app.close();
  await receiver.close();
  await smtp.close();
});

const at = (path: string) => `${receiver.url}${path}`;
const hooksAt = (path: string) => receiver.received.filter((h) => h.path === path);
const acceptedAt = (path: string) => receiver.accepted().filter((h) => h.path === path);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('every event type', () => {
  it('reaches an endpoint named by host name with the request a receiver expects: Host, length in bytes, type, agent', async () => {
    const own = await givenTenant(app, { tracking: true });
    const named = at('/named').replace('127.0.0.1', 'localhost');
    const { secret } = await givenEndpoint(app, own.adminToken, { url: named, eventTypes: ['CONSIGNMENT_CREATED'] });
    // Characters of two and three bytes: the length sent must count bytes, not characters.
    const consignment = await givenConsignment(app, own.adminToken, { customerReference: 'PO-Zürich-€' });
    await receiver.until(() => acceptedAt('/named').length === 1, 5000, 'the delivery to the named endpoint');
    const [hook] = acceptedAt('/named');
    expect(verifies(hook, secret)).toBe(true);
    expect(hook.event.data.consignment).toMatchObject({ id: consignment.id, customerReference: 'PO-Zürich-€' });
    expect(hook.headers).toMatchObject({
      host: new URL(named).host,
      'content-length': String(Buffer.byteLength(hook.body)),
      'content-type': 'application/json',
      'user-agent': 'Tracklink-Webhooks/1.0',
    });
    expect(hook.headers['transfer-encoding']).toBeUndefined();
  });

  it('arrives once, signed and verifiable with the standardwebhooks package, with ids and references only', async () => {
    const own = await givenTenant(app, { tracking: true });
    const { secret } = await givenEndpoint(app, own.adminToken, { url: at('/all'), eventTypes: ALL_EVENT_TYPES });
    const { secret: internalSecret } = await givenEndpoint(app, own.adminToken, { url: at('/internal'), eventTypes: ['CONSIGNMENT_CREATED'], internal: true });
    await createTask(app, own.adminToken, {
      name: 'Refused',
      level: 'CONSIGNMENT',
      trigger: 'CONSIGNMENT_CREATED',
      recipient: 'FIXED_ADDRESS',
      fixedEmail: 'refused@example.com',
      subject: 'New {{consignment.reference}}',
      body: 'Created.',
    });
    smtp.reply = (mail) => (mail.to.includes('refused@example.com') ? { code: 550, message: 'No such mailbox' } : null);

    const { consignment, link, token } = await givenActiveLink(app, own, { price: 1250.5, cost: 900 });
    const [, delivery] = consignment.stops;
    await app.ok(SET_CONSIGNMENT_STATUS, { consignmentId: consignment.id, status: 'TO_PLAN' }, own.adminToken);
    const eta = new Date(Date.now() + 3 * 3600_000);
    // Due an hour before that ETA: running late (once, though the ETA moves again).
    const due = { plannedArrival: new Date(Date.now() + 3600_000).toISOString(), plannedWindowEnd: new Date(Date.now() + 2 * 3600_000).toISOString() };
    await app.ok(UPDATE_STOP, { stopId: delivery.id, input: due }, own.adminToken);
    await app.ok(UPDATE_STOP, { stopId: delivery.id, input: { estimatedArrival: eta.toISOString() } }, own.adminToken);
    // Five minutes later: under the threshold (10 minutes), so not told.
    await app.ok(UPDATE_STOP, { stopId: delivery.id, input: { estimatedArrival: new Date(eta.getTime() + 5 * 60_000).toISOString() } }, own.adminToken);
    await app.ok(UPDATE_STOP, { stopId: delivery.id, input: { actualArrival: new Date(Date.now() - 60_000).toISOString() } }, own.adminToken);
    await app.ok(UPDATE_STOP, { stopId: delivery.id, input: { actualDeparture: new Date().toISOString() } }, own.adminToken);
    expect((await publicGql(app, PAGE_TYPENAME, { token })).body.data?.trackingPage.__typename).toBe('TrackingPage');
    await publicGql(app, PAGE_TYPENAME, { token }, { 'x-forwarded-for': '203.0.113.9' }); // a second view: not the first
    const { regenerateTrackingLink: replacement } = await app.ok(REGENERATE_TRACKING_LINK, { linkId: link.id }, own.adminToken);
    await app.ok(REVOKE_TRACKING_LINK, { linkId: replacement.id }, own.adminToken);
    await app.ok(DELETE_CONSIGNMENT, { consignmentId: consignment.id }, own.adminToken);

    const wire = [
      'consignment.created',
      'tracking_link.created',
      'email.failed',
      'consignment.status_changed',
      'stop.eta_changed',
      'stop.running_late',
      'stop.arrived',
      'stop.departed',
      'tracking_link.first_viewed',
      'tracking_link.regenerated',
      'tracking_link.revoked',
      'consignment.deleted',
    ];
    await receiver.until(() => wire.every((t) => acceptedAt('/all').some((h) => h.event.type === t)), 10_000, 'every event type');
    await sleep(300);
    const hooks = acceptedAt('/all');
    expect(hooks.map((h) => h.event.type).sort()).toEqual([...wire].sort());
    for (const h of hooks) {
      expect(verifies(h, secret)).toBe(true);
      expect(verifies(h, internalSecret)).toBe(false);
      expect(h.event.id).toBe(h.id);
      expect(h.id).toMatch(/^msg_[0-9a-f]{32}$/);
      expect(Date.parse(h.event.timestamp)).toBeGreaterThan(Date.now() - 60_000);
      // Never a token or a tracking URL, and no money for an endpoint that is not internal.
      expect(h.body).not.toContain(token);
      expect(h.body).not.toContain(tokenOf(replacement.url));
      expect(h.body).not.toContain('/t/');
      // The price as a value (not inside an id or a message id, which are random hex).
      expect(h.body).not.toMatch(/price|cost|(?<![0-9a-z_-])1250(?![0-9a-z_-])/i);
    }
    // Events of one consignment arrive in the order they happened.
    expect(hooks.map((h) => h.event.type).filter((t) => t !== 'email.failed')).toEqual(wire.filter((t) => t !== 'email.failed'));
    const byType = Object.fromEntries(hooks.map((h) => [h.event.type, h.event.data]));
    expect(byType['consignment.created'].consignment).toMatchObject({ id: consignment.id, reference: consignment.reference, status: 'DRAFT' });
    expect(byType['consignment.status_changed']).toMatchObject({ consignment: { status: 'TO_PLAN' }, previousStatus: 'DRAFT' });
    expect(byType['tracking_link.created']).toEqual({ link: { id: link.id, consignmentId: consignment.id }, recipientEmail: null });
    expect(byType['stop.eta_changed']).toMatchObject({ stop: { id: delivery.id, estimatedArrival: eta.toISOString() }, previousEstimatedArrival: null });
    expect(byType['stop.running_late']).toMatchObject({ consignment: { id: consignment.id }, stop: { id: delivery.id, estimatedArrival: eta.toISOString() }, lateByMinutes: 60, episode: 1 });
    expect(byType['stop.arrived'].stop.actualArrival).not.toBeNull();
    expect(byType['tracking_link.regenerated']).toEqual({ link: { id: link.id, consignmentId: consignment.id }, replacedBy: { id: replacement.id } });
    expect(byType['tracking_link.revoked'].link.id).toBe(replacement.id);
    expect(byType['tracking_link.first_viewed'].link.id).toBe(link.id);
    expect(byType['email.failed'].email).toMatchObject({ consignmentId: consignment.id, to: 'refused@example.com', trigger: 'CONSIGNMENT_CREATED' });
    expect(byType['email.failed'].email.error).toMatch(/550/);

    // The internal endpoint gets the consignment's price and cost.
    const [internal] = acceptedAt('/internal');
    expect(verifies(internal, internalSecret)).toBe(true);
    expect(internal.event.data.consignment).toMatchObject({ id: consignment.id, price: '1250.50', cost: '900.00' });
    expect(internal.id).toBe(hooks[0].id); // one event, one webhook-id, whichever endpoint hears it
  });

  it('stop.eta_changed: only once the ETA has moved by more than the threshold since the last one told', async () => {
    const { endpoint } = await givenEndpoint(app, tenant.adminToken, { url: at('/eta'), eventTypes: ['STOP_ETA_CHANGED'] });
    const consignment = await givenConsignment(app, tenant.adminToken);
    const stopId = consignment.stops[1].id;
    const base = Date.now() + 5 * 3600_000;
    for (const minutes of [0, 4, 8, 11, 15, 30]) {
      await app.ok(UPDATE_STOP, { stopId, input: { estimatedArrival: new Date(base + minutes * 60_000).toISOString() } }, tenant.adminToken);
    }
    // Told: the first ETA, then 11 (11 minutes after 0), then 30 (19 after 11); 4, 8 and 15 are within 10 of the last told.
    await receiver.until(() => acceptedAt('/eta').length >= 3, 5000, 'three ETA events');
    await sleep(200);
    const told = acceptedAt('/eta').map((h) => h.event.data);
    expect(told.map((d) => d.stop.estimatedArrival)).toEqual([0, 11, 30].map((m) => new Date(base + m * 60_000).toISOString()));
    expect(told.map((d) => d.previousEstimatedArrival)).toEqual([null, ...[0, 11].map((m) => new Date(base + m * 60_000).toISOString())]);
    await app.ok(UPDATE_WEBHOOK_ENDPOINT, { id: endpoint.id, input: { enabled: false } }, tenant.adminToken);
  });
});

describe('retries', () => {
  it('500 twice then 200: delivered on the third attempt, with the same webhook-id and body', async () => {
    const { endpoint, secret } = await givenEndpoint(app, tenant.adminToken, { url: at('/flaky'), eventTypes: ['CONSIGNMENT_CREATED'] });
    let answered = 0;
    // The 200 comes with a body larger than what is kept of an answer: read to its end, not kept.
    receiver.reply = (h) => (h.path === '/flaky' ? (answered++ < 2 ? { status: 500 } : { status: 200, body: JSON.stringify({ ok: true, pad: 'x'.repeat(256 * 1024) }) }) : { status: 204 });
    const { sendTestWebhook: queued } = await app.ok(SEND_TEST_WEBHOOK, { endpointId: endpoint.id }, tenant.adminToken);
    expect(queued).toMatchObject({ status: 'PENDING', eventType: 'webhook.test', attempts: 0 });
    await receiver.until(() => acceptedAt('/flaky').length === 1, 5000, 'the third attempt');
    const tries = hooksAt('/flaky');
    expect(tries.map((h) => h.status)).toEqual([500, 500, 200]);
    expect(new Set(tries.map((h) => h.id))).toEqual(new Set([queued.messageId]));
    expect(new Set(tries.map((h) => h.body)).size).toBe(1);
    for (const h of tries) expect(verifies(h, secret)).toBe(true);
    // Backed off between attempts.
    expect(tries[1].at - tries[0].at).toBeGreaterThanOrEqual(10);
    await sleep(100);
    const [logged] = await deliveriesOf(app, tenant.adminToken, endpoint.id);
    expect(logged).toMatchObject({ id: queued.id, status: 'DELIVERED', attempts: 3, lastStatusCode: 200, lastError: null, nextAttemptAt: null });
    expect(logged.lastLatencyMs).toEqual(expect.any(Number));
    expect(JSON.parse(logged.payload)).toMatchObject({ id: queued.messageId, type: 'webhook.test', data: { endpointId: endpoint.id } });
  });

  it('a receiver that never answers 2xx: FAILED once the retry window is over, and too many such failures turn the endpoint off', async () => {
    const { endpoint } = await givenEndpoint(app, tenant.adminToken, { url: at('/down'), eventTypes: ['CONSIGNMENT_CREATED'] });
    receiver.reply = (h) => (h.path === '/down' ? { status: 503, body: `  down for maintenance ${'z'.repeat(2000)}` } : { status: 204 });
    const first = (await app.ok(SEND_TEST_WEBHOOK, { endpointId: endpoint.id }, tenant.adminToken)).sendTestWebhook;
    const second = (await app.ok(SEND_TEST_WEBHOOK, { endpointId: endpoint.id }, tenant.adminToken)).sendTestWebhook;
    await receiver.until(async () => {
      const [state] = (await app.ok(WEBHOOK_ENDPOINTS, {}, tenant.adminToken)).webhookEndpoints.filter((e) => e.id === endpoint.id);
      return !state.enabled;
    }, 10_000, 'the endpoint turned off');
    const [state] = (await app.ok(WEBHOOK_ENDPOINTS, {}, tenant.adminToken)).webhookEndpoints.filter((e) => e.id === endpoint.id);
    expect(state).toMatchObject({ enabled: false, consecutiveFailures: 2, disabledReason: '2 deliveries in a row failed for good' });
    expect(state.disabledAt).not.toBeNull();
    const log = await deliveriesOf(app, tenant.adminToken, endpoint.id);
    for (const d of log.filter((d) => [first.id, second.id].includes(d.id))) {
      expect(d).toMatchObject({ status: 'FAILED', lastStatusCode: 503 });
      // The answer's first words, trimmed and cut short.
      expect(d.lastError).toMatch(/^HTTP 503: down for maintenance z+…$/);
      expect(d.lastError!.length).toBeLessThanOrEqual(301);
      expect(d.attempts).toBeGreaterThan(1);
    }
    // Off: a test event is refused; staff turn it on again, which starts afresh.
    expect((await app.gql(SEND_TEST_WEBHOOK, { endpointId: endpoint.id }, tenant.adminToken)).errors?.[0].extensions?.code).toBe('CONFLICT');
    const { updateWebhookEndpoint: on } = await app.ok(UPDATE_WEBHOOK_ENDPOINT, { id: endpoint.id, input: { enabled: true } }, tenant.adminToken);
    expect(on).toMatchObject({ enabled: true, consecutiveFailures: 0, disabledReason: null, disabledAt: null });
    await app.ok(UPDATE_WEBHOOK_ENDPOINT, { id: endpoint.id, input: { enabled: false } }, tenant.adminToken);
  });

  it('410 Gone turns the endpoint off at once, and says so', async () => {
    const { endpoint } = await givenEndpoint(app, tenant.adminToken, { url: at('/gone'), eventTypes: ['CONSIGNMENT_CREATED'] });
    receiver.reply = (h) => (h.path === '/gone' ? { status: 410 } : { status: 204 });
    await app.ok(SEND_TEST_WEBHOOK, { endpointId: endpoint.id }, tenant.adminToken);
    await receiver.until(() => hooksAt('/gone').length === 1, 5000, 'the attempt');
    await receiver.until(async () => {
      const list = (await app.ok(WEBHOOK_ENDPOINTS, {}, tenant.adminToken)).webhookEndpoints;
      return list.find((e) => e.id === endpoint.id)?.disabledReason === 'The endpoint answered 410 Gone';
    }, 5000, 'the endpoint turned off');
    await givenConsignment(app, tenant.adminToken); // nothing is queued for an endpoint that is off
    await sleep(200);
    expect(hooksAt('/gone')).toHaveLength(1);
    const [failed] = await deliveriesOf(app, tenant.adminToken, endpoint.id);
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 1, lastStatusCode: 410 });
  });
});

describe('timeouts', () => {
  it('a receiver that hangs holds up no other endpoint, and its attempts end at the timeout', async () => {
    const hanging = await givenEndpoint(app, tenant.adminToken, { url: at('/hang'), eventTypes: ['CONSIGNMENT_CREATED'] });
    const quick = await givenEndpoint(app, tenant.adminToken, { url: at('/quick'), eventTypes: ['CONSIGNMENT_CREATED'] });
    receiver.reply = (h) => (h.path === '/hang' ? 'hang' : { status: 204 });
    // More hanging deliveries than the pool has slots (16): the quick endpoint still gets through.
    for (let i = 0; i < 20; i++) await app.ok(SEND_TEST_WEBHOOK, { endpointId: hanging.endpoint.id }, tenant.adminToken);
    await receiver.until(() => hooksAt('/hang').length >= 4, 5000, 'hanging requests');
    const started = Date.now();
    for (let i = 0; i < 5; i++) await app.ok(SEND_TEST_WEBHOOK, { endpointId: quick.endpoint.id }, tenant.adminToken);
    await receiver.until(() => acceptedAt('/quick').length === 5, 3000, 'the quick endpoint');
    expect(Date.now() - started).toBeLessThan(3000);
    await receiver.until(async () => (await deliveriesOf(app, tenant.adminToken, hanging.endpoint.id)).some((d) => d.lastError !== null), 5000, 'a timed-out attempt');
    const timedOut = (await deliveriesOf(app, tenant.adminToken, hanging.endpoint.id)).find((d) => d.lastError !== null)!;
    expect(timedOut.lastError).toMatch(/no answer within 400 ms/);
    expect(timedOut.lastStatusCode).toBeNull();
    expect(timedOut.lastLatencyMs).toBeGreaterThanOrEqual(380);
    await app.ok(UPDATE_WEBHOOK_ENDPOINT, { id: hanging.endpoint.id, input: { enabled: false } }, tenant.adminToken);
  });
});

describe('secrets, resends and the log', () => {
  it('a rotated secret: both sign during the grace period, then only the new one', async () => {
    const { endpoint, secret: old } = await givenEndpoint(app, tenant.adminToken, { url: at('/rotate'), eventTypes: ['CONSIGNMENT_CREATED'] });
    const { rotateWebhookSecret: rotated } = await app.ok(ROTATE_WEBHOOK_SECRET, { id: endpoint.id }, tenant.adminToken);
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(old);
    expect(Date.parse(rotated.endpoint.previousSecretExpiresAt!)).toBeGreaterThan(Date.now() + 23 * 3600_000);
    await app.ok(SEND_TEST_WEBHOOK, { endpointId: endpoint.id }, tenant.adminToken);
    await receiver.until(() => acceptedAt('/rotate').length === 1, 5000, 'the delivery');
    const [during] = acceptedAt('/rotate');
    expect(during.signature.split(' ')).toHaveLength(2);
    expect(verifies(during, old)).toBe(true);
    expect(verifies(during, rotated.secret)).toBe(true);

    await app.sql(`UPDATE webhook_endpoints SET previous_secret_expires_at = now() - interval '1 second' WHERE id = $1`, [endpoint.id]);
    await app.ok(SEND_TEST_WEBHOOK, { endpointId: endpoint.id }, tenant.adminToken);
    await receiver.until(() => acceptedAt('/rotate').length === 2, 5000, 'the delivery after the grace period');
    const after = acceptedAt('/rotate')[1];
    expect(after.signature.split(' ')).toHaveLength(1);
    expect(verifies(after, rotated.secret)).toBe(true);
    expect(verifies(after, old)).toBe(false);
    // The secret is stored encrypted, never as it was shown.
    const [row] = await app.sql<{ secret_encrypted: string }>('SELECT secret_encrypted FROM webhook_endpoints WHERE id = $1', [endpoint.id]);
    expect(row.secret_encrypted).not.toContain(rotated.secret.slice(6));
  });

  it('resend: a delivered event again, with the same webhook-id; a pending one cannot be resent', async () => {
    const { endpoint } = await givenEndpoint(app, tenant.adminToken, { url: at('/resend'), eventTypes: ['CONSIGNMENT_CREATED'] });
    const { sendTestWebhook: queued } = await app.ok(SEND_TEST_WEBHOOK, { endpointId: endpoint.id }, tenant.adminToken);
    await receiver.until(() => acceptedAt('/resend').length === 1, 5000, 'the delivery');
    await receiver.until(async () => (await deliveriesOf(app, tenant.adminToken, endpoint.id))[0].status === 'DELIVERED', 5000, 'recorded');
    const { resendWebhookDelivery: again } = await app.ok(RESEND_WEBHOOK_DELIVERY, { id: queued.id }, tenant.adminToken);
    expect(again).toMatchObject({ status: 'PENDING', attempts: 0 });
    await receiver.until(() => acceptedAt('/resend').length === 2, 5000, 'the resend');
    const [first, second] = acceptedAt('/resend');
    expect(second.id).toBe(first.id);
    expect(second.body).toBe(first.body);

    receiver.reply = (h) => (h.path === '/resend' ? 'hang' : { status: 204 });
    const { sendTestWebhook: held } = await app.ok(SEND_TEST_WEBHOOK, { endpointId: endpoint.id }, tenant.adminToken);
    const refused = await app.gql(RESEND_WEBHOOK_DELIVERY, { id: held.id }, tenant.adminToken);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    // Only super admins see or manage endpoints; another tenant's look like none.
    expect((await app.gql(WEBHOOK_ENDPOINTS, {}, tenant.dispatcherToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const other = await givenTenant(app);
    expect((await app.gql(RESEND_WEBHOOK_DELIVERY, { id: queued.id }, other.adminToken)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await app.gql(SEND_TEST_WEBHOOK, { endpointId: endpoint.id }, other.adminToken)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await app.ok(UPDATE_WEBHOOK_ENDPOINT, { id: endpoint.id, input: { enabled: false } }, tenant.adminToken);
  });

  it('refuses URLs that are not https (http only to localhost outside production) and event lists that are empty', async () => {
    const bad = async (url: string, eventTypes = ['CONSIGNMENT_CREATED' as const]) =>
      (await app.gql(CREATE_WEBHOOK_ENDPOINT, { input: { url, eventTypes } }, tenant.adminToken)).errors?.[0].extensions;
    expect(await bad('http://example.com/hook')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    expect(await bad('ftp://example.com/hook')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    expect(await bad('https://user:pass@example.com/hook')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    expect(await bad('not a url')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    expect(await bad('https://example.com/hook', [])).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.eventTypes' });
    const { endpoint } = await givenEndpoint(app, tenant.adminToken, { url: 'https://hooks.example.com/tracklink', eventTypes: ['CONSIGNMENT_CREATED'] });
    expect(endpoint).toMatchObject({ url: 'https://hooks.example.com/tracklink', enabled: true, internal: false });
    await app.ok(UPDATE_WEBHOOK_ENDPOINT, { id: endpoint.id, input: { enabled: false } }, tenant.adminToken);
  });
});
