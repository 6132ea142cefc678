import { SET_CONSIGNMENT_STATUS, UPDATE_TEMPLATE } from '../../../test/documents';
import { givenActiveLink, givenTenant, type TenantFixture } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { startSmtp, type SmtpCatcher } from '../../../test/smtp';
import { createTask, untilSettled } from '../../../test/tasks';
import { doc } from '../../../test/typed-document';
import { startReceiver, type ReceivedHook, type WebhookReceiver } from '../../../test/webhook-receiver';
import { givenEndpoint } from '../../../test/webhooks';

// What a recipient's feedback tells others: a feedback.received webhook for every submission,
// and the LOW_RATING contact tasks (an email to dispatch) once per low rating given.

let app: TestApp;
let receiver: WebhookReceiver;
let smtp: SmtpCatcher;
let tenant: TenantFixture;
let addressCounter = 0;
const freshAddress = () => `198.51.100.${++addressCounter}`;

const SET_LOW_RATING_THRESHOLD = doc<{ updateTenantSettings: { lowRatingThreshold: number } }, { value: number }>(
  'mutation($value: Int!) { updateTenantSettings(input: { lowRatingThreshold: $value }) { lowRatingThreshold } }',
);

beforeAll(async () => {
  receiver = await startReceiver();
  smtp = await startSmtp();
  app = await startTestApp({ TRUST_PROXY: 'loopback', SMTP_URL: smtp.url, OUTBOX_POLL_MS: '20', WEBHOOK_POLL_MS: '20' });
  tenant = await givenTenant(app, { tracking: true });
  await app.ok(UPDATE_TEMPLATE, { input: { showFeedback: true } }, tenant.adminToken);
  await givenEndpoint(app, tenant.adminToken, { url: `${receiver.url}/feedback`, eventTypes: ['FEEDBACK_RECEIVED'] });
  await createTask(app, tenant.adminToken, {
    name: 'Low rating to dispatch',
    level: 'CONSIGNMENT',
    trigger: 'LOW_RATING',
    recipient: 'FIXED_ADDRESS',
    fixedEmail: 'dispatch@carrier.example',
    subject: 'Rated {{feedback.rating}}: {{consignment.reference}}',
    body: 'The recipient wrote: {{feedback.comment}}',
  });
});
afterAll(async () => {
  await app.close();
  await receiver.close();
  await smtp.close();
});

async function send(body: Record<string, unknown>, from = freshAddress()): Promise<void> {
  const res = await fetch(`${app.url}/public/feedback`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': from },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
}

async function delivered(consignmentId: string): Promise<void> {
  for (const status of ['TO_PLAN', 'PLANNED', 'IN_TRANSIT', 'DELIVERED'] as const) {
    await app.ok(SET_CONSIGNMENT_STATUS, { consignmentId, status }, tenant.dispatcherToken);
  }
}

const hooksOf = (consignmentId: string) => receiver.accepted().filter((h) => h.event.data.consignment?.id === consignmentId);
async function untilHooks(consignmentId: string, n: number): Promise<ReceivedHook[]> {
  await receiver.until(() => hooksOf(consignmentId).length >= n, 5000, `${n} feedback webhooks`);
  return hooksOf(consignmentId);
}
const mailsAbout = (reference: string) => smtp.received.filter((m) => m.subject.includes(reference));

describe('feedback.received', () => {
  it('tells instructions and a rating, each submission once, with the words but never the token or URL', async () => {
    const { consignment, link, token } = await givenActiveLink(app, tenant);
    await send({ token, instructions: 'Gate 3, ring the bell' });
    const [first] = await untilHooks(consignment.id, 1);
    expect(first.event.type).toBe('feedback.received');
    expect(first.event.data).toEqual({
      consignment: { id: consignment.id, reference: consignment.reference, status: 'DRAFT' },
      feedback: {
        id: expect.any(String),
        linkId: link.id,
        kind: 'INSTRUCTIONS',
        instructions: 'Gate 3, ring the bell',
        rating: null,
        previousRating: null,
        comment: null,
        submittedAt: expect.any(String),
      },
    });

    await delivered(consignment.id);
    await send({ token, rating: 5, comment: 'On time' });
    await send({ token, rating: 4, comment: 'On time, box dented' });
    const hooks = await untilHooks(consignment.id, 3);
    expect(hooks.map((h) => [h.event.data.feedback.kind, h.event.data.feedback.rating, h.event.data.feedback.previousRating, h.event.data.feedback.comment])).toEqual([
      ['INSTRUCTIONS', null, null, null],
      ['RATING', 5, null, 'On time'],
      ['RATING', 4, 5, 'On time, box dented'],
    ]);
    expect(new Set(hooks.map((h) => h.event.data.feedback.id)).size).toBe(1);
    for (const h of hooks) {
      expect(h.body).not.toContain(token);
      expect(h.body).not.toMatch(/\/t\//);
    }
  });
});

describe('LOW_RATING tasks', () => {
  it('email dispatch once per low rating given; the same rating sent again does not send again', async () => {
    const { consignment, token } = await givenActiveLink(app, tenant);
    await delivered(consignment.id);
    await send({ token, rating: 2, comment: 'Late & <b>damaged</b>' });
    await smtp.until(() => mailsAbout(consignment.reference).length === 1, 5000, 'the low-rating email');
    const [mail] = mailsAbout(consignment.reference);
    expect(mail.to).toEqual(['dispatch@carrier.example']);
    expect(mail.subject).toBe(`Rated 2: ${consignment.reference}`);
    expect(mail.text).toContain('The recipient wrote: Late & <b>damaged</b>');
    expect(mail.html).toContain('Late &amp; &lt;b&gt;damaged&lt;/b&gt;');
    expect(mail.text).not.toContain(token);

    // The comment edited, the rating the same: told by webhook, no second email.
    await send({ token, rating: 2, comment: 'Late and damaged' });
    await untilHooks(consignment.id, 2);
    await untilSettled(app);
    expect(mailsAbout(consignment.reference)).toHaveLength(1);

    // A lower rating is a new one: another email. A good one sends nothing.
    await send({ token, rating: 1, comment: 'Worse: nobody called back' });
    await smtp.until(() => mailsAbout(consignment.reference).length === 2, 5000, 'the second low-rating email');
    expect(mailsAbout(consignment.reference)[1].subject).toBe(`Rated 1: ${consignment.reference}`);
    await send({ token, rating: 5 });
    await untilHooks(consignment.id, 4);
    await untilSettled(app);
    expect(mailsAbout(consignment.reference)).toHaveLength(2);
  });

  it("follow the tenant's lowRatingThreshold, and instructions never trigger them", async () => {
    const { consignment: before, token: beforeToken } = await givenActiveLink(app, tenant);
    await send({ token: beforeToken, instructions: 'Back door' });
    await untilHooks(before.id, 1);

    const { consignment, token } = await givenActiveLink(app, tenant);
    await delivered(consignment.id);
    await send({ token, rating: 3 });
    await untilHooks(consignment.id, 1);
    await untilSettled(app);
    expect(mailsAbout(consignment.reference)).toHaveLength(0);

    expect((await app.ok(SET_LOW_RATING_THRESHOLD, { value: 3 }, tenant.adminToken)).updateTenantSettings.lowRatingThreshold).toBe(3);
    const { consignment: next, token: nextToken } = await givenActiveLink(app, tenant);
    await delivered(next.id);
    await send({ token: nextToken, rating: 3, comment: 'So-so' });
    await smtp.until(() => mailsAbout(next.reference).length === 1, 5000, 'the email at the new threshold');
    expect(mailsAbout(before.reference)).toHaveLength(0);

    const bad = await app.gql(SET_LOW_RATING_THRESHOLD, { value: 5 }, tenant.adminToken);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lowRatingThreshold' });
    await app.ok(SET_LOW_RATING_THRESHOLD, { value: 2 }, tenant.adminToken);
  });

  it('are consignment-level tasks only', async () => {
    const res = await app.gql(
      doc<unknown, Record<string, never>>(
        'mutation { createContactTask(input: { name: "x", level: STOP, trigger: LOW_RATING, recipient: FIXED_ADDRESS, fixedEmail: "d@example.com", subject: "s", body: "b" }) { id } }',
      ),
      {},
      tenant.adminToken,
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.trigger' });
  });
});
