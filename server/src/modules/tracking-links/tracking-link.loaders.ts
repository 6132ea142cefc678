import { manyLoader } from '../../graphql/loader-utils';
import type { TrackingLinkService } from './tracking-link.service';
import type { OrderLinkService } from './order-link.service';

export function trackingLinkLoaders(links: TrackingLinkService, orderLinks: OrderLinkService) {
  return {
    orderLinks: manyLoader((ids) => orderLinks.linksOf(ids), (l) => l.orderId),
    trackingLinks: manyLoader((ids) => links.linksOf(ids), (l) => l.consignmentId),
    linkAudit: manyLoader((ids) => links.auditOf(ids), (e) => e.linkId),
  };
}
