import { OUTBOX, REGENERATE_TRACKING_LINK, RETRY_OUTBOX_MESSAGE, REVOKE_TRACKING_LINK } from '../../../test/documents';
import { givenConsignment, givenConsignments, givenTenant, linksOf, type TenantFixture } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { startSmtp, type SmtpCatcher } from '../../../test/smtp';
import { createTask, outboxOf, untilSettled } from '../../../test/tasks';
import { OutboxWorker } from './outbox.worker';

// Workers here are driven by hand (runOnce, start/stop at chosen moments) against a real SMTP
// server on loopback whose answers each test chooses.
let app: TestApp;
let smtp: SmtpCatcher;
let worker: OutboxWorker;
let tenant: TenantFixture;
beforeAll(async () => {
  smtp = await startSmtp();
  app = await startTestApp({ SMTP_URL: smtp.url, OUTBOX_POLL_MS: '20', OUTBOX_BACKOFF_MS: '30', OUTBOX_MAX_ATTEMPTS: '3' });
  worker = app.server.services.outboxWorker;
  await worker.stop(); // in case the server runs it already: these tests decide when it runs
  tenant = await givenTenant(app, { tracking: true });
  await createTask(app, tenant.adminToken, {
    name: 'Created',
    level: 'CONSIGNMENT',
    trigger: 'CONSIGNMENT_CREATED',
    recipient: 'DELIVERY_CONTACT',
    subject: 'New: {{consignment.reference}}',
    body: 'Track {{consignment.reference}}: {{consignment.trackingLink}}',
  });
});
afterEach(async () => {
  await worker.stop();
  smtp.reply = () => null;
});
afterAll(async () => {
  await app.close();
  await smtp.close();
});

/** Consignments whose creation queues one email each (to their own delivery contact). */
async function queue(n: number, tag: string): Promise<string[]> {
  const made = await givenConsignments(app, tenant.adminToken, n, {
    stops: [
      { type: 'PICKUP', name: 'Rotterdam', latitude: 51.95, longitude: 4.04 },
      { type: 'DELIVERY', name: 'Munich', latitude: 48.14, longitude: 11.46, contactEmail: `${tag}@example.com` },
    ],
  });
  return made.map((c) => c.reference);
}

const delivered = (reference: string) => smtp.received.filter((m) => m.subject === `New: ${reference}`);
const messageOf = async (reference: string) => (await outboxOf(app, tenant.adminToken)).find((m) => m.subject === `New: ${reference}`)!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('retries', () => {
  it('451 then 250: delivered on the retry, after a backoff', async () => {
    const [ref] = await queue(1, 'greylisted');
    let refusals = 0;
    smtp.reply = (mail) => (mail.subject.includes(ref) && refusals++ === 0 ? { code: 451, message: 'Greylisted, please try again later' } : null);
    expect(await worker.runOnce()).toBe(1);
    const waiting = await messageOf(ref);
    expect(waiting).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(waiting.lastError).toMatch(/451.*Greylisted, please try again later/);
    expect(delivered(ref)).toHaveLength(0);

    worker.start();
    await smtp.until(() => delivered(ref).length === 1, 5000, 'the retry');
    await untilSettled(app);
    expect(await messageOf(ref)).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
    expect(smtp.offered.filter((m) => m.subject === `New: ${ref}`)).toHaveLength(2);
  });

  it("550 forever: FAILED at once with the server's message; retryOutboxMessage puts it back", async () => {
    const [ref] = await queue(1, 'unknown-mailbox');
    smtp.reply = (mail) => (mail.subject.includes(ref) ? { code: 550, message: 'No such mailbox here' } : null);
    worker.start();
    await smtp.until(() => smtp.offered.some((m) => m.subject === `New: ${ref}`), 5000, 'the attempt');
    await untilSettled(app);
    const failed = await messageOf(ref);
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(failed.lastError).toMatch(/550.*No such mailbox here/);
    const failedOnes = await outboxOf(app, tenant.dispatcherToken, 'FAILED');
    expect(failedOnes.map((m) => m.id)).toContain(failed.id);

    // Retrying a message that is not FAILED is refused, naming the argument.
    const [sent] = await outboxOf(app, tenant.adminToken, 'SENT');
    const refused = await app.gql(RETRY_OUTBOX_MESSAGE, { id: sent.id }, tenant.adminToken);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });

    await worker.stop();
    smtp.reply = () => null;
    const { retryOutboxMessage } = await app.ok(RETRY_OUTBOX_MESSAGE, { id: failed.id }, tenant.dispatcherToken);
    expect(retryOutboxMessage).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(await worker.runOnce()).toBe(1);
    expect(delivered(ref)).toHaveLength(1);
    expect(await messageOf(ref)).toMatchObject({ status: 'SENT', attempts: 1, lastError: null });
  });

  it('a transient error every time: FAILED after the last attempt (OUTBOX_MAX_ATTEMPTS=3)', async () => {
    const [ref] = await queue(1, 'always-busy');
    smtp.reply = (mail) => (mail.subject.includes(ref) ? { code: 452, message: 'Mailbox busy' } : null);
    worker.start();
    await smtp.until(() => smtp.offered.filter((m) => m.subject === `New: ${ref}`).length === 3, 5000, 'three attempts');
    await untilSettled(app);
    const failed = await messageOf(ref);
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 3 });
    expect(failed.lastError).toMatch(/452.*Mailbox busy/);
    await sleep(100);
    expect(smtp.offered.filter((m) => m.subject === `New: ${ref}`)).toHaveLength(3);
  });
});

describe('exactly once', () => {
  it('stopping the worker mid-batch, then starting it again: nothing twice, nothing lost', async () => {
    const refs = await queue(6, 'batch');
    const held = smtp.hold();
    worker.start();
    await held.firstHeld; // the first message of the batch is at the SMTP server
    const stopping = worker.stop();
    await sleep(50);
    held.release();
    await stopping;
    const firstRound = refs.filter((r) => delivered(r).length > 0);
    expect(firstRound).toHaveLength(1);
    // The rest of the batch was handed back untouched, due now.
    const rows = await app.sql<{ status: string; attempts: number }>(`SELECT status, attempts FROM outbox_messages WHERE to_address = 'batch@example.com' ORDER BY created_at`);
    expect(rows.filter((r) => r.status === 'SENT')).toHaveLength(1);
    expect(rows.filter((r) => r.status === 'PENDING').map((r) => r.attempts)).toEqual([0, 0, 0, 0, 0]);

    worker.start();
    await smtp.until(() => refs.every((r) => delivered(r).length >= 1), 5000, 'every message');
    await untilSettled(app);
    await sleep(100);
    for (const r of refs) expect(delivered(r)).toHaveLength(1);
    const ids = smtp.received.filter((m) => m.to.includes('batch@example.com')).map((m) => m.messageId);
    expect(new Set(ids).size).toBe(6);
  });

  it('two workers (two server processes) at once send each message once', async () => {
    const refs = await queue(12, 'replicas');
    const other = new OutboxWorker(
      app.server.db.dataSource,
      { smtpUrl: smtp.url, fromAddress: 'no-reply@example.com', pollMs: 20, backoffMs: 30, maxAttempts: 3, batchSize: 3 },
      async () => 'http://localhost/t/unused',
      app.server.log,
      app.server.services.uow,
    );
    await Promise.all([worker.runOnce(), other.runOnce(), worker.runOnce(), other.runOnce()]);
    worker.start();
    other.start();
    await smtp.until(() => refs.every((r) => delivered(r).length >= 1), 5000, 'every message');
    await untilSettled(app);
    await other.stop();
    for (const r of refs) expect(delivered(r)).toHaveLength(1);
  });
});

describe('outbox API', () => {
  it('pages newest first with a cursor and filters by status', async () => {
    await queue(3, 'paging');
    const first = (await app.ok(OUTBOX, { first: 2 }, tenant.adminToken)).outbox;
    const second = (await app.ok(OUTBOX, { first: 2, after: first.pageInfo.endCursor }, tenant.adminToken)).outbox;
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true, startCursor: first.edges[0].cursor, endCursor: first.edges[1].cursor });
    expect(second.pageInfo).toMatchObject({ hasPreviousPage: true, startCursor: second.edges[0].cursor });
    const ids = [...first.edges, ...second.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    const times = [...first.edges, ...second.edges].map((e) => Date.parse(e.node.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const pending = await outboxOf(app, tenant.adminToken, 'PENDING');
    expect(pending.map((m) => m.to)).toEqual(['paging@example.com', 'paging@example.com', 'paging@example.com']);
    const bad = await app.gql(OUTBOX, { first: 1000 }, tenant.adminToken);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    worker.start();
    await untilSettled(app);
  });
});

describe('without SMTP_URL', () => {
  it('messages stay in the outbox as NOT_SENT, never attempted', async () => {
    const quiet = await startTestApp({ OUTBOX_POLL_MS: '20' });
    try {
      const own = await givenTenant(quiet, { tracking: true });
      await createTask(quiet, own.adminToken, {
        name: 'Created',
        level: 'CONSIGNMENT',
        trigger: 'CONSIGNMENT_CREATED',
        recipient: 'CUSTOMER_CONTACT',
        subject: 'New: {{consignment.reference}}',
        body: '{{consignment.trackingLink}}',
      });
      const c = await givenConsignment(quiet, own.adminToken);
      const w = quiet.server.services.outboxWorker;
      expect(w.enabled).toBe(false);
      w.start();
      expect(w.running).toBe(false);
      expect(await w.runOnce()).toBe(0);
      const [message] = await outboxOf(quiet, own.adminToken);
      expect(message).toMatchObject({ to: 'orders@acme.example', subject: `New: ${c.reference}`, status: 'NOT_SENT', attempts: 0, sentAt: null });
      const retry = await quiet.gql(RETRY_OUTBOX_MESSAGE, { id: message.id }, own.adminToken);
      expect(retry.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect((await outboxOf(quiet, own.adminToken))[0].status).toBe('NOT_SENT');
    } finally {
      await quiet.close();
    }
  });
});

describe('links that changed while the email waited', () => {
  const linkOf = async (reference: string, email: string) => {
    const [{ id }] = await app.sql<{ id: string }>('SELECT id FROM consignments WHERE reference = $1', [reference]);
    const link = (await linksOf(app, tenant.adminToken, id)).find((l) => l.recipientEmail === email && l.status === 'ACTIVE');
    if (!link) throw new Error(`no active link of ${reference} for ${email}`);
    return link;
  };

  it('a regenerated link: the email carries the new URL', async () => {
    const [ref] = await queue(1, 'regenerated');
    const old = await linkOf(ref, 'regenerated@example.com');
    const { regenerateTrackingLink } = await app.ok(REGENERATE_TRACKING_LINK, { linkId: old.id }, tenant.adminToken);
    await worker.runOnce();
    const [mail] = delivered(ref);
    expect(mail.text).toContain(regenerateTrackingLink.url);
    expect(mail.text).not.toContain(old.url);
  });

  it('a revoked link: nothing is sent, and the outbox says why', async () => {
    const [ref] = await queue(1, 'revoked');
    const link = await linkOf(ref, 'revoked@example.com');
    await app.ok(REVOKE_TRACKING_LINK, { linkId: link.id }, tenant.adminToken);
    await worker.runOnce();
    expect(delivered(ref)).toEqual([]);
    expect(await messageOf(ref)).toMatchObject({ status: 'FAILED', lastError: expect.stringMatching(/revoked/) });
  });
});
