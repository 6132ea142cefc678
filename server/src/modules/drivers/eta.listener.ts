import { afterCommit } from '../../events/domain-events';
import type { EtaService } from './eta.service';

/** A driver's new latest position moves the ETA of the next stop of their consignments in transit. */
export const updateEtas = (eta: EtaService) =>
  afterCommit({
    name: 'drivers.live-eta',
    on: ['driver.positionMoved'],
    handle: (event) => eta.onPosition(event.position),
  });
