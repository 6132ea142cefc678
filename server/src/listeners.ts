import type { Listener } from './core/events';
import type { EventBus } from './bus/event-bus';
import { publishLiveEvents } from './bus/live-events.listener';
import type { DomainEvent } from './events/domain-events';
import type { Logger } from './logger';
import { statusFromVisits } from './modules/consignments/visit-status.listener';
import { updateEtas } from './modules/drivers/eta.listener';
import { detectVisits } from './modules/drivers/geofence.listener';
import { queueContactTaskEmails } from './modules/tasks/contact-task.listener';
import { createDefaultLink } from './modules/tracking-links/default-link.listener';
import { createOrderLink } from './modules/tracking-links/order-link.listener';
import { queueWebhookDeliveries } from './modules/webhooks/webhook.listener';
import { wakeWebhookWorker } from './modules/webhooks/webhook-wake.listener';
import type { Services } from './services';

/**
 * Every listener of the domain's events, in one place. Each phase runs its listeners in the
 * order their `after` declarations give (a new consignment's webhooks, then its default link,
 * then its contact-task emails), whatever the order of this list or of the services' construction.
 */
export function appListeners(services: Services, bus: EventBus, log: Logger): Array<Listener<DomainEvent>> {
  return [
    // In the change's transaction:
    createDefaultLink(services.trackingLinks),
    createOrderLink(services.orderLinks),
    queueContactTaskEmails(services.tasks),
    queueWebhookDeliveries(services.webhooks),
    // Once committed:
    publishLiveEvents(bus, log),
    updateEtas(services.eta),
    detectVisits(services.geofence),
    statusFromVisits(services.visitStatus),
    wakeWebhookWorker(services.webhookWorker),
  ];
}
