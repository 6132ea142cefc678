import { lazy, Suspense, useEffect, useState } from 'react';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { interpolate, useI18n } from '../../i18n';
import type { MapStop } from '../../map/StopMarkers';
import { distanceKm } from './geo';
import { Section } from './Section';
import type { TrackingPage } from './wire';

/** Starts loading the map chunk (Leaflet) without waiting for the page data (never on the server). */
export const loadTrackingMap = import.meta.env.SSR
  ? () => Promise.reject(new Error('the map is not rendered on the server'))
  : () => import('./TrackingMap');
const TrackingMap = lazy(loadTrackingMap);

/** A position older than this gets a visible "updated N minutes ago" mark. */
export const STALE_POSITION_MS = 5 * 60_000;

/**
 * Whether the page runs in a browser and has been hydrated: the map is never rendered on the
 * server, and a server-rendered page fetches Leaflet only once its text is on screen. Its frame
 * keeps its size meanwhile, so nothing moves when the map arrives.
 */
function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}

/**
 * The map with pickup, delivery and driver markers, plus the same facts as text for people
 * who cannot see the map (the stops themselves are listed in the Stops section).
 */
export function MapSection({ page, now, label }: { page: TrackingPage; now: number; /** The map's accessible name, if not the consignment page's. */ label?: string }) {
  const { messages, format } = useI18n();
  const mounted = useMounted();
  const m = messages.map;
  const stops: MapStop[] = [];
  page.stops.forEach((stop, index) => {
    if (stop.latitude === null || stop.longitude === null) return;
    const type = messages.stopTypes[stop.type];
    stops.push({
      latitude: stop.latitude,
      longitude: stop.longitude,
      kind: stop.type === 'PICKUP' ? 'pickup' : 'delivery',
      number: String(index + 1),
      label: `${index + 1}. ${type}: ${stop.name}`,
    });
  });
  const driver = page.driverPosition;
  if (!page.showMap || (stops.length === 0 && !driver)) return null;

  const ageMs = driver ? now - Date.parse(driver.recordedAt) : 0;
  const stale = driver !== null && ageMs > STALE_POSITION_MS;
  const updated = driver ? format.ago(driver.recordedAt, now) : '';
  const nextStop = page.stops.find((stop) => !stop.actualArrival && stop.latitude !== null && stop.longitude !== null);
  const distance =
    driver && nextStop?.latitude != null && nextStop.longitude != null
      ? distanceKm(driver, { latitude: nextStop.latitude, longitude: nextStop.longitude })
      : null;

  return (
    <Section title={m.heading} className="tp-map">
      {() => (
        <>
          {stale && (
            <p className="tp-map__stale" data-testid="stale-position">
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
                <path d="M8 4.5V8l2.5 1.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
              </svg>
              {interpolate(m.stale, { when: updated })}
            </p>
          )}
          <div className="tp-map__frame">
            {mounted && (
              <ErrorBoundary fallback={null}>
                <Suspense fallback={null}>
                  <TrackingMap label={label ?? m.label} stops={stops} driver={driver} driverLabel={m.driver} />
                </Suspense>
              </ErrorBoundary>
            )}
          </div>
          {driver && (!stale || distance !== null) && (
            <p className="tp-map__summary">
              {/* When stale, the mark above already says how old the position is. */}
              {!stale && interpolate(m.driverUpdated, { when: updated })}
              {distance !== null && nextStop && (
                <> {interpolate(m.driverDistance, { distance: format.distanceKm(distance), stop: nextStop.name })}</>
              )}
            </p>
          )}
        </>
      )}
    </Section>
  );
}
