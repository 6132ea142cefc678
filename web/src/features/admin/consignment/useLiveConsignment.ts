import { useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import type { LivePositionFragment } from '../../../gql/graphql';
import { CONSIGNMENT_CHANGED_SUBSCRIPTION, DRIVER_POSITION_CHANGED_SUBSCRIPTION } from './consignmentQuery';

/**
 * Keeps the consignment page live: refetches when the server says this consignment changed,
 * and follows its driver's newest position (the staff stream carries every driver of the
 * tenant; only this driver's positions are kept).
 */
export function useLiveConsignment(
  consignmentId: string,
  driverId: string | null,
  onChanged: (deleted: boolean) => void,
): { livePosition: LivePositionFragment | null; connected: boolean } {
  const [livePosition, setLivePosition] = useState<LivePositionFragment | null>(null);

  const changes = useSubscription(CONSIGNMENT_CHANGED_SUBSCRIPTION, {
    onData: ({ data }) => {
      const change = data.data?.consignmentChanged;
      if (change && change.consignmentId === consignmentId) onChanged(change.deleted);
    },
  });

  useSubscription(DRIVER_POSITION_CHANGED_SUBSCRIPTION, {
    skip: !driverId,
    onData: ({ data }) => {
      const position = data.data?.driverPositionChanged;
      if (!position || position.driverId !== driverId) return;
      setLivePosition((current) =>
        current && Date.parse(current.recordedAt) > Date.parse(position.recordedAt) ? current : position,
      );
    },
  });

  return { livePosition: livePosition?.driverId === driverId ? livePosition : null, connected: !changes.error };
}
