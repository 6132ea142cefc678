import type { DataSource, EntityManager } from 'typeorm';
import { ConsignmentStatus, isUuid, isValidLatitude, isValidLongitude, LIMITS } from '@tracklink/shared';
import { hashToken, newToken, TOKEN_PREFIX } from '../users/tokens';
import type { Clock } from '../../core/clock';
import type { AppEvents, DomainEvent, NewestPosition } from '../../events/domain-events';
import { driverHasConsignmentIn } from '../consignments/consignment.sql';
import { DriverPositionRecord } from './driver-position.entity';
import { Driver } from './driver.entity';
import type { CreateDriverInput, PositionInput } from './driver.inputs';
import type { TenantScope } from '../../core/scope';
import { DomainError, invalid } from '../../core/errors';
import { queryPrepared, type PreparedStatement } from '../../adapters/typeorm/prepared';
import { optionalText } from '../../core/validation';

/**
 * A batch of positions in one statement and one durable commit (autocommit), whatever its
 * size. The batch travels as one array per column ($2…$9, element i of each is position i),
 * so the statement text is the same for every batch and each connection plans it once.
 *
 *   $1 tenant, $2 driver ids, $3 client ids, $4 latitudes, $5 longitudes, $6 headings,
 *   $7 speeds, $8 accuracies, $9 recorded-at times, $10 the in-transit consignment status.
 *
 * - Tenant scoping: every position's driver must be a driver of the tenant. Otherwise
 *   `unknown_driver` is the first such position (counted from 1) and nothing is stored.
 * - Idempotent: a (driver, client id) already stored, or earlier in the batch, is skipped.
 *   Rows go in in batch order, so of two equal client ids the first is the one kept.
 * - The answer: one row per driver whose latest position the batch moved, holding that
 *   driver's newest stored position of the batch (greatest recorded_at, then the last stored:
 *   as `latestPositions` orders) and whether a consignment assigned to the driver is in
 *   transit, which is all the live listeners need; `accepted` (positions stored) is on every
 *   row. A late batch, older than what was stored before, is stored and tells no one. When no
 *   driver's latest moved, one row with `accepted` and nulls.
 */
const INSERT_POSITIONS: PreparedStatement = {
  name: 'drivers.insert-positions',
  text: `
    WITH batch AS (
      SELECT *
        FROM unnest($2::uuid[], $3::text[], $4::float8[], $5::float8[], $6::real[], $7::real[], $8::real[], $9::timestamptz[])
             WITH ORDINALITY AS b(driver_id, client_id, latitude, longitude, heading, speed_kmh, accuracy_m, recorded_at, n)
    ),
    known AS (
      SELECT id FROM drivers WHERE id = ANY($2::uuid[]) AND tenant_id = $1::uuid
    ),
    unknown AS (
      SELECT min(n)::int AS n FROM batch WHERE driver_id NOT IN (SELECT id FROM known)
    ),
    stored AS (
      INSERT INTO driver_positions (tenant_id, driver_id, client_id, latitude, longitude, heading, speed_kmh, accuracy_m, recorded_at)
      SELECT $1::uuid, driver_id, client_id, latitude, longitude, heading, speed_kmh, accuracy_m, recorded_at
        FROM batch
       WHERE (SELECT n FROM unknown) IS NULL
       ORDER BY n
      ON CONFLICT (driver_id, client_id) DO NOTHING
      RETURNING id, driver_id, latitude, longitude, heading, speed_kmh, recorded_at
    ),
    newest AS (
      SELECT DISTINCT ON (driver_id) * FROM stored ORDER BY driver_id, recorded_at DESC, id DESC
    ),
    latest AS (
      -- Only a new latest position is news; this statement does not see its own inserts here.
      SELECT * FROM newest n
       WHERE NOT EXISTS (SELECT 1 FROM driver_positions p WHERE p.driver_id = n.driver_id AND p.recorded_at > n.recorded_at)
    ),
    summary AS (
      SELECT (SELECT n FROM unknown) AS unknown_driver, (SELECT count(*) FROM stored)::int AS accepted
    )
    SELECT summary.*, latest.driver_id, latest.latitude, latest.longitude, latest.heading, latest.speed_kmh, latest.recorded_at,
           ${driverHasConsignmentIn('latest.driver_id', '$10::text')} AS in_transit
      FROM summary LEFT JOIN latest ON true`,
};

/** The driver of a driver app's token. Prepared: every batch of positions starts with it. */
const DRIVER_BY_TOKEN: PreparedStatement = {
  name: 'drivers.by-token',
  text: 'SELECT id, tenant_id, name FROM drivers WHERE token_hash = $1',
};

type InsertPositionsRow = { unknown_driver: number | null; accepted: number; in_transit: boolean } & (
  | { driver_id: string; latitude: number; longitude: number; heading: number | null; speed_kmh: number | null; recorded_at: Date }
  | { driver_id: null; latitude: null; longitude: null; heading: null; speed_kmh: null; recorded_at: null }
);

export class DriverService {
  constructor(
    private readonly ds: DataSource,
    private readonly events: AppEvents,
    private readonly clock: Clock,
  ) {}

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

  /** The driver whose app token hashes to `tokenHash`, or null. */
  async byTokenHash(tokenHash: string): Promise<{ id: string; tenantId: string; name: string } | null> {
    const [row] = await queryPrepared<{ id: string; tenant_id: string; name: string }>(this.ds, DRIVER_BY_TOKEN, [tokenHash]);
    return row ? { id: row.id, tenantId: row.tenant_id, name: row.name } : null;
  }

  /** Whether `id` is a driver of the tenant, inside the caller's transaction. */
  async exists(em: EntityManager, scope: TenantScope, id: string): Promise<boolean> {
    return isUuid(id) && (await em.getRepository(Driver).existsBy({ id, tenantId: scope.tenantId }));
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
   * (a replayed batch, a retry), or sent twice in the batch, is counted as a duplicate and not
   * stored again. A bad position is refused by its path and nothing of the batch is stored.
   * Each driver's newest stored position goes out as a `driver.positionMoved` event once stored.
   */
  async reportPositions(scope: TenantScope, positions: PositionInput[]): Promise<{ accepted: number; duplicates: number }> {
    if (positions.length === 0) return { accepted: 0, duplicates: 0 };
    if (positions.length > LIMITS.batchSize) throw invalid('positions', `at most ${LIMITS.batchSize} positions per batch`);
    const { principal } = scope;
    const now = this.clock.now().getTime();
    const n = positions.length;
    // One array per column, in batch order: the statement's parameters.
    const driverIds: string[] = new Array(n);
    const clientIds: string[] = new Array(n);
    const latitudes: number[] = new Array(n);
    const longitudes: number[] = new Array(n);
    const headings: Array<number | null> = new Array(n);
    const speeds: Array<number | null> = new Array(n);
    const accuracies: Array<number | null> = new Array(n);
    const recordedAts: Date[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const p = positions[i];
      const at = `positions[${i}]`;
      let driverId: string;
      if (principal.kind === 'driver') {
        if (p.driverId && p.driverId !== principal.driverId) {
          throw new DomainError('FORBIDDEN', `${at}.driverId: a driver reports only their own positions`, `${at}.driverId`);
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
      driverIds[i] = driverId;
      clientIds[i] = clientId;
      latitudes[i] = p.latitude;
      longitudes[i] = p.longitude;
      headings[i] = p.heading ?? null;
      speeds[i] = p.speedKmh ?? null;
      accuracies[i] = p.accuracyM ?? null;
      recordedAts[i] = p.recordedAt;
    }
    const rows = await queryPrepared<InsertPositionsRow>(this.ds, INSERT_POSITIONS, [
      scope.tenantId,
      driverIds,
      clientIds,
      latitudes,
      longitudes,
      headings,
      speeds,
      accuracies,
      recordedAts,
      ConsignmentStatus.IN_TRANSIT,
    ]);
    const { unknown_driver: unknown, accepted } = rows[0];
    if (unknown !== null) throw invalid(`positions[${unknown - 1}].driverId`, 'is not a driver of this tenant');
    const moved: DomainEvent[] = [];
    for (const row of rows) {
      if (row.driver_id === null) continue;
      const position: NewestPosition = {
        tenantId: scope.tenantId,
        driverId: row.driver_id,
        latitude: row.latitude,
        longitude: row.longitude,
        heading: row.heading,
        speedKmh: row.speed_kmh,
        recordedAt: row.recorded_at,
        inTransit: row.in_transit,
      };
      moved.push({ type: 'driver.positionMoved', position });
    }
    this.events.dispatchCommitted(moved);
    return { accepted, duplicates: n - accepted };
  }
}
