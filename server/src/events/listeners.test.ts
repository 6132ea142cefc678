import { StopType, TaskLevel, TaskRecipient, TaskTrigger } from '@tracklink/shared';
import { startTestApp, type TestApp } from '../../test/harness';
import { DomainEvents, UnitOfWork, type Listener } from '../core/events';
import { systemScope, type TenantScope } from '../core/scope';
import { appListeners } from '../listeners';
import { OrderService } from '../modules/orders/order.service';
import { CONTACT_TASK_LISTENER } from '../modules/tasks/contact-task.listener';
import { DEFAULT_LINK_LISTENER } from '../modules/tracking-links/default-link.listener';
import { ORDER_LINK_LISTENER } from '../modules/tracking-links/order-link.listener';
import { WEBHOOK_LISTENER } from '../modules/webhooks/webhook.listener';
import { afterCommit, inTransaction, type DomainEvent } from './domain-events';

let app: TestApp;
let scope: TenantScope;
beforeAll(async () => {
  app = await startTestApp();
  const { services } = app.server;
  const tenant = await services.tenants.create({ name: 'Order of events', country: 'NL', adminEmail: 'events@test.local', adminPassword: 'events-pass-2026' });
  await services.tenants.setTrackingIntegration(tenant.id, true);
  scope = systemScope(tenant.id, 'test');
  await services.tasks.create(scope, {
    name: 'New consignment',
    level: TaskLevel.CONSIGNMENT,
    trigger: TaskTrigger.CONSIGNMENT_CREATED,
    recipient: TaskRecipient.FIXED_ADDRESS,
    fixedEmail: 'ops@example.com',
    subject: 'New: {{consignment.reference}}',
    body: 'Track it at {{consignment.trackingLink}}',
  });
});
afterAll(() => app.close());

let orders = 0;
const orderInput = () => ({
  reference: `ORD-EV-${++orders}`,
  consignments: [
    {
      reference: `CN-EV-${orders}`,
      stops: [
        { type: StopType.PICKUP, name: 'Rotterdam terminal', latitude: 51.95, longitude: 4.04, timezone: 'Europe/Amsterdam' },
        { type: StopType.DELIVERY, name: 'Munich warehouse', latitude: 48.14, longitude: 11.46, timezone: 'Europe/Berlin' },
      ],
    },
  ],
});

/** What the consignment's transaction holds at a moment: its default links and queued emails. */
const countsIn = async (em: { query(sql: string, params: unknown[]): Promise<Array<{ links: number; emails: number }>> }, consignmentId: string) =>
  (
    await em.query(
      `SELECT (SELECT count(*)::int FROM tracking_links WHERE consignment_id = $1 AND recipient_email IS NULL) AS links,
              (SELECT count(*)::int FROM outbox_messages WHERE consignment_id = $1) AS emails`,
      [consignmentId],
    )
  )[0];

describe("the application's listeners", () => {
  it('run a new consignment\'s default link before its contact-task emails, whatever order they are listed in', async () => {
    const { services } = app.server;
    const listed = appListeners(services, services.bus, app.server.log);
    for (const order of [listed, [...listed].reverse()]) {
      const seen: Array<{ links: number; emails: number }> = [];
      // The contact-task listener, watched: what exists when it starts, and after it ran.
      const watched = order.map((l): Listener<DomainEvent> => {
        if (l.name !== CONTACT_TASK_LISTENER || l.phase !== 'inTransaction') return l;
        return {
          ...l,
          handle: async (tx, event) => {
            seen.push(await countsIn(tx.em, (event as Extract<DomainEvent, { type: 'consignment.created' }>).consignment.id));
            await l.handle(tx, event);
            seen.push(await countsIn(tx.em, (event as Extract<DomainEvent, { type: 'consignment.created' }>).consignment.id));
          },
        };
      });
      const events = new DomainEvents<DomainEvent>((name, error) => {
        throw new Error(`${name}: ${String(error)}`);
      });
      events.register(watched);
      expect(events.order.inTransaction).toEqual([WEBHOOK_LISTENER, DEFAULT_LINK_LISTENER, CONTACT_TASK_LISTENER, ORDER_LINK_LISTENER]);
      const ordersWithThese = new OrderService(app.server.db.dataSource, new UnitOfWork(app.server.db.dataSource, events), services.consignments);
      await ordersWithThese.create(scope, orderInput());
      expect(seen).toEqual([
        { links: 1, emails: 0 },
        { links: 1, emails: 1 },
      ]);
    }
  });
});

describe('a unit of work', () => {
  const probe = () => {
    const heard: string[] = [];
    const events = new DomainEvents<DomainEvent>(() => undefined);
    events.register([
      inTransaction({ name: 'in', on: ['consignment.created'], handle: async (_tx, e) => void heard.push(`in ${e.consignment.reference}`) }),
      // A listener whose work fails (as a write refused by a constraint would) undoes the change.
      inTransaction({
        name: 'refuses',
        on: ['consignment.created'],
        after: ['in'],
        handle: async (_tx, e) => {
          if (e.consignment.reference.startsWith('REFUSED')) throw new Error(`refused ${e.consignment.reference}`);
        },
      }),
      afterCommit({
        name: 'after',
        on: ['consignment.created'],
        handle: async (e) => {
          // Committed by then: another connection sees the consignment.
          const rows = await app.sql('SELECT 1 FROM consignments WHERE id = $1', [e.consignment.id]);
          heard.push(`after ${e.consignment.reference} ${rows.length}`);
        },
      }),
    ]);
    return { heard, orders: new OrderService(app.server.db.dataSource, new UnitOfWork(app.server.db.dataSource, events), app.server.services.consignments) };
  };

  it('tells after-commit listeners once committed, with the change visible to others', async () => {
    const { heard, orders: withProbe } = probe();
    const input = orderInput();
    await withProbe.create(scope, input);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toEqual([`in ${input.consignments[0].reference}`, `after ${input.consignments[0].reference} 1`]);
  });

  it('tells after-commit listeners nothing when the transaction rolls back', async () => {
    const { heard, orders: withProbe } = probe();
    const input = orderInput();
    // The first consignment is in and heard in the transaction; the second's listener fails.
    const refused = { ...input, consignments: [...input.consignments, { ...input.consignments[0], reference: 'REFUSED-1' }] };
    await expect(withProbe.create(scope, refused)).rejects.toThrow('refused REFUSED-1');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toEqual([`in ${input.consignments[0].reference}`, 'in REFUSED-1']);
    expect(await app.sql('SELECT 1 FROM orders WHERE reference = $1', [input.reference])).toHaveLength(0);
  });
});
