import { byRecordedTime, detectVisit, type GeofenceRule, type TrackSample } from './geofence';

const STOP: GeofenceRule = { latitude: 48.14, longitude: 11.46, radiusM: 150, dwellMs: 120_000, exitMs: 180_000 };
/** A point `metres` north of the stop. */
const north = (metres: number) => ({ latitude: STOP.latitude + metres / 111_195, longitude: STOP.longitude });
const sample = (seconds: number, metres: number, accuracyM: number | null = 8): TrackSample => ({ at: seconds * 1000, ...north(metres), accuracyM });

describe('detectVisit', () => {
  it('arrives at the first sample of a run that dwells long enough, departs at the first of a long enough run outside', () => {
    const track = [sample(0, 900), sample(30, 400), sample(60, 100), sample(90, 20), sample(180, 10), sample(200, 200), sample(300, 300), sample(400, 900)];
    expect(detectVisit(track, STOP)).toEqual({ arrival: 60_000, departure: 200_000 });
  });

  it('counts nothing for a drive-by, nor for a stay just under the dwell', () => {
    expect(detectVisit([sample(0, 500), sample(30, 50), sample(60, 40), sample(90, 600), sample(600, 900)], STOP)).toEqual({ arrival: null, departure: null });
    expect(detectVisit([sample(0, 50), sample(119, 40), sample(130, 600)], STOP)).toEqual({ arrival: null, departure: null });
  });

  it('does not depart while the driver comes back within the exit time, nor without a sample past it', () => {
    const back = [sample(0, 10), sample(150, 10), sample(200, 300), sample(300, 20), sample(400, 400), sample(500, 500)];
    expect(detectVisit(back, STOP)).toEqual({ arrival: 0, departure: null });
    expect(detectVisit([...back, sample(580, 600)], STOP)).toEqual({ arrival: 0, departure: 400_000 });
  });

  it('skips fixes less precise than the radius', () => {
    expect(detectVisit([sample(0, 10, 400), sample(150, 10, 400)], STOP).arrival).toBeNull();
    expect(detectVisit([sample(0, 10, null), sample(150, 10, 20)], STOP).arrival).toBe(0);
  });

  it('departs after a known (typed) arrival once the driver has been inside', () => {
    const track = [sample(0, 900), sample(100, 20), sample(130, 600), sample(400, 900)];
    expect(detectVisit(track, STOP, 90_000)).toEqual({ arrival: null, departure: 130_000 });
    expect(detectVisit([sample(100, 900), sample(400, 900)], STOP, 90_000).departure).toBeNull();
  });

  it('gives the same visit for the same samples in any order', () => {
    const track = Array.from({ length: 40 }, (_, i) => sample(i * 15, Math.abs(i - 20) * 20));
    const expected = detectVisit(track, STOP);
    expect(expected.arrival).not.toBeNull();
    for (let k = 0; k < 5; k++) {
      const shuffled = [...track].sort(() => Math.random() - 0.5);
      expect(detectVisit(shuffled.sort(byRecordedTime), STOP)).toEqual(expected);
    }
  });
});
