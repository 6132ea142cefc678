import type { Services } from '../services';
import { consignmentLoaders } from '../modules/consignments/consignment.loaders';
import { driverLoaders } from '../modules/drivers/driver.loaders';
import { orderLoaders } from '../modules/orders/order.loaders';
import { palletScanLoaders } from '../modules/pallet-scans/pallet-scan.loaders';
import { tenantLoaders } from '../modules/tenants/tenant.loaders';
import { trackingLinkLoaders } from '../modules/tracking-links/tracking-link.loaders';
import { contactTaskLoaders } from '../modules/tasks/contact-task.loaders';
import { feedbackLoaders } from '../modules/feedback/feedback.loaders';
import { outboxLoaders } from '../modules/outbox/outbox.loaders';
import { proofOfDeliveryLoaders } from '../modules/proof-of-delivery/proof-of-delivery.loaders';

/** Per-request batching: one statement per kind of row, whatever the page size. */
export function createLoaders(services: Services) {
  return {
    ...tenantLoaders(services.tenants),
    ...orderLoaders(services.orders),
    ...consignmentLoaders(services),
    ...driverLoaders(services.drivers),
    ...palletScanLoaders(services.palletScans),
    ...trackingLinkLoaders(services.trackingLinks, services.orderLinks),
    ...contactTaskLoaders(services.tasks),
    ...outboxLoaders(services.consignments),
    ...feedbackLoaders(services.feedback),
    ...proofOfDeliveryLoaders(services.proofs),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
