import { distanceKm } from '@tracklink/shared';

/** One stored position, as the detector reads it. */
export interface TrackSample {
  /** Recorded time (the device's), in ms. */
  at: number;
  latitude: number;
  longitude: number;
  accuracyM: number | null;
}

/** A stop's geofence: its centre, radius, and how long a visit must last to count. */
export interface GeofenceRule {
  latitude: number;
  longitude: number;
  radiusM: number;
  /** Time within the radius before the stop counts as arrived. */
  dwellMs: number;
  /** Time outside the radius, after arriving, before the stop counts as departed. */
  exitMs: number;
}

export interface Visit {
  arrival: number | null;
  departure: number | null;
}

/** Orders a track by recorded time; equal times by position, so any arrival order sorts alike. */
export function byRecordedTime(a: TrackSample, b: TrackSample): number {
  return a.at - b.at || a.latitude - b.latitude || a.longitude - b.longitude;
}

/**
 * The visit of a geofence that a track shows, on recorded time only (so the same positions
 * give the same visit whatever order they arrived in). `track` is sorted by `byRecordedTime`.
 *
 * - Arrival: the first sample of the first unbroken run of samples within the radius that
 *   lasts at least the dwell time (its last sample at least `dwellMs` after its first). A
 *   drive-by, or a stop at a light, is a shorter run and counts for nothing.
 * - Departure: after the arrival (`knownArrival`, a time already recorded, when given; else
 *   the detected one) and at least one sample within the radius from then on, the first sample
 *   outside it that starts an unbroken run outside lasting at least the exit time.
 * - A sample whose reported accuracy is worse than the radius tells nothing and is skipped.
 */
export function detectVisit(track: readonly TrackSample[], rule: GeofenceRule, knownArrival: number | null = null): Visit {
  const radiusKm = rule.radiusM / 1000;
  const usable = track.filter((s) => s.accuracyM === null || s.accuracyM <= rule.radiusM);
  const inside = usable.map((s) => distanceKm(s, rule) <= radiusKm);

  let arrival: number | null = null;
  let runStart: number | null = null;
  for (let i = 0; i < usable.length; i++) {
    if (!inside[i]) {
      runStart = null;
      continue;
    }
    runStart ??= usable[i].at;
    if (usable[i].at - runStart >= rule.dwellMs) {
      arrival = runStart;
      break;
    }
  }

  const from = knownArrival ?? arrival;
  if (from === null) return { arrival, departure: null };
  let seenInside = false;
  let outStart: number | null = null;
  for (let i = 0; i < usable.length; i++) {
    if (usable[i].at < from) continue;
    if (inside[i]) {
      seenInside = true;
      outStart = null;
      continue;
    }
    if (!seenInside) continue;
    outStart ??= usable[i].at;
    if (usable[i].at - outStart >= rule.exitMs) return { arrival, departure: outStart };
  }
  return { arrival, departure: null };
}
