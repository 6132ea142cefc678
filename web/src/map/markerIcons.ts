import { divIcon, type DivIcon } from 'leaflet';

// Markers are inline SVG in a divIcon: no marker image URLs to resolve, nothing to fetch.

export type StopMarkerKind = 'pickup' | 'delivery';

const STOP_COLORS: Record<StopMarkerKind, string> = {
  pickup: '#2c5282', // 7.7:1 with white text
  delivery: '#22543d', // 9.3:1 with white text
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A pin with the stop's number, tip at the point. */
export function stopIcon(kind: StopMarkerKind, number: string, label: string): DivIcon {
  const html =
    `<svg class="map-pin" role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 30 42" width="30" height="42">` +
    `<path d="M15 1C7.3 1 1 7.2 1 14.9 1 25.3 15 41 15 41s14-15.7 14-26.1C29 7.2 22.7 1 15 1z" ` +
    `fill="${STOP_COLORS[kind]}" stroke="#ffffff" stroke-width="2"/>` +
    `<text x="15" y="20" text-anchor="middle" font-size="13" font-weight="700" fill="#ffffff" font-family="system-ui, sans-serif">${escapeHtml(number)}</text>` +
    `</svg>`;
  return divIcon({ html, className: `map-marker map-marker--${kind}`, iconSize: [30, 42], iconAnchor: [15, 41] });
}

/**
 * The driver: a disc with an arrow pointing north, turned by the heading on `.driver-marker__arrow`
 * (DriverMarker updates the rotation in place, so the element survives moves). No heading: a dot.
 */
export function driverIcon(label: string): DivIcon {
  const html =
    `<svg class="driver-marker__svg" role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 36 36" width="36" height="36">` +
    `<circle cx="18" cy="18" r="16" fill="#1a202c" stroke="#ffffff" stroke-width="3"/>` +
    `<g class="driver-marker__arrow"><path d="M18 7l7 17-7-4-7 4z" fill="#ffffff"/></g>` +
    `<circle class="driver-marker__dot" cx="18" cy="18" r="5" fill="#ffffff"/>` +
    `</svg>`;
  return divIcon({ html, className: 'map-marker driver-marker', iconSize: [36, 36], iconAnchor: [18, 18] });
}
