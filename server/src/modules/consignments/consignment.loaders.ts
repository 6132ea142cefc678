import { manyLoader } from '../../graphql/loader-utils';
import type { ConsignmentService } from './consignment.service';
import type { CustomFieldService } from './custom-field.service';
import type { NoteService } from './note.service';
import type { PhotoService } from './photo.service';
import type { StopService } from './stop.service';

export function consignmentLoaders(s: {
  consignments: ConsignmentService;
  stops: StopService;
  notes: NoteService;
  photos: PhotoService;
  customFields: CustomFieldService;
}) {
  return {
    consignmentsByOrder: manyLoader((ids) => s.consignments.byOrderIds(ids), (c) => c.orderId),
    stops: manyLoader((ids) => s.stops.of(ids), (stop) => stop.consignmentId),
    cargo: manyLoader((ids) => s.consignments.cargoOf(ids), (c) => c.consignmentId),
    notes: manyLoader((ids) => s.notes.of(ids), (n) => n.consignmentId),
    photos: manyLoader((ids) => s.photos.of(ids), (p) => p.consignmentId),
    customFieldDefinitions: manyLoader(
      async (tenantIds) => (await Promise.all(tenantIds.map((t) => s.customFields.definitions(t)))).flat(),
      (d) => d.tenantId,
    ),
  };
}
