import { type DataSource, type EntityManager } from 'typeorm';
import { ConsignmentStatus, isUuid, LIMITS, StopTimeSource } from '@tracklink/shared';
import { invalid, notFound } from '../../core/errors';
import type { TenantScope } from '../../core/scope';
import type { AppUnitOfWork } from '../../events/domain-events';
import { Consignment } from './consignment.entity';
import type { ConsignmentService } from './consignment.service';
import type { UpdateStopInput } from './consignment.inputs';
import { checkWindow } from './consignment.validation';
import { Stop } from './stop.entity';
import { queryPrepared } from '../../adapters/typeorm/prepared';
import { asInstances, preparedName, selectColumns } from '../../db/raw-rows';
import { ACTIVE_STATUSES } from './consignment.sql';
import { lateByMinutes } from './lateness';
import { checkGeofenceRadius, checkTime, optionalEmail, optionalText, requiredText } from '../../core/validation';

/** The next stop of a consignment in transit, for the live ETA. */
export interface NextStop {
  consignmentId: string;
  tenantId: string;
  stopId: string;
  latitude: number;
  longitude: number;
  estimatedArrival: Date | null;
  etaEarliest: Date | null;
  etaLatest: Date | null;
}


/** A stop whose arrival or departure the driver's positions may tell, with its geofence. */
export interface GeofenceStop {
  stopId: string;
  tenantId: string;
  latitude: number;
  longitude: number;
  radiusM: number;
  dwellMs: number;
  exitMs: number;
  actualArrival: Date | null;
  arrivalSource: StopTimeSource | null;
}

/** The tenant's settings the stops follow (the tenants module's service). */
export interface StopSettings {
  byId(tenantId: string, em?: EntityManager): Promise<{ lateThresholdMinutes: number; geofenceRadiusM: number; geofenceDwellSeconds: number; geofenceExitSeconds: number } | null>;
}

/** A consignment's stops: their times, ETAs and contacts. */
export class StopService {
  constructor(
    private readonly ds: DataSource,
    private readonly uow: AppUnitOfWork,
    private readonly consignments: ConsignmentService,
    private readonly tenants: StopSettings,
  ) {}

  /**
   * Brings the stop's lateness up to date with its ETA and window (lateness.ts); returns the
   * new episode's number when it has just become late.
   */
  private async updateLateness(em: EntityManager, tenantId: string, stop: Stop): Promise<number | null> {
    const threshold = (await this.tenants.byId(tenantId, em))?.lateThresholdMinutes ?? 15;
    const late = lateByMinutes(stop, threshold);
    const started = late !== null && stop.lateByMinutes === null;
    stop.lateByMinutes = late;
    if (started) stop.lateEpisodes += 1;
    return started ? stop.lateEpisodes : null;
  }

  /** The tenant's stop (of a consignment not deleted), locked for this transaction; null if there is none. */
  lockOwn(em: EntityManager, scope: TenantScope, stopId: string): Promise<Stop | null> {
    return em
      .getRepository(Stop)
      .createQueryBuilder('s')
      .innerJoin(Consignment, 'c', 'c.id = s.consignmentId AND c.deletedAt IS NULL')
      .where('s.id = :stopId AND c.tenantId = :tenantId', { stopId, tenantId: scope.tenantId })
      .setLock('pessimistic_write', undefined, ['s'])
      .getOne();
  }

  async update(scope: TenantScope, stopId: string, input: UpdateStopInput): Promise<Stop> {
    if (!isUuid(stopId)) throw notFound('Stop');
    return this.uow.run(scope, async (tx) => {
      const stop = await this.lockOwn(tx.em, scope, stopId);
      if (!stop) throw notFound('Stop');
      const arrived = stop.actualArrival === null && input.actualArrival != null;
      const previousEta = stop.estimatedArrival;
      const departed = stop.actualDeparture === null && input.actualDeparture != null;
      if (input.name != null) stop.name = requiredText(input.name, 'input.name');
      if (input.address != null) stop.address = optionalText(input.address, 'input.address', 500);
      if (input.reference != null) stop.reference = optionalText(input.reference, 'input.reference');
      if (input.plannedArrival != null) stop.plannedArrival = checkTime(input.plannedArrival, 'input.plannedArrival');
      if (input.plannedWindowEnd != null) stop.plannedWindowEnd = checkTime(input.plannedWindowEnd, 'input.plannedWindowEnd');
      checkWindow(stop.plannedArrival, stop.plannedWindowEnd, 'input.plannedWindowEnd');
      if (input.estimatedArrival != null) {
        stop.estimatedArrival = checkTime(input.estimatedArrival, 'input.estimatedArrival');
        // An ETA typed in has no live window.
        stop.etaEarliest = null;
        stop.etaLatest = null;
      }
      // What happened cannot have happened in the future (beyond clock skew).
      const latest = new Date(Date.now() + LIMITS.clockSkewMs);
      // A time typed in wins over a detected one, and no detection overwrites it.
      if (input.actualArrival != null) {
        stop.actualArrival = checkTime(input.actualArrival, 'input.actualArrival', { notAfter: latest });
        stop.arrivalSource = StopTimeSource.MANUAL;
      }
      if (input.actualDeparture != null) {
        if (stop.actualArrival && input.actualDeparture < stop.actualArrival) {
          throw invalid('input.actualDeparture', 'must not be before actualArrival');
        }
        stop.actualDeparture = checkTime(input.actualDeparture, 'input.actualDeparture', { notAfter: latest });
        stop.departureSource = StopTimeSource.MANUAL;
      }
      if (input.geofenceRadiusM != null) {
        stop.geofenceRadiusM = input.geofenceRadiusM === 0 ? null : checkGeofenceRadius(input.geofenceRadiusM, 'input.geofenceRadiusM');
      }
      if (input.contactName != null) stop.contactName = optionalText(input.contactName, 'input.contactName');
      if (input.contactEmail != null) stop.contactEmail = optionalEmail(input.contactEmail, 'input.contactEmail');
      if (input.contactPhone != null) stop.contactPhone = optionalText(input.contactPhone, 'input.contactPhone', 40);
      const episode = await this.updateLateness(tx.em, scope.tenantId, stop);
      await tx.em.getRepository(Stop).save(stop);
      const consignment = await this.consignments.current(tx.em, stop.consignmentId);
      await tx.emit({ type: 'stop.changed', consignment, stop, arrived, departed });
      if (stop.estimatedArrival && stop.estimatedArrival.getTime() !== previousEta?.getTime()) {
        await tx.emit({ type: 'stop.etaChanged', consignment, stop, from: previousEta });
      }
      if (episode !== null) await tx.emit({ type: 'stop.runningLate', consignment, stop, episode });
      return stop;
    });
  }

  /**
   * Records an arrival and/or departure detected from the driver's positions (GEOFENCE), in one
   * transaction with what it triggers (the stop's tasks, webhooks, open pages). A time not yet
   * known is set; a detected time already recorded only moves earlier (positions recorded
   * before it arrived late); a MANUAL time is never touched. A departure before the arrival is
   * ignored. Returns whether anything changed.
   */
  async recordDetectedVisit(scope: TenantScope, stopId: string, visit: { arrival: Date | null; departure: Date | null }): Promise<boolean> {
    return this.uow.run(scope, async (tx) => {
      const stop = await this.lockOwn(tx.em, scope, stopId);
      if (!stop) return false;
      let arrived = false;
      let departed = false;
      let moved = false;
      const { arrival, departure } = visit;
      if (arrival) {
        if (stop.actualArrival === null) {
          stop.actualArrival = arrival;
          stop.arrivalSource = StopTimeSource.GEOFENCE;
          arrived = true;
        } else if (stop.arrivalSource === StopTimeSource.GEOFENCE && arrival < stop.actualArrival) {
          stop.actualArrival = arrival;
          moved = true;
        }
      }
      if (departure && stop.actualArrival && departure >= stop.actualArrival) {
        if (stop.actualDeparture === null) {
          stop.actualDeparture = departure;
          stop.departureSource = StopTimeSource.GEOFENCE;
          departed = true;
        } else if (stop.departureSource === StopTimeSource.GEOFENCE && departure < stop.actualDeparture) {
          stop.actualDeparture = departure;
          moved = true;
        }
      }
      if (!arrived && !departed && !moved) return false;
      await tx.em.getRepository(Stop).save(stop);
      const consignment = await this.consignments.current(tx.em, stop.consignmentId);
      await tx.emit({ type: 'stop.changed', consignment, stop, arrived, departed });
      return true;
    });
  }

  /**
   * The stops whose visit the driver's positions may still tell: stops of the driver's
   * consignments on their way (TO_PLAN, PLANNED, IN_TRANSIT), not yet departed, or departed by
   * detection after `since` (a late position may move that time earlier), with their geofence.
   */
  async geofenceStopsOfDriver(driverId: string, since: Date): Promise<GeofenceStop[]> {
    const rows: Array<{
      stop_id: string;
      tenant_id: string;
      latitude: number;
      longitude: number;
      radius_m: number | null;
      actual_arrival: Date | null;
      arrival_source: StopTimeSource | null;
    }> = await this.ds.query(
      `SELECT s.id AS stop_id, c.tenant_id, s.latitude, s.longitude, s.geofence_radius_m AS radius_m, s.actual_arrival, s.arrival_source
         FROM consignments c
         JOIN stops s ON s.consignment_id = c.id
        WHERE c.driver_id = $1 AND c.status = ANY($2::text[]) AND c.deleted_at IS NULL
          AND (s.actual_departure IS NULL OR (s.departure_source = $3 AND s.actual_departure > $4))
        ORDER BY c.id, s.sequence`,
      [driverId, ACTIVE_STATUSES, StopTimeSource.GEOFENCE, since],
    );
    if (!rows.length) return [];
    // A driver is one tenant's: its geofence settings hold for every row.
    const tenant = await this.tenants.byId(rows[0].tenant_id);
    if (!tenant) return [];
    return rows.map((r) => ({
      stopId: r.stop_id,
      tenantId: r.tenant_id,
      latitude: r.latitude,
      longitude: r.longitude,
      radiusM: r.radius_m ?? tenant.geofenceRadiusM,
      dwellMs: tenant.geofenceDwellSeconds * 1000,
      exitMs: tenant.geofenceExitSeconds * 1000,
      actualArrival: r.actual_arrival,
      arrivalSource: r.arrival_source,
    }));
  }

  /**
   * A new ETA for a stop, from the live-ETA estimate, with its expected window; a no-op for a
   * stop already reached.
   */
  async setEstimatedArrival(scope: TenantScope, stopId: string, eta: Date, window: { earliest: Date; latest: Date } | null = null): Promise<void> {
    await this.uow.run(scope, async (tx) => {
      // The sub-select reads the row as it was before this statement: the ETA it replaces.
      const result = await tx.em.query(
        `UPDATE stops s SET estimated_arrival = $3, eta_earliest = $4, eta_latest = $5 FROM consignments c
          WHERE s.id = $1 AND c.id = s.consignment_id AND c.tenant_id = $2 AND c.deleted_at IS NULL AND s.actual_arrival IS NULL
          RETURNING s.consignment_id, (SELECT x.estimated_arrival FROM stops x WHERE x.id = s.id) AS previous`,
        [stopId, scope.tenantId, eta, window?.earliest ?? null, window?.latest ?? null],
      );
      const updated = (result[0] as Array<{ consignment_id: string; previous: Date | null }>) ?? [];
      if (!updated.length) return;
      const consignment = await this.consignments.current(tx.em, updated[0].consignment_id);
      const stop = await tx.em.getRepository(Stop).findOneByOrFail({ id: stopId });
      const wasLate = stop.lateByMinutes;
      const episode = await this.updateLateness(tx.em, scope.tenantId, stop);
      if (stop.lateByMinutes !== wasLate) {
        await tx.em.query('UPDATE stops SET late_by_minutes = $2, late_episodes = $3 WHERE id = $1', [stopId, stop.lateByMinutes, stop.lateEpisodes]);
      }
      await tx.emit({ type: 'consignment.changed', consignment });
      await tx.emit({ type: 'stop.etaChanged', consignment, stop, from: updated[0].previous });
      if (episode !== null) await tx.emit({ type: 'stop.runningLate', consignment, stop, episode });
    });
  }

  /** The first stop not yet reached of each of the driver's consignments in transit. */
  async nextStopsOfDriver(driverId: string): Promise<NextStop[]> {
    const rows: Array<{
      consignment_id: string;
      tenant_id: string;
      stop_id: string;
      latitude: number;
      longitude: number;
      estimated_arrival: Date | null;
      eta_earliest: Date | null;
      eta_latest: Date | null;
    }> =
      await this.ds.query(
        `SELECT c.id AS consignment_id, c.tenant_id, s.id AS stop_id, s.latitude, s.longitude, s.estimated_arrival, s.eta_earliest, s.eta_latest
           FROM consignments c
           CROSS JOIN LATERAL (SELECT * FROM stops x WHERE x.consignment_id = c.id AND x.actual_arrival IS NULL
                                ORDER BY x.sequence LIMIT 1) s
          WHERE c.driver_id = $1 AND c.status = $2 AND c.deleted_at IS NULL`,
        [driverId, ConsignmentStatus.IN_TRANSIT],
      );
    return rows.map((r) => ({
      consignmentId: r.consignment_id,
      tenantId: r.tenant_id,
      stopId: r.stop_id,
      latitude: r.latitude,
      longitude: r.longitude,
      estimatedArrival: r.estimated_arrival,
      etaEarliest: r.eta_earliest,
      etaLatest: r.eta_latest,
    }));
  }

  /** The consignment each of `stopIds` belongs to, inside the caller's transaction. */
  async consignmentOfStops(em: EntityManager, stopIds: readonly string[]): Promise<Map<string, string>> {
    if (!stopIds.length) return new Map();
    const rows: Array<{ id: string; consignment_id: string }> = await em.query('SELECT id, consignment_id FROM stops WHERE id = ANY($1::uuid[])', [
      [...stopIds],
    ]);
    return new Map(rows.map((r) => [r.id, r.consignment_id]));
  }

  /** Stops of consignments in route order; inside a transaction when `em` is given. */
  async of(consignmentIds: readonly string[], em: EntityManager = this.ds.manager): Promise<Stop[]> {
    // Plain rows (db/raw-rows.ts): the list's loader reads every listed consignment's stops.
    const text = `SELECT ${selectColumns(this.ds, Stop, 's')} FROM stops s WHERE s.consignment_id = ANY($1::uuid[]) ORDER BY s.sequence`;
    const values = [[...consignmentIds]];
    const rows = em !== this.ds.manager ? await em.query(text, values) : await queryPrepared<object>(this.ds, { name: preparedName(text), text }, values);
    return asInstances(Stop, rows);
  }
}
