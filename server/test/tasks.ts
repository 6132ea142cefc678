import { CREATE_CONTACT_TASK, OUTBOX, type ContactTask, type ContactTaskInput, type OutboxMessage, type OutboxStatus } from './documents';
import { eventually } from './eventually';
import type { TestApp } from './harness';

/** Creates a contact task; fails the test on any error. */
export async function createTask(app: TestApp, token: string, input: ContactTaskInput): Promise<ContactTask> {
  return (await app.ok(CREATE_CONTACT_TASK, { input }, token)).createContactTask;
}

/** The tenant's outbox through the API, newest first. */
/**
 * The two stop tasks: "Arrived" to the stop's contact (STOP_ARRIVED) and "Departed" to
 * ops@carrier.example (STOP_DEPARTED), their subjects naming the stop and the consignment.
 */
export async function createStopTasks(app: TestApp, token: string): Promise<void> {
  await createTask(app, token, {
    name: 'Arrived',
    level: 'STOP',
    trigger: 'STOP_ARRIVED',
    recipient: 'STOP_CONTACT',
    subject: 'Arrived at {{stop.name}} ({{consignment.reference}})',
    body: 'Arrived {{stop.actualArrival}}',
  });
  await createTask(app, token, {
    name: 'Departed',
    level: 'STOP',
    trigger: 'STOP_DEPARTED',
    recipient: 'FIXED_ADDRESS',
    fixedEmail: 'ops@carrier.example',
    subject: 'Left {{stop.name}} ({{consignment.reference}})',
    body: 'Departed {{stop.actualDeparture}}',
  });
}

export async function outboxOf(app: TestApp, token: string, status?: OutboxStatus): Promise<OutboxMessage[]> {
  const { outbox } = await app.ok(OUTBOX, { first: 100, status }, token);
  return outbox.edges.map((e) => e.node);
}

/** Waits until no message of the database is PENDING (the worker has finished with every one). */
export async function untilSettled(app: TestApp, ms = 5000): Promise<void> {
  await eventually(
    async () => {
      const [{ n }] = await app.sql<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_messages WHERE status = 'PENDING'`);
      if (n !== 0) throw new Error(`${n} outbox messages still PENDING`);
    },
    { timeoutMs: ms, intervalMs: 20, what: 'a settled outbox' },
  );
}

export async function orderIdOf(app: TestApp, consignmentId: string): Promise<string> {
  const [{ order_id }] = await app.sql<{ order_id: string }>('SELECT order_id FROM consignments WHERE id = $1', [consignmentId]);
  return order_id;
}
