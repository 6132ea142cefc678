import type { DataSource } from 'typeorm';
import type { Logger } from '../../logger';
import type { StopService } from '../consignments/stop.service';
import type { StoredPositions } from '../../events/domain-events';
import { systemScope } from '../../core/scope';
import { positionCutoff } from '../tenants/tenant.sql';
import { byRecordedTime, detectVisit, type TrackSample } from './geofence';

/**
 * How far around a batch's recorded times the track is read: a visit's dwell and exit, and
 * the samples that open or close them, lie within this of the positions that complete it.
 */
const CONTEXT_MS = 2 * 3_600_000;
/** At most this many samples of track per evaluation (one every 1.4 s over the context). */
const MAX_SAMPLES = 10_000;

/**
 * Geofenced arrival and departure: each stored batch of a driver with stops still ahead is
 * evaluated against those stops' geofences on the stored track around the batch's recorded
 * times (not the order they arrived in), and what it shows is recorded through the stop
 * service, with the same events as a time typed in. One evaluation at a time per driver.
 */
export class GeofenceService {
  private readonly chains = new Map<string, Promise<void>>();

  constructor(
    private readonly ds: DataSource,
    private readonly stops: StopService,
    private readonly log: Logger,
  ) {}

  onPositions(positions: StoredPositions): void {
    const previous = this.chains.get(positions.driverId) ?? Promise.resolve();
    const next = previous
      .then(() => this.evaluate(positions))
      .catch((error) => this.log.error('geofence detection failed:', error))
      .finally(() => {
        if (this.chains.get(positions.driverId) === next) this.chains.delete(positions.driverId);
      });
    this.chains.set(positions.driverId, next);
  }

  /** Resolves when every queued evaluation is done (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.chains.size) await Promise.all([...this.chains.values()]);
  }

  async evaluate(positions: StoredPositions): Promise<void> {
    const from = new Date(positions.from.getTime() - CONTEXT_MS);
    const to = new Date(positions.to.getTime() + CONTEXT_MS);
    const stops = await this.stops.geofenceStopsOfDriver(positions.driverId, from);
    if (!stops.length) return;
    const rows: Array<{ recorded_at: Date; latitude: number; longitude: number; accuracy_m: number | null }> = await this.ds.query(
      `SELECT recorded_at, latitude, longitude, accuracy_m FROM driver_positions
        WHERE driver_id = $1 AND recorded_at BETWEEN greatest($2, ${positionCutoff('$4::uuid')}) AND $3
        ORDER BY recorded_at LIMIT ${MAX_SAMPLES}`,
      [positions.driverId, from, to, positions.tenantId],
    );
    const track: TrackSample[] = rows
      .map((r) => ({ at: r.recorded_at.getTime(), latitude: r.latitude, longitude: r.longitude, accuracyM: r.accuracy_m }))
      .sort(byRecordedTime);
    for (const stop of stops) {
      const known = stop.actualArrival?.getTime() ?? null;
      const visit = detectVisit(track, stop, stop.arrivalSource === 'MANUAL' ? known : null);
      // A detected arrival counts only where it is what the stop records (or earlier); a typed one stays.
      const base = stop.arrivalSource === 'MANUAL' || visit.arrival === null ? known : Math.min(visit.arrival, known ?? Infinity);
      const departure = base === null ? null : detectVisit(track, stop, base).departure;
      if (visit.arrival === null && departure === null) continue;
      await this.stops.recordDetectedVisit(systemScope(stop.tenantId, 'geofence'), stop.stopId, {
        arrival: visit.arrival === null ? null : new Date(visit.arrival),
        departure: departure === null ? null : new Date(departure),
      });
    }
  }
}
