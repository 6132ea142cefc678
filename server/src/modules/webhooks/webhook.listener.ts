import { inTransaction } from '../../events/domain-events';
import { WEBHOOK_SOURCES, webhookEventsOf } from './webhook-events';
import type { WebhookService } from './webhook.service';

export const WEBHOOK_LISTENER = 'webhooks.queue-deliveries';

/**
 * The deliveries of a change are written in its transaction: they commit with it, or not at
 * all. A new consignment's own event is written before its default link's (the link listener
 * runs after this one), so receivers hear of the consignment first.
 */
export const queueWebhookDeliveries = (webhooks: WebhookService, now: () => Date = () => new Date()) =>
  inTransaction({
    name: WEBHOOK_LISTENER,
    on: WEBHOOK_SOURCES,
    handle: async (tx, event) => {
      const events = webhookEventsOf(event, now());
      if (events.length) await webhooks.record(tx, events);
    },
  });
