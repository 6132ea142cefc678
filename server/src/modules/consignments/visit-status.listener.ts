import { afterCommit } from '../../events/domain-events';
import type { VisitStatusService } from './visit-status.service';

/** A stop's arrival or departure, detected or typed in, may move its consignment's status on (per tenant). */
export const statusFromVisits = (visits: VisitStatusService) =>
  afterCommit({
    name: 'consignments.status-from-visits',
    on: ['stop.changed'],
    handle: (event) => visits.onVisit(event),
  });
