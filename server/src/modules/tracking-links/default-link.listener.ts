import { inTransaction } from '../../events/domain-events';
import type { TrackingLinkService } from './tracking-link.service';

export const DEFAULT_LINK_LISTENER = 'tracking-links.default-link';

/** A new consignment gets its default link in the transaction that creates it. */
export const createDefaultLink = (links: TrackingLinkService) =>
  inTransaction({
    name: DEFAULT_LINK_LISTENER,
    on: ['consignment.created'],
    handle: (tx, event) => links.createDefaultLink(tx.em, tx.scope, event.consignment),
  });
