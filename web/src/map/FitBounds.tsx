import { latLngBounds, type LatLngTuple } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet/hooks';
import { FIT_OPTIONS } from './MapView';

const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * Keeps every point in view as they change (the driver moves), until the user pans, zooms or
 * otherwise takes over the map; from then on the view is theirs. The map opens on the points
 * it is first given (MapView's `initialPoints`, the same ones), so there is nothing to fit
 * until they change.
 */
export function FitBounds({ points }: { points: LatLngTuple[] }) {
  const map = useMap();
  const userTookOver = useRef(false);

  useEffect(() => {
    const container = map.getContainer();
    const takeOver = () => {
      userTookOver.current = true;
    };
    const events = ['pointerdown', 'wheel', 'keydown', 'touchstart'] as const;
    for (const type of events) container.addEventListener(type, takeOver, { passive: true });
    return () => {
      for (const type of events) container.removeEventListener(type, takeOver);
    };
  }, [map]);

  const key = points.map(([lat, lng]) => `${lat.toFixed(6)},${lng.toFixed(6)}`).join(';');
  const fitted = useRef(key);
  useEffect(() => {
    if (fitted.current === key || userTookOver.current || points.length === 0) return;
    fitted.current = key;
    map.fitBounds(latLngBounds(points), { ...FIT_OPTIONS, animate: !prefersReducedMotion() });
    // `key` stands for `points`: refit only when a coordinate actually changed.
  }, [map, key]);

  return null;
}
