import { layerGroup, marker } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet/hooks';
import { stopIcon, type StopMarkerKind } from './markerIcons';

export interface MapStop {
  latitude: number;
  longitude: number;
  kind: StopMarkerKind;
  /** Shown in the pin: the stop's number in the stop list. */
  number: string;
  /** Accessible name, e.g. "1. Pickup: Rotterdam DC". */
  label: string;
}

/** Pickup and delivery pins, numbered like the stop list. */
export function StopMarkers({ stops }: { stops: MapStop[] }) {
  const map = useMap();
  const key = JSON.stringify(stops);
  useEffect(() => {
    const layer = layerGroup(
      stops.map((stop) =>
        marker([stop.latitude, stop.longitude], {
          icon: stopIcon(stop.kind, stop.number, stop.label),
          // The stop list carries the same information; pins need no focus stop of their own.
          interactive: false,
          keyboard: false,
        }),
      ),
    ).addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, key]);
  return null;
}
