/**
 * The expected window around a live ETA: the remaining drive at the driver's faster and slower
 * recent speeds (the 80th and 20th percentile of the speeds between consecutive positions),
 * so it is wider when the driver's speed varies more and narrows as the remaining distance
 * shrinks. Pure: times in ms since the epoch.
 */

/** Never narrower than this, however close the stop. */
export const MIN_WIDTH_MS = 10 * 60_000;
/** Both ends are shown rounded to this: the earliest down, the latest up. */
export const ROUND_MS = 5 * 60_000;
/** Without enough speeds to tell a spread, the drive may take this much less or more. */
const DEFAULT_SPREAD = 0.2;
/** Fewer speeds than this tell no spread. */
const MIN_SPEEDS = 4;
/** A stored window is replaced once an end has moved by more than this (its rounding alone never does). */
const MOVE_MS = 6 * 60_000;

export interface RawWindow {
  earliest: number;
  latest: number;
}

/** The `q` quantile (0..1) of `values`, linearly interpolated. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

const clampSpeed = (kmh: number) => Math.min(Math.max(kmh, 20), 120);

/**
 * `fromMs`: the position's time; `seconds`: the drive the ETA counts (from there); `speedKmh`:
 * the speed that drive was counted at; `speeds`: recent speeds between consecutive positions.
 */
export function etaWindow(input: { fromMs: number; seconds: number; speedKmh: number; speeds: readonly number[] }): RawWindow {
  const { fromMs, seconds, speedKmh } = input;
  const eta = fromMs + seconds * 1000;
  let fast = speedKmh * (1 + DEFAULT_SPREAD);
  let slow = speedKmh * (1 - DEFAULT_SPREAD);
  if (input.speeds.length >= MIN_SPEEDS) {
    fast = Math.max(clampSpeed(quantile(input.speeds, 0.8)), speedKmh);
    slow = Math.min(clampSpeed(quantile(input.speeds, 0.2)), speedKmh);
  }
  let earliest = Math.min(eta, fromMs + seconds * 1000 * (speedKmh / fast));
  let latest = Math.max(eta, fromMs + seconds * 1000 * (speedKmh / slow));
  const missing = MIN_WIDTH_MS - (latest - earliest);
  if (missing > 0) {
    earliest -= missing / 2;
    latest += missing / 2;
  }
  // Never expected before the position that tells it.
  if (earliest < fromMs) {
    latest += fromMs - earliest;
    earliest = fromMs;
  }
  return { earliest, latest };
}

/** The window as shown and stored: the earliest rounded down, the latest up, to 5 minutes. */
export function roundedWindow(raw: RawWindow): { earliest: Date; latest: Date } {
  return {
    earliest: new Date(Math.floor(raw.earliest / ROUND_MS) * ROUND_MS),
    latest: new Date(Math.ceil(raw.latest / ROUND_MS) * ROUND_MS),
  };
}

/** Whether a new window differs enough from the stored one to be saved and told. */
export function windowMoved(stored: { earliest: Date | null; latest: Date | null }, raw: RawWindow): boolean {
  if (!stored.earliest || !stored.latest) return true;
  return Math.abs(raw.earliest - stored.earliest.getTime()) > MOVE_MS || Math.abs(raw.latest - stored.latest.getTime()) > MOVE_MS;
}

/** Speeds (km/h) between consecutive positions of a track (oldest first) at least 10 s apart. */
export function segmentSpeeds(
  track: ReadonlyArray<{ latitude: number; longitude: number; recordedAt: Date }>,
  distanceKm: (a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) => number,
): number[] {
  const speeds: number[] = [];
  let from = track[0];
  for (let i = 1; i < track.length; i++) {
    const hours = (track[i].recordedAt.getTime() - from.recordedAt.getTime()) / 3_600_000;
    if (hours < 10 / 3600) continue;
    speeds.push(distanceKm(from, track[i]) / hours);
    from = track[i];
  }
  return speeds;
}
