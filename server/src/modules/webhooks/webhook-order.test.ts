import { ConsignmentStatus } from '@tracklink/shared';
import { givenConsignments, givenTenant } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { startReceiver, verifies, type WebhookReceiver } from '../../../test/webhook-receiver';
import { givenEndpoint } from '../../../test/webhooks';
import { systemScope } from '../../core/scope';
import { Consignment } from '../consignments/consignment.entity';

// Order per consignment: 1,000 status changes of 100 consignments, made ten per consignment in
// concurrent transactions, delivered by the worker's pool while the receiver answers slowly and
// sometimes 500 (so some deliveries are retried). Each consignment's events are acknowledged
// in the order they happened. The domain's status flow allows at most four changes of one
// consignment, so these are emitted through the unit of work as the services emit them.
jest.setTimeout(120_000);

let app: TestApp;
let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = await startReceiver();
  app = await startTestApp({ WEBHOOK_POLL_MS: '20', WEBHOOK_BACKOFF_MS: '20', WEBHOOK_TIMEOUT_MS: '2000', WEBHOOK_CONCURRENCY: '16' });
});
afterAll(async () => {
  await app.close();
  await receiver.close();
});

it('1,000 status changes across 100 consignments arrive in order per consignment, each once', async () => {
  const tenant = await givenTenant(app);
  const { secret } = await givenEndpoint(app, tenant.adminToken, { url: `${receiver.url}/order`, eventTypes: ['CONSIGNMENT_STATUS_CHANGED'] });
  const made = await givenConsignments(app, tenant.adminToken, 100);
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  receiver.reply = () => ({ status: random() < 0.1 ? 500 : 200, delayMs: Math.floor(random() * 5) });

  const { uow } = app.server.services;
  const scope = systemScope(tenant.id, 'order test');
  const cycle = [ConsignmentStatus.TO_PLAN, ConsignmentStatus.PLANNED, ConsignmentStatus.IN_TRANSIT, ConsignmentStatus.DELIVERED];
  const base = Date.now();
  const changes = async (id: string) => {
    const consignment = await app.server.db.dataSource.getRepository(Consignment).findOneByOrFail({ id });
    for (let k = 0; k < 10; k++) {
      await uow.run(scope, (tx) =>
        tx.emit({
          type: 'consignment.statusChanged',
          consignment: { ...consignment, status: cycle[k % 4], updatedAt: new Date(base + k) },
          from: k === 0 ? ConsignmentStatus.DRAFT : cycle[(k - 1) % 4],
        }),
      );
    }
  };
  // Twenty consignments at a time, each one's changes one after another.
  for (let i = 0; i < made.length; i += 20) await Promise.all(made.slice(i, i + 20).map((c) => changes(c.id)));

  await receiver.until(() => receiver.accepted().length >= 1000, 60_000, '1,000 acknowledged deliveries');
  await new Promise((r) => setTimeout(r, 300));
  const accepted = receiver.accepted();
  expect(accepted).toHaveLength(1000);
  expect(new Set(accepted.map((h) => h.id)).size).toBe(1000);
  expect(receiver.received.length).toBeGreaterThan(1000); // some were retried
  const byConsignment = new Map<string, number[]>();
  for (const h of accepted) {
    expect(verifies(h, secret)).toBe(true);
    const c = h.event.data.consignment;
    byConsignment.set(c.id, [...(byConsignment.get(c.id) ?? []), Date.parse(c.updatedAt) - base]);
  }
  expect(byConsignment.size).toBe(100);
  for (const [, sequence] of byConsignment) expect(sequence).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
});
