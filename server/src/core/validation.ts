import { isValidEmail, LIMITS } from '@tracklink/shared';
import { invalid } from './errors';

// Checks of input values shared by every module. Each names the input path of the value it
// refuses, so a client can put the message next to the field.

/** NUL characters cannot be stored in text (and never mean anything in it). */
const NUL = /\u0000/;

/** The text as it is, refused when it holds a NUL character. */
export function plainText(value: string, field: string): string {
  if (NUL.test(value)) throw invalid(field, 'must not contain NUL characters');
  return value;
}

export function requiredText(value: string, field: string, max: number = LIMITS.shortText): string {
  const text = plainText(value, field).trim();
  if (!text) throw invalid(field, 'must not be empty');
  if (text.length > max) throw invalid(field, `must be at most ${max} characters`);
  return text;
}

export function optionalText(value: string | null | undefined, field: string, max: number = LIMITS.shortText): string | null {
  if (value == null) return null;
  const text = plainText(value, field).trim();
  if (text.length > max) throw invalid(field, `must be at most ${max} characters`);
  return text || null;
}

export function optionalEmail(value: string | null | undefined, field: string): string | null {
  const email = optionalText(value, field, 254);
  if (email && !isValidEmail(email)) throw invalid(field, `"${email}" is not a valid email address`);
  return email;
}

/** Times before this are no real event of ours (a zeroed clock, a year typed as 0000). */
export const EARLIEST_TIME = new Date('2000-01-01T00:00:00Z');
/** Nor are times after this. */
export const LATEST_TIME = new Date('2100-01-01T00:00:00Z');

/**
 * A time within the sane range; with `notAfter`, not later than that either (a reported event
 * cannot be in the future beyond clock skew; a link cannot be created already expired with
 * `notBefore`).
 */
export function checkTime(value: Date, field: string, bounds: { notBefore?: Date; notAfter?: Date } = {}): Date {
  const t = value.getTime();
  if (Number.isNaN(t)) throw invalid(field, 'is not a valid time');
  const earliest = bounds.notBefore ?? EARLIEST_TIME;
  const latest = bounds.notAfter ?? LATEST_TIME;
  if (t < earliest.getTime()) throw invalid(field, `must not be before ${earliest.toISOString()}`);
  if (t > latest.getTime()) throw invalid(field, bounds.notAfter ? 'is in the future' : `must be before ${latest.toISOString()}`);
  return value;
}

/** A finite number in [min, max]. */
export function checkRange(value: number, field: string, min: number, max: number): number {
  if (!Number.isFinite(value) || value < min || value > max) throw invalid(field, `must be between ${min} and ${max}`);
  return value;
}

export const GEOFENCE_RADIUS_M = { min: 10, max: 5000 } as const;

/** A geofence radius in metres: a whole number from 10 to 5000. */
export function checkGeofenceRadius(value: number, field: string): number {
  if (!Number.isInteger(value) || value < GEOFENCE_RADIUS_M.min || value > GEOFENCE_RADIUS_M.max) {
    throw invalid(field, `must be a whole number of metres from ${GEOFENCE_RADIUS_M.min} to ${GEOFENCE_RADIUS_M.max}`);
  }
  return value;
}
