import type { LatLngTuple } from 'leaflet';
import { DriverMarker } from '../../map/DriverMarker';
import { FitBounds } from '../../map/FitBounds';
import { MapView } from '../../map/MapView';
import { StopMarkers, type MapStop } from '../../map/StopMarkers';
import type { DriverPosition } from './types';

// Its own chunk (with Leaflet), loaded beside the page data so text shows without waiting.

export interface TrackingMapProps {
  label: string;
  stops: MapStop[];
  driver: DriverPosition | null;
  driverLabel: string;
}

export default function TrackingMap({ label, stops, driver, driverLabel }: TrackingMapProps) {
  const points: LatLngTuple[] = stops.map((stop) => [stop.latitude, stop.longitude]);
  if (driver) points.push([driver.latitude, driver.longitude]);
  return (
    <MapView label={label} initialPoints={points}>
      <StopMarkers stops={stops} />
      {driver && (
        <DriverMarker latitude={driver.latitude} longitude={driver.longitude} heading={driver.heading} label={driverLabel} />
      )}
      <FitBounds points={points} />
    </MapView>
  );
}
