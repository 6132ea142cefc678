import { marker as createMarker, type Marker } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet/hooks';
import { driverIcon } from './markerIcons';

export interface DriverMarkerProps {
  latitude: number;
  longitude: number;
  /** Degrees clockwise from north; null: no arrow. */
  heading: number | null;
  /** Accessible name. */
  label: string;
}

/**
 * The driver's live marker. It is created once and moved in place, so the element (with
 * data-testid="driver-marker" and data-lat/data-lng for tests) survives updates.
 */
export function DriverMarker({ latitude, longitude, heading, label }: DriverMarkerProps) {
  const map = useMap();
  const markerRef = useRef<Marker | null>(null);
  const initial = useRef({ latitude, longitude, label });

  useEffect(() => {
    const { latitude: lat, longitude: lng, label: name } = initial.current;
    const driver = createMarker([lat, lng], {
      icon: driverIcon(name),
      interactive: false,
      keyboard: false,
      zIndexOffset: 1000,
    }).addTo(map);
    markerRef.current = driver;
    return () => {
      driver.remove();
      markerRef.current = null;
    };
  }, [map]);

  useEffect(() => {
    const driver = markerRef.current;
    if (!driver) return;
    driver.setLatLng([latitude, longitude]);
    const element = driver.getElement();
    if (!element) return;
    element.dataset.testid = 'driver-marker';
    element.dataset.lat = String(latitude);
    element.dataset.lng = String(longitude);
    const hasHeading = heading !== null && Number.isFinite(heading);
    element.classList.toggle('driver-marker--no-heading', !hasHeading);
    if (hasHeading) element.dataset.heading = String(heading);
    else delete element.dataset.heading;
    const arrow = element.querySelector('.driver-marker__arrow');
    arrow?.setAttribute('transform', `rotate(${hasHeading ? heading : 0} 18 18)`);
    element.querySelector('svg')?.setAttribute('aria-label', label);
  }, [latitude, longitude, heading, label]);

  return null;
}
