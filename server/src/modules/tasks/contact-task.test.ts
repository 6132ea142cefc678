import {
  CONTACT_TASKS,
  CREATE_CONTACT_TASK,
  DELETE_CONTACT_TASK,
  RECALCULATE_TASKS,
  RETRY_OUTBOX_MESSAGE,
  REVOKE_TRACKING_LINK,
  SET_CONSIGNMENT_STATUS,
  SET_CONTACT_TASK_ENABLED,
  UPDATE_CONTACT_TASK,
  UPDATE_STOP,
  type ConsignmentStatus,
  type ContactTaskInput,
  type UpdateStopInput,
} from '../../../test/documents';
import { givenConsignment, givenConsignments, givenTenant, linksOf, setBilling, setIntegration, stop, tokenOf, type TenantFixture } from '../../../test/fixtures';
import { startTestApp, type GqlResult, type TestApp } from '../../../test/harness';
import { shownPage, trackingPage, unavailableReason } from '../../../test/public-api';
import { startSmtp, urlsIn, type SmtpCatcher } from '../../../test/smtp';
import { createStopTasks, createTask, orderIdOf, outboxOf, untilSettled } from '../../../test/tasks';
import type { OutboxWorker } from '../outbox/outbox.worker';

let app: TestApp;
let smtp: SmtpCatcher;
let worker: OutboxWorker;
beforeAll(async () => {
  smtp = await startSmtp();
  app = await startTestApp({ SMTP_URL: smtp.url, OUTBOX_POLL_MS: '20', OUTBOX_BACKOFF_MS: '20' });
  worker = app.server.services.outboxWorker;
  worker.start();
});
afterAll(async () => {
  await worker.stop();
  await app.close();
  await smtp.close();
});

const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));
const mailsAbout = (reference: string) => smtp.received.filter((m) => m.subject.includes(reference));

describe('saving a task', () => {
  const base: ContactTaskInput = {
    name: 'Arrival notice',
    level: 'STOP',
    trigger: 'STOP_ARRIVED',
    recipient: 'STOP_CONTACT',
    subject: 'Arrived at {{stop.name}}',
    body: 'Hello {{recipient.email}}, {{consignment.reference}} has arrived.',
  };
  const cases: Array<[string, Partial<ContactTaskInput>, string, RegExp]> = [
    ['an unknown variable', { body: 'ETA {{consignment.eta}}' }, 'input.body', /\{\{consignment\.eta\}\} is not a known variable/],
    ['an unknown variable in the subject', { subject: 'Hi {{customer.phone}}' }, 'input.subject', /customer\.phone/],
    ['a stop variable on a consignment task', { level: 'CONSIGNMENT', trigger: 'CONSIGNMENT_CREATED', recipient: 'CUSTOMER_CONTACT' }, 'input.subject', /stop-level/],
    ['the tracking link while the integration is off', { body: 'Track it: {{consignment.trackingLink}}' }, 'input.body', /tracking integration/],
    ['a placeholder left open', { body: 'Ref {{consignment.reference' }, 'input.body', /not a variable/],
    ['a stop trigger on a consignment task', { level: 'CONSIGNMENT', subject: 'x', recipient: 'CUSTOMER_CONTACT' }, 'input.trigger', /stop-level/],
    ['STATUS_REACHED without its status', { trigger: 'STATUS_REACHED' }, 'input.triggerStatus', /required/],
    ['STATUS_REACHED with DRAFT', { trigger: 'STATUS_REACHED', triggerStatus: 'DRAFT' }, 'input.triggerStatus', /TO_PLAN/],
    ['a status with another trigger', { triggerStatus: 'PLANNED' }, 'input.triggerStatus', /only with the STATUS_REACHED/],
    ['STOP_CONTACT on a consignment task', { level: 'CONSIGNMENT', trigger: 'CONSIGNMENT_CREATED', subject: 'x' }, 'input.recipient', /stop-level/],
    ['FIXED_ADDRESS without an address', { recipient: 'FIXED_ADDRESS' }, 'input.fixedEmail', /required/],
    ['FIXED_ADDRESS with a bad address', { recipient: 'FIXED_ADDRESS', fixedEmail: 'ops-at-example' }, 'input.fixedEmail', /not a valid email/],
    ['an address with another recipient', { fixedEmail: 'ops@example.com' }, 'input.fixedEmail', /only with the FIXED_ADDRESS/],
    ['an empty subject', { subject: '   ' }, 'input.subject', /must not be empty/],
    ['a two-line subject', { subject: 'one\ntwo' }, 'input.subject', /single line/],
    ['an empty name', { name: '' }, 'input.name', /must not be empty/],
  ];

  let tenant: TenantFixture;
  beforeAll(async () => {
    tenant = await givenTenant(app); // tracking integration off
  });

  it.each(cases)('refuses %s, naming the field, and saves nothing', async (_what, overrides, field, message) => {
    const res = await app.gql(CREATE_CONTACT_TASK, { input: { ...base, ...overrides } }, tenant.adminToken);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors?.[0].message).toMatch(message);
    expect(res.errors?.[0].message.startsWith(`${field}: `)).toBe(true);
    expect((await app.ok(CONTACT_TASKS, {}, tenant.adminToken)).contactTasks).toEqual([]);
  });

  it('accepts the tracking link once the integration is on; update, disable and delete work; dispatchers only read', async () => {
    const withLink = { ...base, body: 'Track it: {{ consignment.trackingLink }}' };
    expect((await app.gql(CREATE_CONTACT_TASK, { input: withLink }, tenant.adminToken)).errors?.[0].extensions?.field).toBe('input.body');
    await setIntegration(app, tenant.id, true);
    const task = await createTask(app, tenant.adminToken, withLink);
    expect(task).toMatchObject({ enabled: true, body: withLink.body });

    const bad = await app.gql(UPDATE_CONTACT_TASK, { id: task.id, input: { ...withLink, body: '{{stop.nope}}' } }, tenant.adminToken);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.body' });
    const { updateContactTask } = await app.ok(
      UPDATE_CONTACT_TASK,
      { id: task.id, input: { ...withLink, trigger: 'STATUS_REACHED', triggerStatus: 'DELIVERED', recipient: 'FIXED_ADDRESS', fixedEmail: 'ops@example.com' } },
      tenant.adminToken,
    );
    expect(updateContactTask).toMatchObject({ trigger: 'STATUS_REACHED', triggerStatus: 'DELIVERED', fixedEmail: 'ops@example.com', body: withLink.body });
    const { setContactTaskEnabled } = await app.ok(SET_CONTACT_TASK_ENABLED, { id: task.id, enabled: false }, tenant.adminToken);
    expect(setContactTaskEnabled.enabled).toBe(false);

    const dispatcher = tenant.dispatcherToken;
    const adminOnly: Array<() => Promise<GqlResult<unknown>>> = [
      () => app.gql(CREATE_CONTACT_TASK, { input: base }, dispatcher),
      () => app.gql(SET_CONTACT_TASK_ENABLED, { id: task.id, enabled: true }, dispatcher),
      () => app.gql(DELETE_CONTACT_TASK, { id: task.id }, dispatcher),
    ];
    for (const send of adminOnly) {
      const res = await send();
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const { contactTasks } = await app.ok(CONTACT_TASKS, {}, tenant.dispatcherToken);
    expect(contactTasks).toEqual([{ ...updateContactTask, enabled: false }]);
    expect((await app.ok(DELETE_CONTACT_TASK, { id: task.id }, tenant.adminToken)).deleteContactTask).toBe(true);
    expect((await app.ok(CONTACT_TASKS, {}, tenant.adminToken)).contactTasks).toEqual([]);
  });
});

describe('each recipient gets their own link', () => {
  it('a new consignment with two stop contacts: two emails, two links, each opening the page; revoking one leaves the other', async () => {
    const tenant = await givenTenant(app, { tracking: true });
    await createTask(app, tenant.adminToken, {
      name: 'Stop contacts on creation',
      level: 'STOP',
      trigger: 'CONSIGNMENT_CREATED',
      recipient: 'STOP_CONTACT',
      subject: '{{consignment.reference}}: {{stop.type}} at {{stop.name}}',
      body: 'Hello,\n\nYour {{stop.type}} at {{stop.name}} is expected {{stop.eta}}.\nFollow it here: {{consignment.trackingLink}}\n\n{{tenant.name}}',
    });
    const c = await givenConsignment(app, tenant.adminToken, {
      stops: [
        stop('PICKUP', { name: 'Rotterdam <Dock 7> & Co', contactEmail: 'dock7@rotterdam.example', estimatedArrival: '2030-03-12T13:00:00Z' }),
        stop('DELIVERY', { contactEmail: 'goods-in@munich.example', estimatedArrival: '2026-03-13T08:30:00Z' }),
      ],
    });
    await smtp.until(() => mailsAbout(c.reference).length >= 2, 5000, 'two emails');
    await untilSettled(app);
    const [pickup] = mailsTo('dock7@rotterdam.example');
    const [delivery] = mailsTo('goods-in@munich.example');
    expect(mailsAbout(c.reference)).toHaveLength(2);
    expect(pickup.subject).toBe(`${c.reference}: Pickup at Rotterdam <Dock 7> & Co`);
    expect(delivery.subject).toBe(`${c.reference}: Delivery at Munich warehouse`);

    // Plain text as typed; HTML with the values escaped; times in each stop's zone, tenant locale (en-NL).
    expect(pickup.text).toContain('Your Pickup at Rotterdam <Dock 7> & Co is expected 12 Mar 2030, 14:00 CET.');
    expect(delivery.text).toContain('Your Delivery at Munich warehouse is expected 13 Mar 2026, 09:30 CET.');
    expect(pickup.html).toContain('Rotterdam &lt;Dock 7&gt; &amp; Co');
    expect(pickup.html).not.toContain('<Dock 7>');

    const [pickupUrl] = urlsIn(pickup.text);
    const [deliveryUrl] = urlsIn(delivery.text);
    expect(pickupUrl).toBeDefined();
    expect(deliveryUrl).toBeDefined();
    expect(pickupUrl).not.toBe(deliveryUrl);
    expect(pickup.html).toContain(`<a href="${pickupUrl}">${pickupUrl}</a>`);

    const links = await linksOf(app, tenant.adminToken, c.id);
    expect(links.map((l) => l.recipientEmail)).toEqual([null, 'dock7@rotterdam.example', 'goods-in@munich.example']);
    expect(links.find((l) => l.recipientEmail === 'dock7@rotterdam.example')!.url).toBe(pickupUrl);
    for (const url of [pickupUrl, deliveryUrl]) expect((await shownPage(app, tokenOf(url))).reference).toBe(c.reference);

    const pickupLink = links.find((l) => l.url === pickupUrl)!;
    await app.ok(REVOKE_TRACKING_LINK, { linkId: pickupLink.id }, tenant.adminToken);
    expect(await unavailableReason(app, tokenOf(pickupUrl))).toBe('NOT_AVAILABLE');
    expect((await trackingPage(app, tokenOf(deliveryUrl))).__typename).toBe('TrackingPage');

    // A replay sends nothing and does not bring the revoked recipient a new link.
    const orderId = await orderIdOf(app, c.id);
    const { recalculateTasks } = await app.ok(RECALCULATE_TASKS, { orderIds: [orderId] }, tenant.adminToken);
    expect(recalculateTasks).toEqual({ consignments: 1, linksCreated: 0, emailsQueued: 0 });
    expect(await linksOf(app, tenant.adminToken, c.id)).toHaveLength(3);

    // The outbox shows both as sent, and holds no working token.
    const messages = await outboxOf(app, tenant.dispatcherToken);
    expect(messages.map((m) => [m.to, m.status, m.attempts])).toEqual(
      expect.arrayContaining([
        ['dock7@rotterdam.example', 'SENT', 1],
        ['goods-in@munich.example', 'SENT', 1],
      ]),
    );
    expect(messages[0].bodyText).toContain('{{consignment.trackingLink}}');
    const dump = (await app.sql<{ j: string }>('SELECT row_to_json(m)::text AS j FROM outbox_messages m')).map((r) => r.j).join('\n');
    for (const url of [pickupUrl, deliveryUrl]) expect(dump.includes(tokenOf(url))).toBe(false);
  });
});

describe('triggers fire once', () => {
  it('a status change sends once; replaying it sends nothing more', async () => {
    const tenant = await givenTenant(app, { tracking: true });
    await createTask(app, tenant.adminToken, {
      name: 'On its way',
      level: 'CONSIGNMENT',
      trigger: 'STATUS_REACHED',
      triggerStatus: 'IN_TRANSIT',
      recipient: 'CUSTOMER_CONTACT',
      subject: 'On its way: {{consignment.reference}}',
      body: 'Dear {{customer.name}}, {{order.reference}} is {{consignment.status}}: {{consignment.trackingLink}}',
    });
    const c = await givenConsignment(app, tenant.adminToken, { status: 'PLANNED' });
    const setStatus = (status: ConsignmentStatus) => app.ok(SET_CONSIGNMENT_STATUS, { consignmentId: c.id, status }, tenant.adminToken);
    await setStatus('IN_TRANSIT');
    await smtp.until(() => mailsAbout(c.reference).length === 1, 5000, 'the status email');
    const [mail] = mailsAbout(c.reference);
    expect(mail.to).toEqual(['orders@acme.example']);
    expect(mail.text).toMatch(/^Dear Acme Foods, ORD-\S+ is In transit: http:\/\/localhost:\d+\/t\/[A-Za-z0-9_-]{43}$/);
    expect((await shownPage(app, tokenOf(urlsIn(mail.text)[0]))).status).toBe('IN_TRANSIT');

    await setStatus('IN_TRANSIT');
    const orderId = await orderIdOf(app, c.id);
    const recalc = () => app.ok(RECALCULATE_TASKS, { orderIds: [orderId] }, tenant.adminToken);
    expect((await recalc()).recalculateTasks.emailsQueued).toBe(0);
    expect((await recalc()).recalculateTasks.emailsQueued).toBe(0);
    await setStatus('DELIVERED');
    await untilSettled(app);
    await worker.runOnce();
    expect(mailsAbout(c.reference)).toHaveLength(1);
    expect(await outboxOf(app, tenant.adminToken)).toHaveLength(1);
  });

  it('stop arrived and departed: once each, for that stop only', async () => {
    const tenant = await givenTenant(app, { tracking: true });
    await createStopTasks(app, tenant.adminToken);
    const c = await givenConsignment(app, tenant.adminToken, {
      stops: [stop('PICKUP', { contactEmail: 'dock@pickup.example' }), stop('DELIVERY', { contactEmail: 'goods-in@delivery.example' })],
    });
    const delivery = c.stops.find((s) => s.type === 'DELIVERY')!;
    const updateStop = (input: UpdateStopInput) => app.ok(UPDATE_STOP, { stopId: delivery.id, input }, tenant.adminToken);
    await updateStop({ actualArrival: '2026-03-13T08:00:00Z' });
    await updateStop({ actualArrival: '2026-03-13T08:05:00Z' });
    await updateStop({ actualDeparture: '2026-03-13T09:15:00Z' });
    await updateStop({ actualDeparture: '2026-03-13T09:20:00Z', name: 'Munich warehouse 2' });
    await smtp.until(() => mailsAbout(c.reference).length >= 2, 5000, 'arrival and departure');
    await untilSettled(app);
    const mails = mailsAbout(c.reference);
    expect(mails.map((m) => [m.to[0], m.subject, m.text])).toEqual([
      ['goods-in@delivery.example', `Arrived at Munich warehouse (${c.reference})`, 'Arrived 13 Mar 2026, 09:00 CET'],
      ['ops@carrier.example', `Left Munich warehouse (${c.reference})`, 'Departed 13 Mar 2026, 10:15 CET'],
    ]);
  });
});

describe('recalculateTasks', () => {
  it('on orders made before the integration was on: links created, emails sent, and only once', async () => {
    const tenant = await givenTenant(app);
    // A task without the link works with the integration off, at creation already.
    await createTask(app, tenant.adminToken, {
      name: 'Planned',
      level: 'CONSIGNMENT',
      trigger: 'STATUS_REACHED',
      triggerStatus: 'PLANNED',
      recipient: 'CUSTOMER_CONTACT',
      subject: 'Planned: {{consignment.reference}}',
      body: '{{consignment.reference}} is planned.',
    });
    const made = await givenConsignments(app, tenant.adminToken, 3, { status: 'PLANNED' });
    const orderId = await orderIdOf(app, made[0].id);
    await smtp.until(() => made.every((c) => mailsAbout(c.reference).length === 1), 5000, 'the planned emails');

    await setIntegration(app, tenant.id, true);
    await createTask(app, tenant.adminToken, {
      name: 'Your tracking link',
      level: 'CONSIGNMENT',
      trigger: 'CONSIGNMENT_CREATED',
      recipient: 'DELIVERY_CONTACT',
      subject: 'Track {{consignment.reference}}',
      body: 'Follow {{consignment.reference}} at {{consignment.trackingLink}}',
    });
    const recalc = () => app.ok(RECALCULATE_TASKS, { orderIds: [orderId] }, tenant.adminToken);
    expect((await recalc()).recalculateTasks).toEqual({ consignments: 3, linksCreated: 3, emailsQueued: 3 });
    await smtp.until(() => made.every((c) => mailsAbout(c.reference).length === 2), 5000, 'the link emails');
    for (const c of made) {
      const mail = mailsAbout(c.reference).find((m) => m.subject.startsWith('Track'))!;
      expect(mail.to).toEqual(['goods-in@example.com']);
      expect((await shownPage(app, tokenOf(urlsIn(mail.text)[0]))).reference).toBe(c.reference);
      const links = await linksOf(app, tenant.adminToken, c.id);
      expect(links.map((l) => l.recipientEmail)).toEqual([null, 'goods-in@example.com']);
    }

    expect((await recalc()).recalculateTasks).toEqual({ consignments: 3, linksCreated: 0, emailsQueued: 0 });
    await untilSettled(app);
    await worker.runOnce();
    for (const c of made) expect(mailsAbout(c.reference)).toHaveLength(2);
    expect(await outboxOf(app, tenant.adminToken)).toHaveLength(6);
  });
});

describe('billing locked', () => {
  it('holds back emails with the tracking link (it would not open), sends the others, and a recalculate sends the held ones once unlocked', async () => {
    const tenant = await givenTenant(app, { tracking: true });
    await createTask(app, tenant.adminToken, {
      name: 'Link',
      level: 'CONSIGNMENT',
      trigger: 'CONSIGNMENT_CREATED',
      recipient: 'DELIVERY_CONTACT',
      subject: 'Track {{consignment.reference}}',
      body: 'Follow it at {{consignment.trackingLink}}',
    });
    await createTask(app, tenant.adminToken, {
      name: 'No link',
      level: 'CONSIGNMENT',
      trigger: 'CONSIGNMENT_CREATED',
      recipient: 'DELIVERY_CONTACT',
      subject: 'Booked {{consignment.reference}}',
      body: '{{consignment.reference}} is booked.',
    });
    await setBilling(app, tenant.id, 'LOCKED');
    const c = await givenConsignment(app, tenant.adminToken);
    await smtp.until(() => mailsAbout(c.reference).length === 1, 5000, 'the email without the link');
    await untilSettled(app);
    await worker.runOnce();
    expect(mailsAbout(c.reference).map((m) => m.subject)).toEqual([`Booked ${c.reference}`]);

    await setBilling(app, tenant.id, 'ACTIVE');
    const orderId = await orderIdOf(app, c.id);
    const recalc = await app.ok(RECALCULATE_TASKS, { orderIds: [orderId] }, tenant.adminToken);
    expect(recalc.recalculateTasks.emailsQueued).toBe(1);
    await smtp.until(() => mailsAbout(c.reference).length === 2, 5000, 'the held link email');
    const held = mailsAbout(c.reference).find((m) => m.subject.startsWith('Track'))!;
    expect((await shownPage(app, tokenOf(urlsIn(held.text)[0]))).reference).toBe(c.reference);
  });
});

describe('tenant isolation', () => {
  it("tasks and outbox of one tenant are invisible and untouchable to another, and its events don't run them", async () => {
    const a = await givenTenant(app, { tracking: true });
    const b = await givenTenant(app, { tracking: true });
    const task = await createTask(app, a.adminToken, {
      name: 'A only',
      level: 'CONSIGNMENT',
      trigger: 'CONSIGNMENT_CREATED',
      recipient: 'FIXED_ADDRESS',
      fixedEmail: 'tenant-a@example.com',
      subject: 'A: {{consignment.reference}}',
      body: 'A',
    });
    await givenConsignments(app, b.adminToken, 2);
    const c = await givenConsignment(app, a.adminToken);
    await smtp.until(() => mailsAbout(c.reference).length === 1, 5000, "tenant A's email");
    await untilSettled(app);
    expect(mailsTo('tenant-a@example.com')).toHaveLength(1);

    expect((await app.ok(CONTACT_TASKS, {}, b.adminToken)).contactTasks).toEqual([]);
    expect(await outboxOf(app, b.adminToken)).toEqual([]);
    const [message] = await outboxOf(app, a.adminToken);
    const stranger = b.adminToken;
    const anything: ContactTaskInput = { name: 'x', level: 'CONSIGNMENT', trigger: 'CONSIGNMENT_CREATED', recipient: 'CUSTOMER_CONTACT', subject: 'x', body: 'x' };
    const attempts: Array<() => Promise<GqlResult<unknown>>> = [
      () => app.gql(UPDATE_CONTACT_TASK, { id: task.id, input: anything }, stranger),
      () => app.gql(SET_CONTACT_TASK_ENABLED, { id: task.id, enabled: false }, stranger),
      () => app.gql(DELETE_CONTACT_TASK, { id: task.id }, stranger),
      () => app.gql(RETRY_OUTBOX_MESSAGE, { id: message.id }, stranger),
    ];
    for (const attempt of attempts) {
      expect((await attempt()).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect((await app.ok(CONTACT_TASKS, {}, a.adminToken)).contactTasks).toEqual([{ ...task, enabled: true }]);
  });
});
