import { manyLoader } from '../../graphql/loader-utils';
import type { TrackingLinkService } from './tracking-link.service';

export function trackingLinkLoaders(links: TrackingLinkService) {
  return {
    trackingLinks: manyLoader((ids) => links.linksOf(ids), (l) => l.consignmentId),
    linkAudit: manyLoader((ids) => links.auditOf(ids), (e) => e.linkId),
  };
}
