import type { TestApp } from './harness';

export const TASK_FIELDS = 'id name level trigger triggerStatus recipient fixedEmail subject body enabled';
export const MESSAGE_FIELDS = 'id to subject status attempts lastError createdAt sentAt nextAttemptAt bodyText trigger';

/** Creates a contact task; fails the test on any error. */
export async function createTask(app: TestApp, token: string, input: Record<string, unknown>) {
  const { createContactTask } = await app.ok(`mutation($input: ContactTaskInput!) { createContactTask(input: $input) { ${TASK_FIELDS} } }`, { input }, token);
  return createContactTask as { id: string; subject: string; body: string; enabled: boolean };
}

/** The tenant's outbox through the API, newest first. */
export async function outboxOf(app: TestApp, token: string, status?: string) {
  const { outbox } = await app.ok(
    `query($status: OutboxStatus) { outbox(first: 100, status: $status) { totalCount edges { node { ${MESSAGE_FIELDS} } } } }`,
    { status },
    token,
  );
  return outbox.edges.map((e: any) => e.node) as Array<{
    id: string;
    to: string;
    subject: string;
    status: string;
    attempts: number;
    lastError: string | null;
    sentAt: string | null;
    bodyText: string;
  }>;
}

/** Waits until no message of the database is PENDING (the worker has finished with every one). */
export async function untilSettled(app: TestApp, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const [{ n }] = await app.sql(`SELECT count(*)::int AS n FROM outbox_messages WHERE status = 'PENDING'`);
    if (n === 0) return;
    if (Date.now() > deadline) throw new Error(`${n} outbox messages still PENDING after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function orderIdOf(app: TestApp, consignmentId: string): Promise<string> {
  const [{ order_id }] = await app.sql('SELECT order_id FROM consignments WHERE id = $1', [consignmentId]);
  return order_id;
}
