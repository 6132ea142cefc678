import type { DataSource } from 'typeorm';
import { distanceKm } from '@tracklink/shared';
import type { Logger } from '../../logger';
import type { StopService } from '../consignments/stop.service';
import type { NewestPosition } from '../../events/domain-events';
import { systemScope } from '../../core/scope';
import { etaWindow, roundedWindow, segmentSpeeds, windowMoved } from './eta-window';
import { positionCutoff } from '../tenants/tenant.sql';

export const DEFAULT_SPEED_KMH = 60;
/** An ETA that moves less than this is not worth telling open pages about. */
const MIN_CHANGE_MS = 60_000;
/** Positions this recent give the driver's speed. */
const SPEED_WINDOW_MS = 15 * 60_000;
/** Positions this recent give the spread of the driver's speeds (the ETA's window). */
const SPREAD_WINDOW_MS = 45 * 60_000;

/** Average speed over a track of positions (oldest first); null when too short to tell. */
export function trackSpeedKmh(track: Array<{ latitude: number; longitude: number; recordedAt: Date }>): number | null {
  if (track.length < 2) return null;
  let km = 0;
  for (let i = 1; i < track.length; i++) km += distanceKm(track[i - 1], track[i]);
  const hours = (track[track.length - 1].recordedAt.getTime() - track[0].recordedAt.getTime()) / 3_600_000;
  if (hours < 1 / 120) return null; // under 30 s of track
  return km / hours;
}

/**
 * Live ETA: on each new position the next stop of the driver's consignments in transit gets a
 * fresh estimate — the routing service's duration when ROUTING_URL is set, else the distance
 * over the driver's recent speed (default 60 km/h) — and an expected window around it from the
 * spread of the driver's speeds over the last 45 minutes (eta-window.ts, read by the same
 * statement as the speed), saved when the ETA moves by a minute or more or the window moves.
 */
export class EtaService {
  private readonly chains = new Map<string, Promise<void>>();

  constructor(
    private readonly ds: DataSource,
    private readonly stops: StopService,
    private readonly routingUrl: string | undefined,
    private readonly log: Logger,
  ) {}

  /** Queues a recomputation for the position's driver; one at a time per driver. */
  onPosition(position: NewestPosition): void {
    // Only a consignment in transit has a next stop to estimate; the batch's statement told.
    if (!position.inTransit) return;
    const previous = this.chains.get(position.driverId) ?? Promise.resolve();
    const next = previous
      .then(() => this.update(position))
      .catch((error) => this.log.error('live ETA failed:', error))
      .finally(() => {
        if (this.chains.get(position.driverId) === next) this.chains.delete(position.driverId);
      });
    this.chains.set(position.driverId, next);
  }

  /** Resolves when every queued recomputation is done (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.chains.size) await Promise.all([...this.chains.values()]);
  }

  async update(position: NewestPosition): Promise<void> {
    const stops = await this.stops.nextStopsOfDriver(position.driverId);
    if (!stops.length) return;
    // An older position arriving late says nothing about where the driver is now. (Only the
    // partitions after it are looked at: its time is known when the statement is planned.)
    const newer: unknown[] = await this.ds.query('SELECT 1 FROM driver_positions WHERE driver_id = $1 AND recorded_at > $2 LIMIT 1', [
      position.driverId,
      position.recordedAt,
    ]);
    if (newer.length) return;
    const { speed, speeds } = await this.speedKmh(position);
    const from = position.recordedAt.getTime();
    for (const stop of stops) {
      const seconds = (await this.routedSeconds(position, stop)) ?? (distanceKm(position, stop) / speed) * 3600;
      const eta = new Date(from + seconds * 1000);
      const window = etaWindow({ fromMs: from, seconds, speedKmh: speed, speeds });
      const etaMoved = !stop.estimatedArrival || Math.abs(eta.getTime() - stop.estimatedArrival.getTime()) >= MIN_CHANGE_MS;
      if (!etaMoved && !windowMoved({ earliest: stop.etaEarliest, latest: stop.etaLatest }, window)) continue;
      await this.stops.setEstimatedArrival(systemScope(stop.tenantId, 'live ETA'), stop.stopId, eta, roundedWindow(window));
    }
  }

  /** The driver's recent speed, and the speeds between positions of the last 45 minutes, in one statement. */
  private async speedKmh(position: NewestPosition): Promise<{ speed: number; speeds: number[] }> {
    const rows: Array<{ latitude: number; longitude: number; recorded_at: Date }> = await this.ds.query(
      `SELECT latitude, longitude, recorded_at FROM driver_positions
        WHERE driver_id = $1 AND recorded_at BETWEEN greatest($2, ${positionCutoff('$4::uuid')}) AND $3 ORDER BY recorded_at`,
      [position.driverId, new Date(position.recordedAt.getTime() - SPREAD_WINDOW_MS), position.recordedAt, position.tenantId],
    );
    const track = rows.map((r) => ({ latitude: r.latitude, longitude: r.longitude, recordedAt: r.recorded_at }));
    const since = position.recordedAt.getTime() - SPEED_WINDOW_MS;
    const measured = trackSpeedKmh(track.filter((p) => p.recordedAt.getTime() >= since));
    const reported = position.speedKmh != null && position.speedKmh > 5 ? position.speedKmh : null;
    const speed = measured ?? reported;
    // A truck standing still at a light, or a GPS jump, should not swing the ETA to extremes.
    return {
      speed: speed === null || speed < 5 ? DEFAULT_SPEED_KMH : Math.min(Math.max(speed, 20), 120),
      speeds: segmentSpeeds(track, distanceKm),
    };
  }

  /** Driving time from an OSRM-compatible service, or null (unset, unreachable, no route). */
  private async routedSeconds(from: { latitude: number; longitude: number }, to: { latitude: number; longitude: number }): Promise<number | null> {
    if (!this.routingUrl) return null;
    const url = `${this.routingUrl.replace(/\/+$/, '')}/route/v1/driving/${from.longitude},${from.latitude};${to.longitude},${to.latitude}?overview=false`;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (!res.ok) return null;
      const body = (await res.json()) as { code?: string; routes?: Array<{ duration: number }> };
      return body.code === 'Ok' && body.routes?.length ? body.routes[0].duration : null;
    } catch (error) {
      this.log.debug('routing failed:', error);
      return null;
    }
  }
}
