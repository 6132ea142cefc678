import { inTransaction } from '../../events/domain-events';
import { WEBHOOK_LISTENER } from '../webhooks/webhook.listener';
import type { TrackingLinkService } from './tracking-link.service';

export const DEFAULT_LINK_LISTENER = 'tracking-links.default-link';

/**
 * A new consignment gets its default link in the transaction that creates it, once the
 * consignment's own webhooks are written (its receivers hear of it before its link).
 */
export const createDefaultLink = (links: TrackingLinkService) =>
  inTransaction({
    name: DEFAULT_LINK_LISTENER,
    on: ['consignment.created'],
    after: [WEBHOOK_LISTENER],
    handle: (tx, event) => links.createDefaultLink(tx, event.consignment),
  });
