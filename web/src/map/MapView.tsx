import 'leaflet/dist/leaflet.css';
import type { LatLngTuple } from 'leaflet';
import { useEffect, type ReactNode } from 'react';
import { MapContainer } from 'react-leaflet/MapContainer';
import { useMap } from 'react-leaflet/hooks';
import { TileLayer } from 'react-leaflet/TileLayer';
import './map.css';

// The map container and its tiles. Markers and view fitting are children that call useMap().
// Tiles come from VITE_TILE_URL (default: the OpenStreetMap tile server); everything else
// works offline.

const TILE_URL = import.meta.env.VITE_TILE_URL || 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png';
const TILE_ATTRIBUTION =
  import.meta.env.VITE_TILE_ATTRIBUTION ||
  '&copy; <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noreferrer">OpenStreetMap</a> contributors';

/** Shared with FitBounds, so the first view and later refits agree. */
export const FIT_OPTIONS = { padding: [36, 36] as [number, number], maxZoom: 14 };

const FALLBACK_CENTER: LatLngTuple = [50.5, 8];
const FALLBACK_ZOOM = 4;

export interface MapViewProps {
  /** The map's accessible name. */
  label: string;
  /** The first view fits these points (later changes: FitBounds). */
  initialPoints: LatLngTuple[];
  className?: string;
  children?: ReactNode;
}

export function MapView({ label, initialPoints, className, children }: MapViewProps) {
  const view =
    initialPoints.length > 0
      ? { bounds: initialPoints, boundsOptions: FIT_OPTIONS }
      : { center: FALLBACK_CENTER, zoom: FALLBACK_ZOOM };
  return (
    <MapContainer className={className ? `map-view ${className}` : 'map-view'} scrollWheelZoom={false} {...view}>
      <MapSemantics label={label} />
      <TileLayer
        url={TILE_URL}
        attribution={TILE_ATTRIBUTION}
        // Tile servers may see our origin, never the page path (it holds the link's token).
        referrerPolicy="strict-origin"
      />
      {children}
    </MapContainer>
  );
}

/** Names the (keyboard-focusable) map container and keeps Leaflet's size in step with it. */
function MapSemantics({ label }: { label: string }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', label);
    map.attributionControl?.setPrefix('<a href="https://leafletjs.com" target="_blank" rel="noreferrer">Leaflet</a>');
    // The map often mounts before its column has its final width.
    const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
    observer.observe(container);
    return () => observer.disconnect();
  }, [map, label]);
  return null;
}
