import type { LatLngTuple } from 'leaflet';
import { DriverMarker } from '../../../map/DriverMarker';
import { FitBounds } from '../../../map/FitBounds';
import { MapView } from '../../../map/MapView';
import { StopMarkers, type MapStop } from '../../../map/StopMarkers';
import type { LivePositionFragment, StopRowFragment } from '../../../gql/graphql';

/** Stops as numbered pins and, when known, the driver's live position; the view fits them all. */
export function ConsignmentMap({ stops, position, driverName }: { stops: StopRowFragment[]; position: LivePositionFragment | null; driverName: string | null }) {
  const ordered = [...stops].sort((a, b) => a.sequence - b.sequence);
  const pins: MapStop[] = ordered.map((s, i) => ({
    latitude: s.latitude,
    longitude: s.longitude,
    kind: s.type === 'PICKUP' ? 'pickup' : 'delivery',
    number: String(i + 1),
    label: `${i + 1}. ${s.type === 'PICKUP' ? 'Pickup' : 'Delivery'}: ${s.name}`,
  }));
  const points: LatLngTuple[] = pins.map((p) => [p.latitude, p.longitude]);
  if (position) points.push([position.latitude, position.longitude]);
  return (
    <div className="admin-map">
      <MapView label="Map of the stops and the driver" initialPoints={points}>
        <StopMarkers stops={pins} />
        {position && (
          <DriverMarker
            latitude={position.latitude}
            longitude={position.longitude}
            heading={position.heading ?? null}
            label={`Driver${driverName ? ` ${driverName}` : ''}`}
          />
        )}
        <FitBounds points={points} />
      </MapView>
    </div>
  );
}
