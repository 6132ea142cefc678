import { inTransaction } from '../../events/domain-events';
import { CONTACT_TASK_LISTENER } from '../tasks/contact-task.listener';
import type { OrderLinkService } from './order-link.service';

export const ORDER_LINK_LISTENER = 'tracking-links.order-link';

/**
 * A new order gets its order link in the transaction that creates it (its first consignment's
 * creation tells of it), when the tenant has order links on and the order never had one; last
 * of the in-transaction listeners (nothing else there needs it).
 */
export const createOrderLink = (links: OrderLinkService) =>
  inTransaction({
    name: ORDER_LINK_LISTENER,
    on: ['consignment.created'],
    after: [CONTACT_TASK_LISTENER],
    handle: (tx, event) => links.createForNewOrder(tx, event.consignment.orderId),
  });
