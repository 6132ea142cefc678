import type { LatLngTuple } from 'leaflet';
import { useMapEvents } from 'react-leaflet/hooks';
import { MapView } from '../../../map/MapView';
import { StopMarkers } from '../../../map/StopMarkers';
import type { StopMarkerKind } from '../../../map/markerIcons';

export interface LocationPickerProps {
  label: string;
  latitude: string;
  longitude: string;
  kind: StopMarkerKind;
  onPick: (latitude: number, longitude: number) => void;
}

function ClickToPick({ onPick }: { onPick: LocationPickerProps['onPick'] }) {
  useMapEvents({ click: (event) => onPick(event.latlng.lat, event.latlng.lng) });
  return null;
}

/** A small map: the stop's pin where its coordinates are, and a click moves it. */
export function LocationPicker({ label, latitude, longitude, kind, onPick }: LocationPickerProps) {
  const lat = Number(latitude);
  const lng = Number(longitude);
  const valid = latitude !== '' && longitude !== '' && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
  const point: LatLngTuple[] = valid ? [[lat, lng]] : [];
  return (
    <div className="location-picker">
      <MapView label={label} initialPoints={point}>
        <ClickToPick onPick={onPick} />
        {valid && <StopMarkers stops={[{ latitude: lat, longitude: lng, kind, number: '•', label }]} />}
      </MapView>
    </div>
  );
}
