import { oneLoader } from '../../graphql/loader-utils';
import type { ConsignmentService } from '../consignments/consignment.service';

export function outboxLoaders(consignments: ConsignmentService) {
  return {
    /** The consignment a message is about (null once deleted). */
    outboxConsignment: oneLoader((ids) => consignments.byIds(ids), (c) => c.id),
  };
}
