/**
 * Whether a stop is running late, and by about how much: its ETA past the planned window's end
 * (or its planned arrival, without a window) by more than the threshold. A stop already late
 * stays late until its ETA is back within half the threshold, so an ETA hovering around the
 * line is one episode, not one per position. The minutes are rounded to 5 ("~N min").
 */
export function lateByMinutes(
  stop: { estimatedArrival: Date | null; plannedWindowEnd: Date | null; plannedArrival: Date | null; actualArrival: Date | null; lateByMinutes: number | null },
  thresholdMinutes: number,
): number | null {
  const due = stop.plannedWindowEnd ?? stop.plannedArrival;
  if (stop.actualArrival) return stop.lateByMinutes; // what it was when it arrived
  if (!stop.estimatedArrival || !due) return null;
  const minutes = (stop.estimatedArrival.getTime() - due.getTime()) / 60_000;
  const limit = stop.lateByMinutes === null ? thresholdMinutes : thresholdMinutes / 2;
  if (minutes <= limit) return null;
  return Math.max(5, Math.round(minutes / 5) * 5);
}
