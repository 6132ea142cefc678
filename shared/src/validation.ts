// Input rules shared by the server (authoritative) and the web forms (early feedback).

export const LIMITS = {
  shortText: 200,
  longText: 10_000,
  pageSize: 100,
  batchSize: 1_000,
  /** New passwords: at least this many characters (and not a commonly used one, checked by the server). */
  passwordMinLength: 12,
  /** A device time further ahead than this is refused: the device clock is wrong. */
  clockSkewMs: 5 * 60_000,
} as const;

// A pragmatic address check: one @, no spaces, a dot in the domain. RFC 5322 in full accepts
// addresses no mail server here would deliver to.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isValidEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

export function isValidLatitude(value: number): boolean {
  return Number.isFinite(value) && value >= -90 && value <= 90;
}

export function isValidLongitude(value: number): boolean {
  return Number.isFinite(value) && value >= -180 && value <= 180;
}

const knownTimeZones = new Map<string, boolean>();

/** True for IANA zone names the runtime's Intl knows, such as "Europe/Amsterdam" or "UTC". */
export function isValidTimeZone(value: string): boolean {
  let known = knownTimeZones.get(value);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      known = value.length > 0;
    } catch {
      known = false;
    }
    knownTimeZones.set(value, known);
  }
  return known;
}

/** ISO 3166-1 alpha-2 country code, upper case. */
export function isValidCountryCode(value: string): boolean {
  return /^[A-Z]{2}$/.test(value);
}

/** #rgb or #rrggbb. */
export function isValidHexColor(value: string): boolean {
  return /^#(?:[0-9a-fA-F]{3}){1,2}$/.test(value);
}

// http(s)://host[:port][/path…], no white space. (URL is not part of the ES library this
// package compiles against, so a pattern stands in for the parser.)
const HTTP_URL = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?(?:[/?#]\S*)?$/i;

export function isValidHttpUrl(value: string): boolean {
  return value.length <= 2000 && HTTP_URL.test(value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
