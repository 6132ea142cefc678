import type { DataSource } from 'typeorm';
import { isUuid, isValidLatitude, isValidLongitude, LIMITS } from '@tracklink/shared';
import type { TenantScope } from '../../graphql/auth';
import { optionalText } from '../consignments/consignment.validation';
import { AppError, invalid } from '../../graphql/errors';
import { hashToken, newToken, TOKEN_PREFIX } from '../users/tokens';
import { DriverPositionRecord } from './driver-position.entity';
import { Driver } from './driver.entity';
import type { CreateDriverInput, PositionInput } from './driver.inputs';


export class DriverService {
  private readonly positionListeners: Array<(latest: DriverPositionRecord) => void> = [];

  constructor(private readonly ds: DataSource) {}

  /** Called with each driver's newest position of a stored batch. */
  onPosition(listener: (latest: DriverPositionRecord) => void): void {
    this.positionListeners.push(listener);
  }

  async create(scope: TenantScope, input: CreateDriverInput): Promise<{ driver: Driver; token: string }> {
    const name = input.name.trim();
    if (!name || name.length > 200) throw invalid('input.name', 'must be 1 to 200 characters');
    const token = newToken(TOKEN_PREFIX.driver);
    const repo = this.ds.getRepository(Driver);
    const driver = await repo.save(
      repo.create({
        tenantId: scope.tenantId,
        name,
        phone: optionalText(input.phone, 'input.phone', 40),
        vehiclePlate: optionalText(input.vehiclePlate, 'input.vehiclePlate', 20),
        tokenHash: hashToken(token),
      }),
    );
    return { driver, token };
  }

  async list(scope: TenantScope): Promise<Driver[]> {
    return this.ds.getRepository(Driver).find({ where: { tenantId: scope.tenantId }, order: { name: 'ASC' } });
  }

  async byIds(ids: readonly string[]): Promise<Driver[]> {
    return this.ds.getRepository(Driver).createQueryBuilder('d').where('d.id IN (:...ids)', { ids }).getMany();
  }

  /** The driver in this tenant, or null. */
  async find(scope: TenantScope, id: string): Promise<Driver | null> {
    if (!isUuid(id)) return null;
    return this.ds.getRepository(Driver).findOneBy({ id, tenantId: scope.tenantId });
  }

  /** The latest position (greatest recordedAt) of each driver that has one. */
  async latestPositions(driverIds: readonly string[]): Promise<DriverPositionRecord[]> {
    return this.ds
      .getRepository(DriverPositionRecord)
      .createQueryBuilder('p')
      .distinctOn(['p.driverId'])
      .where('p.driverId IN (:...ids)', { ids: driverIds })
      .orderBy('p.driverId')
      .addOrderBy('p.recordedAt', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .getMany();
  }

  /**
   * Stores a batch of positions in one statement. A client id already known for the driver
   * (a replayed batch, a retry) is counted as a duplicate and not stored again.
   */
  async reportPositions(scope: TenantScope, positions: PositionInput[]): Promise<{ accepted: number; duplicates: number; inserted: DriverPositionRecord[] }> {
    if (positions.length === 0) return { accepted: 0, duplicates: 0, inserted: [] };
    if (positions.length > LIMITS.batchSize) throw invalid('positions', `at most ${LIMITS.batchSize} positions per batch`);
    const { principal } = scope;
    const now = Date.now();
    const rows = positions.map((p, i) => {
      const at = `positions[${i}]`;
      let driverId: string;
      if (principal.kind === 'driver') {
        if (p.driverId && p.driverId !== principal.driverId) {
          throw new AppError('FORBIDDEN', `${at}.driverId: a driver reports only their own positions`, `${at}.driverId`);
        }
        driverId = principal.driverId;
      } else {
        if (!p.driverId) throw invalid(`${at}.driverId`, 'is required when not sent with a driver token');
        if (!isUuid(p.driverId)) throw invalid(`${at}.driverId`, 'is not a driver of this tenant');
        driverId = p.driverId;
      }
      const clientId = p.clientId.trim();
      if (!clientId || clientId.length > 100) throw invalid(`${at}.clientId`, 'must be 1 to 100 characters');
      if (!isValidLatitude(p.latitude)) throw invalid(`${at}.latitude`, 'must be between -90 and 90');
      if (!isValidLongitude(p.longitude)) throw invalid(`${at}.longitude`, 'must be between -180 and 180');
      if (p.heading != null && !(p.heading >= 0 && p.heading <= 360)) throw invalid(`${at}.heading`, 'must be between 0 and 360');
      if (p.speedKmh != null && !(p.speedKmh >= 0 && p.speedKmh <= 400)) throw invalid(`${at}.speedKmh`, 'must be between 0 and 400');
      if (p.accuracyM != null && !(p.accuracyM >= 0)) throw invalid(`${at}.accuracyM`, 'must be zero or more');
      if (p.recordedAt.getTime() > now + LIMITS.clockSkewMs) throw invalid(`${at}.recordedAt`, 'is in the future');
      return {
        tenantId: scope.tenantId,
        driverId,
        clientId,
        latitude: p.latitude,
        longitude: p.longitude,
        heading: p.heading ?? null,
        speedKmh: p.speedKmh ?? null,
        accuracyM: p.accuracyM ?? null,
        recordedAt: p.recordedAt,
      };
    });
    if (principal.kind !== 'driver') {
      const ids = [...new Set(rows.map((r) => r.driverId))];
      const known: Array<{ id: string }> = await this.ds.query(
        'SELECT id FROM drivers WHERE tenant_id = $1 AND id = ANY($2::uuid[])',
        [scope.tenantId, ids],
      );
      const knownIds = new Set(known.map((k) => k.id));
      const unknown = rows.findIndex((r) => !knownIds.has(r.driverId));
      if (unknown >= 0) throw invalid(`positions[${unknown}].driverId`, 'is not a driver of this tenant');
    }
    const result = await this.ds
      .createQueryBuilder()
      .insert()
      .into(DriverPositionRecord)
      .values(rows)
      .orIgnore()
      .returning('*')
      .execute();
    const inserted = (result.raw as Array<Record<string, unknown>>).map((raw) =>
      this.ds.getRepository(DriverPositionRecord).create({
        id: String(raw.id),
        tenantId: scope.tenantId,
        driverId: raw.driver_id as string,
        clientId: raw.client_id as string,
        latitude: raw.latitude as number,
        longitude: raw.longitude as number,
        heading: raw.heading as number | null,
        speedKmh: raw.speed_kmh as number | null,
        accuracyM: raw.accuracy_m as number | null,
        recordedAt: raw.recorded_at as Date,
      }),
    );
    const newest = new Map<string, DriverPositionRecord>();
    for (const p of inserted) {
      const seen = newest.get(p.driverId);
      if (!seen || p.recordedAt > seen.recordedAt) newest.set(p.driverId, p);
    }
    for (const p of newest.values()) for (const listener of this.positionListeners) listener(p);
    return { accepted: inserted.length, duplicates: rows.length - inserted.length, inserted };
  }
}
