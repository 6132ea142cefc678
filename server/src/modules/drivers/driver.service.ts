import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { keysetPage } from '../../db/keyset-page';
import type { Connection } from '../../core/pagination';
import { ConsignmentStatus, isUuid, isValidLatitude, isValidLongitude, LIMITS } from '@tracklink/shared';
import { hashToken, newToken, TOKEN_PREFIX } from '../users/tokens';
import type { Clock } from '../../core/clock';
import type { AppEvents, DomainEvent, NewestPosition } from '../../events/domain-events';
import { ACTIVE_STATUSES, driverHasConsignmentIn, driverHasConsignmentInAny } from '../consignments/consignment.sql';
import { DriverPositionRecord } from './driver-position.entity';
import { newestPosition, positionCutoff } from '../tenants/tenant.sql';
import { Driver } from './driver.entity';
import type { CreateDriverInput, PositionInput } from './driver.inputs';
import type { TenantScope } from '../../core/scope';
import { checkEach, type IngestReport } from '../../core/batch';
import { DomainError, invalid, notFound } from '../../core/errors';
import { queryPrepared, type PreparedStatement } from '../../adapters/typeorm/prepared';
import { numberArray, textArray } from '../../db/array-literals';
import { checkRange, checkTime, optionalText, plainText, requiredText } from '../../core/validation';

/**
 * A batch of positions in one statement and one durable commit (autocommit), whatever its
 * size. The batch travels as one array per column ($2…$9, element i of each is position i),
 * so the statement text is the same for every batch and each connection plans it once.
 *
 *   $1 tenant, $2 driver ids, $3 client ids, $4 latitudes, $5 longitudes, $6 headings,
 *   $7 speeds, $8 accuracies, $9 recorded-at times (milliseconds since the Unix epoch, made
 *   timestamptz here: to_timestamp of a float8 is exact to the microsecond over these years,
 *   so to the millisecond sent), $10 the in-transit consignment status, $11 the statuses of
 *   consignments whose stops are still ahead (geofence detection).
 *
 * - Tenant scoping: a position whose driver is not a driver of the tenant is not stored;
 *   `unknown_drivers` lists those drivers (the caller refuses their positions by index).
 * - Idempotent: a (driver, recorded time, client id) already stored, or earlier in the batch,
 *   is skipped (the table's key, the client id as its 64-bit hash `client_key`; a replay
 *   carries the same client id and recorded time). Rows
 *   go in in batch order, so of two equal keys the first is the one kept.
 * - Retention: a position recorded before the tenant's retention (tenants/tenant.sql.ts) is
 *   acknowledged and not stored: counted with the duplicates, there is nothing to retry.
 * - The answer: one row per driver whose latest position the batch moved, holding that
 *   driver's newest stored position of the batch (greatest recorded_at, then client_key:
 *   as `latestPositions` orders) and whether a consignment assigned to the driver is in
 *   transit, which is all the live listeners need; `accepted` (positions stored) is on every
 *   row. A late batch, older than what was stored before, is stored and tells no one. When no
 *   driver's latest moved, one row with `accepted` and nulls.
 * - The position version of each driver whose latest position the batch moved goes up (the
 *   public page's cache key, public-tracking.sql.ts), in the same statement.
 * - For geofence detection, every row also lists the drivers who had positions stored and a
 *   consignment whose stops are still ahead, with the first and last recorded time stored for
 *   each (`span_*`, element i of each is driver i): late positions count there too.
 */
const INSERT_POSITIONS: PreparedStatement = {
  name: 'drivers.insert-positions',
  text: `
    WITH batch AS (
      SELECT b.*, to_timestamp(b.recorded_ms::float8 / 1000) AS recorded_at
        FROM unnest($2::uuid[], $3::text[], $4::float8[], $5::float8[], $6::real[], $7::real[], $8::real[], $9::int8[])
             WITH ORDINALITY AS b(driver_id, client_id, latitude, longitude, heading, speed_kmh, accuracy_m, recorded_ms, n)
    ),
    known AS (
      -- By the batch's distinct drivers (an array of unknown length to the planner: probes of
      -- the primary key; the batch's hundred copies of one id made it scan every driver).
      SELECT id FROM drivers WHERE id = ANY(ARRAY(SELECT DISTINCT unnest($2::uuid[]))) AND tenant_id = $1::uuid
    ),
    stored AS (
      INSERT INTO driver_positions (tenant_id, driver_id, client_id, latitude, longitude, heading, speed_kmh, accuracy_m, recorded_at)
      SELECT $1::uuid, driver_id, client_id, latitude, longitude, heading, speed_kmh, accuracy_m, recorded_at
        FROM batch
       WHERE driver_id IN (SELECT id FROM known) AND recorded_at >= ${positionCutoff('$1::uuid')}
       ORDER BY n
      ON CONFLICT (driver_id, recorded_at, client_key) DO NOTHING
      RETURNING driver_id, client_key, latitude, longitude, heading, speed_kmh, recorded_at
    ),
    newest AS (
      SELECT DISTINCT ON (driver_id) * FROM stored ORDER BY driver_id, recorded_at DESC, client_key DESC
    ),
    latest AS (
      -- Only a new latest position is news: none stored before is later, which the driver's row
      -- tells (latest_recorded_at, moved below), not a probe of every week partition.
      SELECT n.* FROM newest n JOIN drivers d ON d.id = n.driver_id
       WHERE d.latest_recorded_at IS NULL OR d.latest_recorded_at <= n.recorded_at
    ),
    moved AS (
      -- The position version of every driver whose newest position the batch moved (part of
      -- the version of the public pages that show it, public-tracking.sql.ts), and its latest
      -- recorded time (the greater, should a batch stored meanwhile have moved it further).
      UPDATE drivers d SET position_version = nextval('page_version_seq'), latest_recorded_at = greatest(d.latest_recorded_at, l.recorded_at)
        FROM latest l
       WHERE d.id = l.driver_id
    ),
    spans AS (
      SELECT driver_id, min(recorded_at) AS first_at, max(recorded_at) AS last_at
        FROM stored GROUP BY driver_id
      HAVING ${driverHasConsignmentInAny('stored.driver_id', '$11::text[]')}
    ),
    summary AS (
      SELECT (SELECT array_agg(DISTINCT driver_id) FROM batch WHERE driver_id NOT IN (SELECT id FROM known)) AS unknown_drivers,
             (SELECT count(*) FROM stored)::int AS accepted,
             (SELECT array_agg(driver_id ORDER BY driver_id) FROM spans) AS span_drivers,
             (SELECT array_agg(first_at ORDER BY driver_id) FROM spans) AS span_firsts,
             (SELECT array_agg(last_at ORDER BY driver_id) FROM spans) AS span_lasts
    )
    SELECT summary.*, latest.driver_id, latest.latitude, latest.longitude, latest.heading, latest.speed_kmh, latest.recorded_at,
           ${driverHasConsignmentIn('latest.driver_id', '$10::text')} AS in_transit
      FROM summary LEFT JOIN latest ON true`,
};

type InsertPositionsRow = {
  unknown_drivers: string[] | null;
  accepted: number;
  in_transit: boolean;
  span_drivers: string[] | null;
  span_firsts: Date[] | null;
  span_lasts: Date[] | null;
} & (
  | { driver_id: string; latitude: number; longitude: number; heading: number | null; speed_kmh: number | null; recorded_at: Date }
  | { driver_id: null; latitude: null; longitude: null; heading: null; speed_kmh: null; recorded_at: null }
);

type PositionRow = {
  tenant_id: string;
  driver_id: string;
  client_id: string;
  latitude: number;
  longitude: number;
  heading: number | null;
  speed_kmh: number | null;
  accuracy_m: number | null;
  recorded_at: Date;
  received_at: Date;
};

const LATEST_POSITIONS: PreparedStatement = {
  name: 'drivers.latest-positions',
  text: `
    SELECT p.* FROM drivers d
     CROSS JOIN LATERAL ${newestPosition('d.id', 'd.tenant_id')} p
     WHERE d.id = ANY($1::uuid[])`,
};

function toPositionRecord(r: PositionRow): DriverPositionRecord {
  return Object.assign(new DriverPositionRecord(), {
    tenantId: r.tenant_id,
    driverId: r.driver_id,
    clientId: r.client_id,
    latitude: r.latitude,
    longitude: r.longitude,
    heading: r.heading,
    speedKmh: r.speed_kmh,
    accuracyM: r.accuracy_m,
    recordedAt: r.recorded_at,
    receivedAt: r.received_at,
  });
}

/** How far off a reported accuracy may be, in metres (a cell-tower fix is a few kilometres). */
const MAX_ACCURACY_M = 100_000;

/** The driver of a driver app's token. Prepared: every batch of positions starts with it. */
const DRIVER_BY_TOKEN: PreparedStatement = {
  name: 'drivers.by-token',
  text: 'SELECT id, tenant_id, name FROM drivers WHERE token_hash = $1',
};

/** The driver of a device key (Traccar Client, OsmAnd). Prepared: every position starts with it. */
const DRIVER_BY_DEVICE_KEY: PreparedStatement = {
  name: 'drivers.by-device-key',
  text: 'SELECT id, tenant_id, name FROM drivers WHERE device_key_hash = $1',
};

/** Letters and digits that cannot be mistaken for each other when typed into a phone. */
const KEY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
/** 20 characters of 31: 99 bits. */
const KEY_LENGTH = 20;

export function newDeviceKey(): string {
  const bytes = randomBytes(KEY_LENGTH * 2);
  let key = '';
  // Rejection sampling keeps every character equally likely.
  for (let i = 0; i < bytes.length && key.length < KEY_LENGTH; i++) {
    if (bytes[i] < 248) key += KEY_ALPHABET[bytes[i] % KEY_ALPHABET.length];
  }
  return key.length === KEY_LENGTH ? key : newDeviceKey();
}

export class DriverService {
  constructor(
    private readonly ds: DataSource,
    private readonly events: AppEvents,
    private readonly clock: Clock,
    /** Where third-party driver apps send positions (PUBLIC_BASE_URL + the endpoint's path). */
    readonly deviceAppUrl: string = '',
  ) {}

  /** A new device key for the driver (replacing the previous one), shown once; stored as its hash. */
  async createDeviceKey(scope: TenantScope, driverId: string): Promise<{ driver: Driver; deviceKey: string; url: string }> {
    return this.ds.transaction(async (em) => {
      const driver = isUuid(driverId)
        ? await em.getRepository(Driver).findOne({ where: { id: driverId, tenantId: scope.tenantId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!driver) throw notFound('Driver');
      const deviceKey = newDeviceKey();
      driver.deviceKeyHash = hashToken(deviceKey);
      driver.deviceKeyCreatedAt = this.clock.now();
      return { driver: await em.getRepository(Driver).save(driver), deviceKey, url: this.deviceAppUrl };
    });
  }

  /** The driver's device key stops working at once. */
  async revokeDeviceKey(scope: TenantScope, driverId: string): Promise<Driver> {
    return this.ds.transaction(async (em) => {
      const driver = isUuid(driverId)
        ? await em.getRepository(Driver).findOne({ where: { id: driverId, tenantId: scope.tenantId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!driver) throw notFound('Driver');
      driver.deviceKeyHash = null;
      driver.deviceKeyCreatedAt = null;
      return em.getRepository(Driver).save(driver);
    });
  }

  /** The scope a device key reports in (as the driver), or null for an unknown or revoked key. */
  async scopeOfDeviceKey(deviceKey: string): Promise<TenantScope | null> {
    if (!deviceKey || deviceKey.length > 200) return null;
    const [row] = await queryPrepared<{ id: string; tenant_id: string; name: string }>(this.ds, DRIVER_BY_DEVICE_KEY, [hashToken(deviceKey)]);
    if (!row) return null;
    return { tenantId: row.tenant_id, principal: { kind: 'driver', driverId: row.id, tenantId: row.tenant_id, label: `driver ${row.name} (device app)` } };
  }

  async create(scope: TenantScope, input: CreateDriverInput): Promise<{ driver: Driver; token: string }> {
    const name = requiredText(input.name, 'input.name', 200);
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

  /** A page of the tenant's drivers, by name. */
  page(scope: TenantScope, args: { first?: number | null; after?: string | null }): Promise<Connection<Driver>> {
    const qb = this.ds.getRepository(Driver).createQueryBuilder('d').where('d.tenantId = :tenantId', { tenantId: scope.tenantId });
    return keysetPage(qb, { alias: 'd', table: 'drivers', property: 'name', column: 'name', direction: 'ASC' }, args);
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

  /**
   * The latest position (greatest recordedAt, then client_key) of each driver that has one
   * within its tenant's retention: one backward step of the key per driver.
   */
  async latestPositions(driverIds: readonly string[]): Promise<DriverPositionRecord[]> {
    const ids = driverIds.filter(isUuid);
    if (!ids.length) return [];
    const rows = await queryPrepared<PositionRow>(this.ds, LATEST_POSITIONS, [ids]);
    return rows.map(toPositionRecord);
  }

  /**
   * Stores a batch of positions in one statement. A client id already known for the driver
   * (a replayed batch, a retry), or sent twice in the batch, is counted as a duplicate and not
   * stored again. A bad position (a value out of range, a time before 2000 or in the future,
   * another tenant's driver) is refused by its index and the rest of the batch is stored, so a
   * driver app that retries is never stuck on one bad fix. Each driver's newest stored position
   * goes out as a `driver.positionMoved` event once stored.
   */
  async reportPositions(scope: TenantScope, positions: PositionInput[]): Promise<IngestReport> {
    if (positions.length > LIMITS.batchSize) throw invalid('positions', `at most ${LIMITS.batchSize} positions per batch`);
    const { principal } = scope;
    const latest = new Date(this.clock.now().getTime() + LIMITS.clockSkewMs);
    const { good, refused } = checkEach(positions, (p, i) => {
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
      const clientId = plainText(p.clientId, `${at}.clientId`).trim();
      if (!clientId || clientId.length > 100) throw invalid(`${at}.clientId`, 'must be 1 to 100 characters');
      if (!isValidLatitude(p.latitude)) throw invalid(`${at}.latitude`, 'must be between -90 and 90');
      if (!isValidLongitude(p.longitude)) throw invalid(`${at}.longitude`, 'must be between -180 and 180');
      if (p.heading != null) checkRange(p.heading, `${at}.heading`, 0, 360);
      if (p.speedKmh != null) checkRange(p.speedKmh, `${at}.speedKmh`, 0, 400);
      if (p.accuracyM != null) checkRange(p.accuracyM, `${at}.accuracyM`, 0, MAX_ACCURACY_M);
      const recordedMs = checkTime(p.recordedAt, `${at}.recordedAt`, { notAfter: latest }).getTime();
      return { driverId, clientId, recordedMs, p };
    });
    if (!good.length) return { accepted: 0, duplicates: 0, refused };
    // One array per column, filled in one pass over the batch, field by field.
    const n = good.length;
    const driverIds = new Array<string>(n);
    const clientIds = new Array<string>(n);
    const latitudes = new Array<number>(n);
    const longitudes = new Array<number>(n);
    const headings = new Array<number | null>(n);
    const speeds = new Array<number | null>(n);
    const accuracies = new Array<number | null>(n);
    const recordedMs = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const g = good[i].value;
      driverIds[i] = g.driverId;
      clientIds[i] = g.clientId;
      latitudes[i] = g.p.latitude;
      longitudes[i] = g.p.longitude;
      headings[i] = g.p.heading ?? null;
      speeds[i] = g.p.speedKmh ?? null;
      accuracies[i] = g.p.accuracyM ?? null;
      recordedMs[i] = g.recordedMs;
    }
    const rows = await queryPrepared<InsertPositionsRow>(this.ds, INSERT_POSITIONS, [
      scope.tenantId,
      textArray(driverIds),
      textArray(clientIds),
      numberArray(latitudes),
      numberArray(longitudes),
      numberArray(headings),
      numberArray(speeds),
      numberArray(accuracies),
      numberArray(recordedMs),
      ConsignmentStatus.IN_TRANSIT,
      ACTIVE_STATUSES,
    ]);
    const { unknown_drivers: unknown, accepted, span_drivers: spanDrivers, span_firsts: firsts, span_lasts: lasts } = rows[0];
    let sent = good.length;
    if (unknown) {
      const strangers = new Set(unknown);
      for (const g of good) {
        if (!strangers.has(g.value.driverId)) continue;
        sent--;
        refused.push({ index: g.index, code: 'INVALID_INPUT', field: `positions[${g.index}].driverId`, message: `positions[${g.index}].driverId: is not a driver of this tenant` });
      }
      refused.sort((x, y) => x.index - y.index);
    }
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
    for (const [i, driverId] of (spanDrivers ?? []).entries()) {
      moved.push({ type: 'driver.positionsStored', positions: { tenantId: scope.tenantId, driverId, from: firsts![i], to: lasts![i] } });
    }
    this.events.dispatchCommitted(moved);
    return { accepted, duplicates: sent - accepted, refused };
  }
}
