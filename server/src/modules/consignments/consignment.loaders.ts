import { manyLoader } from '../../graphql/loader-utils';
import type { ConsignmentService } from './consignment.service';

export function consignmentLoaders(consignments: ConsignmentService) {
  return {
    consignmentsByOrder: manyLoader((ids) => consignments.byOrderIds(ids), (c) => c.orderId),
    stops: manyLoader((ids) => consignments.stopsOf(ids), (s) => s.consignmentId),
    cargo: manyLoader((ids) => consignments.cargoOf(ids), (c) => c.consignmentId),
    notes: manyLoader((ids) => consignments.notesOf(ids), (n) => n.consignmentId),
    photos: manyLoader((ids) => consignments.photosOf(ids), (p) => p.consignmentId),
    customFieldDefinitions: manyLoader(
      async (tenantIds) => (await Promise.all(tenantIds.map((t) => consignments.customFieldDefinitions(t)))).flat(),
      (d) => d.tenantId,
    ),
  };
}
