import { distanceKm } from '@tracklink/shared';
import { etaWindow, MIN_WIDTH_MS, quantile, roundedWindow, segmentSpeeds, windowMoved } from './eta-window';

const from = Date.parse('2026-03-02T13:02:00Z');
const width = (w: { earliest: number; latest: number }) => w.latest - w.earliest;
/** The window for `km` still to drive at 60 km/h, with these recent speeds. */
const windowFor = (km: number, speeds: number[]) => etaWindow({ fromMs: from, seconds: (km / 60) * 3600, speedKmh: 60, speeds });

describe('etaWindow', () => {
  const steady = [55, 58, 60, 61, 62, 64, 59, 60];
  const stopAndGo = [25, 35, 80, 90, 40, 70, 30, 85];

  it('holds the ETA, and spans the drive at the 80th and 20th percentile of recent speeds', () => {
    const w = windowFor(60, stopAndGo);
    const eta = from + 3_600_000;
    expect(w.earliest).toBeLessThanOrEqual(eta);
    expect(w.latest).toBeGreaterThanOrEqual(eta);
    expect(w.earliest).toBeCloseTo(from + (60 / quantile(stopAndGo, 0.8)) * 3_600_000, -1);
    expect(w.latest).toBeCloseTo(from + (60 / quantile(stopAndGo, 0.2)) * 3_600_000, -1);
  });

  it('narrows as the remaining distance shrinks, down to a minimum width', () => {
    const widths = [80, 40, 20, 10].map((km) => width(windowFor(km, stopAndGo)));
    for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeLessThan(widths[i - 1]);
    expect(widths[widths.length - 1]).toBeGreaterThan(MIN_WIDTH_MS);
    expect(width(windowFor(0.5, stopAndGo))).toBe(MIN_WIDTH_MS);
    expect(width(windowFor(0, steady))).toBe(MIN_WIDTH_MS);
  });

  it('is wider the more the recent speeds spread', () => {
    expect(width(windowFor(40, stopAndGo))).toBeGreaterThan(width(windowFor(40, steady)));
    expect(width(windowFor(40, steady))).toBeGreaterThan(0);
  });

  it('takes ±20% without enough speeds to tell, and keeps extremes in bounds', () => {
    const w = windowFor(60, [50]);
    expect(w.earliest).toBeCloseTo(from + (3_600_000 / 1.2), -1);
    expect(w.latest).toBeCloseTo(from + (3_600_000 / 0.8), -1);
    // Standing still and GPS jumps count as 20 and 120 km/h at most.
    const wild = windowFor(60, [0, 0, 0, 0, 900, 900, 900, 900]);
    expect(wild.earliest).toBeCloseTo(from + (60 / 120) * 3_600_000, -1);
    expect(wild.latest).toBeCloseTo(from + (60 / 20) * 3_600_000, -1);
    // Never before the position that tells it.
    expect(windowFor(0.1, steady).earliest).toBeGreaterThanOrEqual(from);
  });
});

describe('roundedWindow and windowMoved', () => {
  it('rounds the earliest down and the latest up to 5 minutes', () => {
    const w = roundedWindow({ earliest: Date.parse('2026-03-02T14:23:10Z'), latest: Date.parse('2026-03-02T14:46:00Z') });
    expect([w.earliest.toISOString(), w.latest.toISOString()]).toEqual(['2026-03-02T14:20:00.000Z', '2026-03-02T14:50:00.000Z']);
  });

  it('replaces a stored window only once an end moved by more than its rounding', () => {
    const raw = { earliest: Date.parse('2026-03-02T14:24:50Z'), latest: Date.parse('2026-03-02T14:45:10Z') };
    const stored = roundedWindow(raw);
    expect(windowMoved(stored, { earliest: raw.earliest + 20_000, latest: raw.latest - 20_000 })).toBe(false);
    expect(windowMoved(stored, { earliest: raw.earliest, latest: raw.latest - 8 * 60_000 })).toBe(true);
    expect(windowMoved({ earliest: null, latest: null }, raw)).toBe(true);
  });
});

describe('segmentSpeeds', () => {
  it('measures between positions at least 10 s apart', () => {
    const t = (s: number) => new Date(from + s * 1000);
    const track = [
      { latitude: 50, longitude: 8, recordedAt: t(0) },
      { latitude: 50.0001, longitude: 8, recordedAt: t(2) }, // too close in time: merged into the next
      { latitude: 50.01, longitude: 8, recordedAt: t(60) },
      { latitude: 50.02, longitude: 8, recordedAt: t(120) },
    ];
    const speeds = segmentSpeeds(track, distanceKm);
    expect(speeds).toHaveLength(2);
    expect(speeds[0]).toBeCloseTo(distanceKm(track[0], track[2]) * 60, 5);
  });
});
