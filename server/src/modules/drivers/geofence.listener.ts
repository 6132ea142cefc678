import { afterCommit } from '../../events/domain-events';
import type { GeofenceService } from './geofence.service';

/** Stored positions of a driver with stops ahead may tell an arrival or a departure. */
export const detectVisits = (geofence: GeofenceService) =>
  afterCommit({
    name: 'drivers.geofence',
    on: ['driver.positionsStored'],
    handle: (event) => geofence.onPositions(event.positions),
  });
