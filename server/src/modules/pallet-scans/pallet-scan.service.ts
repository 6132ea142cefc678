import { keysetPage } from '../../db/keyset-page';
import type { Connection } from '../../core/pagination';
import { In, type DataSource } from 'typeorm';
import { isUuid, isValidLatitude, isValidLongitude, LIMITS } from '@tracklink/shared';
import { checkEach, refusalOf, type IngestReport } from '../../core/batch';
import type { Clock } from '../../core/clock';
import type { AppUnitOfWork } from '../../events/domain-events';
import type { ConsignmentService } from '../consignments/consignment.service';
import type { StopService } from '../consignments/stop.service';
import { PalletScan } from './pallet-scan.entity';
import type { PalletScanInput } from './pallet-scan.inputs';
import type { TenantScope } from '../../core/scope';
import { DomainError, invalid } from '../../core/errors';
import { checkTime, requiredText } from '../../core/validation';

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
   * driver may scan only consignments assigned to them. A bad scan (a value out of range, a
   * time before 2000 or in the future, a consignment or stop not the caller's) is refused by
   * its index and the rest of the batch is stored.
   */
  async record(scope: TenantScope, scans: PalletScanInput[]): Promise<IngestReport> {
    if (scans.length > LIMITS.batchSize) throw invalid('scans', `at most ${LIMITS.batchSize} scans per batch`);
    const latest = new Date(this.clock.now().getTime() + LIMITS.clockSkewMs);
    const checked = checkEach(scans, (s, i) => {
      const at = `scans[${i}]`;
      if (!isUuid(s.consignmentId)) throw invalid(`${at}.consignmentId`, 'is not a consignment of this tenant');
      if (s.stopId != null && !isUuid(s.stopId)) throw invalid(`${at}.stopId`, 'is not a stop of this consignment');
      if (s.latitude != null && !isValidLatitude(s.latitude)) throw invalid(`${at}.latitude`, 'must be between -90 and 90');
      if (s.longitude != null && !isValidLongitude(s.longitude)) throw invalid(`${at}.longitude`, 'must be between -180 and 180');
      checkTime(s.scannedAt, `${at}.scannedAt`, { notAfter: latest });
      return {
        tenantId: scope.tenantId,
        consignmentId: s.consignmentId,
        stopId: s.stopId ?? null,
        driverId: scope.principal.kind === 'driver' ? scope.principal.driverId : null,
        clientId: requiredText(s.clientId, `${at}.clientId`, 100),
        palletBarcode: requiredText(s.palletBarcode, `${at}.palletBarcode`, 100),
        event: s.event,
        scannedAt: s.scannedAt,
        latitude: s.latitude ?? null,
        longitude: s.longitude ?? null,
      };
    });
    if (!checked.good.length) return { accepted: 0, duplicates: 0, refused: checked.refused };
    const ids = [...new Set(checked.good.map((g) => g.value.consignmentId))];
    return this.uow.run(scope, async (tx) => {
      const { em } = tx;
      const owned = await this.consignments.ownedForUpdate(em, scope, ids);
      const byId = new Map(owned.map((c) => [c.id, c]));
      const stopOwner = await this.stops.consignmentOfStops(em, checked.good.flatMap((g) => (g.value.stopId ? [g.value.stopId] : [])));
      const refused = [...checked.refused];
      const rows = checked.good.flatMap(({ index: i, value: r }) => {
        try {
          const c = byId.get(r.consignmentId);
          if (!c) throw invalid(`scans[${i}].consignmentId`, 'is not a consignment of this tenant');
          if (scope.principal.kind === 'driver' && c.driverId !== scope.principal.driverId) {
            throw new DomainError('FORBIDDEN', `scans[${i}].consignmentId: this consignment is not assigned to you`, `scans[${i}].consignmentId`);
          }
          if (r.stopId && stopOwner.get(r.stopId) !== r.consignmentId) throw invalid(`scans[${i}].stopId`, 'is not a stop of this consignment');
          return [r];
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          refused.push(refusalOf(i, error));
          return [];
        }
      });
      refused.sort((x, y) => x.index - y.index);
      if (!rows.length) return { accepted: 0, duplicates: 0, refused };
      const result = await em.createQueryBuilder().insert().into(PalletScan).values(rows).orIgnore().returning('consignment_id').execute();
      const inserted = result.raw as Array<{ consignment_id: string }>;
      for (const id of new Set(inserted.map((r) => r.consignment_id))) {
        await tx.emit({ type: 'consignment.changed', consignment: byId.get(id)! });
      }
      return { accepted: inserted.length, duplicates: rows.length - inserted.length, refused };
    });
  }

  /** A page of a consignment's scans, by scannedAt, oldest first. */
  page(consignmentId: string, args: { first?: number | null; after?: string | null }): Promise<Connection<PalletScan>> {
    const qb = this.ds.getRepository(PalletScan).createQueryBuilder('s').where('s.consignmentId = :consignmentId', { consignmentId });
    return keysetPage(qb, { alias: 's', table: 'pallet_scans', property: 'scannedAt', column: 'scanned_at', direction: 'ASC' }, args);
  }

  byConsignmentIds(ids: readonly string[]): Promise<PalletScan[]> {
    return this.ds.getRepository(PalletScan).find({ where: { consignmentId: In([...ids]) }, order: { scannedAt: 'ASC' } });
  }
}
