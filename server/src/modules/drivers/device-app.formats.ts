import { isValidLatitude, isValidLongitude } from '@tracklink/shared';
import { invalid } from '../../core/errors';

/**
 * Positions from driver apps we did not write, in the two formats Traccar's own server takes on
 * its OsmAnd port (traccar.org, "OsmAnd protocol" and Traccar Client):
 *
 * - Traccar Client ≥ 9, a JSON body:
 *   `{ "location": { "timestamp": ISO, "coords": { "latitude", "longitude", "speed" (m/s),
 *   "heading", "accuracy", "altitude" }, "battery": {…}, "is_moving", "event" }, "device_id" }`
 *   (`location` may also be an array of such locations: a phone catching up after a dead zone).
 * - The OsmAnd protocol, query or form parameters: `id` or `deviceid`, `lat`, `lon`,
 *   `timestamp` (Unix seconds, or ISO 8601), `speed` (knots), `bearing` or `heading`,
 *   `accuracy`, `altitude`, `batt`.
 *
 * The identifier (`device_id`, `id`) is the driver's device key. Every position's client id is
 * made from its recorded time (`device:<ISO time>`), so a phone that sends a position again, in
 * either format, sends a duplicate. What is malformed is refused naming the field as the app
 * sent it.
 */
/** Where Traccar Client and OsmAnd send positions (GET or POST, either format). */
export const DEVICE_APP_PATH = '/driver-app/positions';

export interface DevicePosition {
  clientId: string;
  latitude: number;
  longitude: number;
  heading: number | null;
  speedKmh: number | null;
  accuracyM: number | null;
  recordedAt: Date;
}

export interface DeviceReport {
  deviceKey: string;
  format: 'traccar-json' | 'osmand';
  positions: DevicePosition[];
  /** The app's own name of each position's fields, for answers about them. */
  fieldNames: Record<'latitude' | 'longitude' | 'heading' | 'speedKmh' | 'accuracyM' | 'recordedAt' | 'clientId', string>;
}

const KNOTS_TO_KMH = 1.852;
const MPS_TO_KMH = 3.6;
/** Locations in one JSON body; the rest of a backlog comes in the next request. */
export const MAX_LOCATIONS = 100;

type Params = Record<string, unknown>;

const isObject = (v: unknown): v is Params => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(value: unknown, field: string): string {
  if (Array.isArray(value)) throw invalid(field, 'is given more than once');
  if (typeof value !== 'string' && typeof value !== 'number') throw invalid(field, 'is required');
  const s = String(value).trim();
  if (!s) throw invalid(field, 'is required');
  return s;
}

function number(value: unknown, field: string): number {
  const s = typeof value === 'number' ? value : Number(text(value, field));
  if (!Number.isFinite(s)) throw invalid(field, `must be a number, got "${String(value).slice(0, 40)}"`);
  return s;
}

function optionalNumber(value: unknown, field: string): number | null {
  if (value === undefined || value === null || value === '') return null;
  return number(value, field);
}

/** Unix seconds (or milliseconds, 13 digits), or an ISO 8601 time. */
function time(value: unknown, field: string): Date {
  const raw = typeof value === 'number' ? String(value) : text(value, field);
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(raw)) {
    const n = Number(raw);
    ms = n >= 1e11 ? n : n * 1000;
  } else if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(raw)) {
    ms = Date.parse(raw.replace(' ', 'T'));
  } else {
    ms = NaN;
  }
  if (!Number.isFinite(ms)) throw invalid(field, `must be Unix seconds or an ISO 8601 time, got "${raw.slice(0, 40)}"`);
  return new Date(Math.round(ms));
}

function position(latitude: number, longitude: number, latField: string, lonField: string, rest: Omit<DevicePosition, 'clientId' | 'latitude' | 'longitude'>): DevicePosition {
  if (!isValidLatitude(latitude)) throw invalid(latField, `must be between -90 and 90, got ${latitude}`);
  if (!isValidLongitude(longitude)) throw invalid(lonField, `must be between -180 and 180, got ${longitude}`);
  return { clientId: `device:${rest.recordedAt.toISOString()}`, latitude, longitude, ...rest };
}

/** An unknown value (iOS reports -1) tells nothing. */
const known = (v: number | null) => (v === null || v < 0 ? null : v);

function traccarJson(body: Params): DeviceReport {
  const deviceKey = text(body.device_id, 'device_id');
  const locations = Array.isArray(body.location) ? body.location : [body.location];
  if (!locations.length) throw invalid('location', 'must hold at least one location');
  if (locations.length > MAX_LOCATIONS) throw invalid('location', `at most ${MAX_LOCATIONS} locations per request`);
  const positions = locations.map((location, i) => {
    const at = Array.isArray(body.location) ? `location[${i}]` : 'location';
    if (!isObject(location)) throw invalid(at, 'must be an object with timestamp and coords');
    const coords = location.coords;
    if (!isObject(coords)) throw invalid(`${at}.coords`, 'must be an object with latitude and longitude');
    const speed = known(optionalNumber(coords.speed, `${at}.coords.speed`));
    return position(number(coords.latitude, `${at}.coords.latitude`), number(coords.longitude, `${at}.coords.longitude`), `${at}.coords.latitude`, `${at}.coords.longitude`, {
      recordedAt: time(location.timestamp, `${at}.timestamp`),
      speedKmh: speed === null ? null : Math.round(speed * MPS_TO_KMH * 100) / 100,
      heading: known(optionalNumber(coords.heading, `${at}.coords.heading`)),
      accuracyM: known(optionalNumber(coords.accuracy, `${at}.coords.accuracy`)),
    });
  });
  const at = Array.isArray(body.location) ? 'location[i]' : 'location';
  return {
    deviceKey,
    format: 'traccar-json',
    positions,
    fieldNames: {
      latitude: `${at}.coords.latitude`,
      longitude: `${at}.coords.longitude`,
      heading: `${at}.coords.heading`,
      speedKmh: `${at}.coords.speed`,
      accuracyM: `${at}.coords.accuracy`,
      recordedAt: `${at}.timestamp`,
      clientId: `${at}.timestamp`,
    },
  };
}

function osmand(params: Params): DeviceReport {
  const deviceKey = text(params.id ?? params.deviceid, params.deviceid !== undefined && params.id === undefined ? 'deviceid' : 'id');
  let lat: unknown = params.lat;
  let lon: unknown = params.lon;
  // Some senders put both in one parameter, as Traccar also takes: location=<lat>,<lon>.
  if (lat === undefined && lon === undefined && typeof params.location === 'string') [lat, lon] = params.location.split(',');
  const headingField = params.bearing !== undefined ? 'bearing' : 'heading';
  const knots = known(optionalNumber(params.speed, 'speed'));
  const p = position(number(lat, 'lat'), number(lon, 'lon'), 'lat', 'lon', {
    recordedAt: time(params.timestamp, 'timestamp'),
    speedKmh: knots === null ? null : Math.round(knots * KNOTS_TO_KMH * 100) / 100,
    heading: known(optionalNumber(params.bearing ?? params.heading, headingField)),
    accuracyM: known(optionalNumber(params.accuracy, 'accuracy')),
  });
  return {
    deviceKey,
    format: 'osmand',
    positions: [p],
    fieldNames: { latitude: 'lat', longitude: 'lon', heading: headingField, speedKmh: 'speed', accuracyM: 'accuracy', recordedAt: 'timestamp', clientId: 'timestamp' },
  };
}

/**
 * The report a request carries: the Traccar Client JSON when the body is a JSON object with
 * `location`, else the OsmAnd parameters of the query string and a form body together.
 */
export function parseDeviceReport(query: Params, body: unknown): DeviceReport {
  if (isObject(body) && ('location' in body || 'device_id' in body)) return traccarJson(body);
  const params = { ...query, ...(isObject(body) ? body : {}) };
  if (params.id === undefined && params.deviceid === undefined) {
    throw invalid('id', 'is required: the device identifier (OsmAnd: id or deviceid; Traccar Client JSON: device_id)');
  }
  return osmand(params);
}
