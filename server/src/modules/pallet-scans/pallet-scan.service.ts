import { In, type DataSource } from 'typeorm';
import { isUuid, isValidLatitude, isValidLongitude, LIMITS } from '@tracklink/shared';
import type { Clock } from '../../core/clock';
import type { AppUnitOfWork } from '../../events/domain-events';
import type { ConsignmentService } from '../consignments/consignment.service';
import type { StopService } from '../consignments/stop.service';
import { PalletScan } from './pallet-scan.entity';
import type { PalletScanInput } from './pallet-scan.inputs';
import type { TenantScope } from '../../core/scope';
import { DomainError, invalid } from '../../core/errors';
import { requiredText } from '../../core/validation';

export class PalletScanService {
  constructor(
    private readonly ds: DataSource,
    private readonly uow: AppUnitOfWork,
    private readonly consignments: ConsignmentService,
    private readonly stops: StopService,
    private readonly clock: Clock,
  ) {}

  /**
   * Stores a batch of scans in one transaction. Idempotent by clientId within the tenant; a
   * driver may scan only consignments assigned to them.
   */
  async record(scope: TenantScope, scans: PalletScanInput[]): Promise<{ accepted: number; duplicates: number }> {
    if (scans.length === 0) return { accepted: 0, duplicates: 0 };
    if (scans.length > LIMITS.batchSize) throw invalid('scans', `at most ${LIMITS.batchSize} scans per batch`);
    const now = this.clock.now().getTime();
    scans.forEach((s, i) => {
      const at = `scans[${i}]`;
      if (!isUuid(s.consignmentId)) throw invalid(`${at}.consignmentId`, 'is not a consignment of this tenant');
      if (s.stopId != null && !isUuid(s.stopId)) throw invalid(`${at}.stopId`, 'is not a stop of this consignment');
      if (s.latitude != null && !isValidLatitude(s.latitude)) throw invalid(`${at}.latitude`, 'must be between -90 and 90');
      if (s.longitude != null && !isValidLongitude(s.longitude)) throw invalid(`${at}.longitude`, 'must be between -180 and 180');
      if (s.scannedAt.getTime() > now + LIMITS.clockSkewMs) throw invalid(`${at}.scannedAt`, 'is in the future');
    });
    const rows = scans.map((s, i) => ({
      tenantId: scope.tenantId,
      consignmentId: s.consignmentId,
      stopId: s.stopId ?? null,
      driverId: scope.principal.kind === 'driver' ? scope.principal.driverId : null,
      clientId: requiredText(s.clientId, `scans[${i}].clientId`, 100),
      palletBarcode: requiredText(s.palletBarcode, `scans[${i}].palletBarcode`, 100),
      event: s.event,
      scannedAt: s.scannedAt,
      latitude: s.latitude ?? null,
      longitude: s.longitude ?? null,
    }));
    const ids = [...new Set(rows.map((r) => r.consignmentId))];
    return this.uow.run(scope, async (tx) => {
      const { em } = tx;
      const owned = await this.consignments.ownedForUpdate(em, scope, ids);
      const byId = new Map(owned.map((c) => [c.id, c]));
      const stopIds = rows.filter((r) => r.stopId).map((r) => r.stopId as string);
      const stopOwner = await this.stops.consignmentOfStops(em, stopIds);
      rows.forEach((r, i) => {
        const c = byId.get(r.consignmentId);
        if (!c) throw invalid(`scans[${i}].consignmentId`, 'is not a consignment of this tenant');
        if (scope.principal.kind === 'driver' && c.driverId !== scope.principal.driverId) {
          throw new DomainError('FORBIDDEN', `scans[${i}].consignmentId: this consignment is not assigned to you`, `scans[${i}].consignmentId`);
        }
        if (r.stopId && stopOwner.get(r.stopId) !== r.consignmentId) {
          throw invalid(`scans[${i}].stopId`, 'is not a stop of this consignment');
        }
      });
      const result = await em.createQueryBuilder().insert().into(PalletScan).values(rows).orIgnore().returning('consignment_id').execute();
      const inserted = result.raw as Array<{ consignment_id: string }>;
      for (const id of new Set(inserted.map((r) => r.consignment_id))) {
        await tx.emit({ type: 'consignment.changed', consignment: byId.get(id)! });
      }
      return { accepted: inserted.length, duplicates: rows.length - inserted.length };
    });
  }

  byConsignmentIds(ids: readonly string[]): Promise<PalletScan[]> {
    return this.ds.getRepository(PalletScan).find({ where: { consignmentId: In([...ids]) }, order: { scannedAt: 'ASC' } });
  }
}
