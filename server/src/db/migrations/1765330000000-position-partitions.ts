import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * driver_positions partitioned by week of `recorded_at` (Monday 00:00 UTC on), sized for billions
 * of rows (weeks, not days: docs/operations.md has the figures):
 *
 * - One key, (driver_id, recorded_at, client_key), is both the dedupe key (a partitioned
 *   table's unique key must hold the partition key; a replay carries the same client id and
 *   recorded time) and the index every reader uses (a driver's track by time, its latest
 *   position by a backward scan). `client_key` is a 64-bit hash of the client id, computed by
 *   PostgreSQL (a generated column, so every writer gets it), 8 bytes in the key instead of the
 *   text. Two different client ids of one driver at the same microsecond with the same hash
 *   (about 1 in 2^64) would keep only the first: a fix at the very same instant. The bigint id
 *   and the second index are gone.
 * - No foreign key to tenants: a tenant's drivers cascade to their positions through the key
 *   (the tenant key would have been checked on every insert and, on a tenant's deletion,
 *   scanned every partition without an index).
 * - Columns ordered widest alignment first, so no padding between them.
 * - A DEFAULT partition takes what no week partition covers, so an insert never fails;
 *   `driver_positions_ensure_partition(day)` makes the partition of the day's week (moving what
 *   the default holds of that week into it first) and is a no-op when it exists. The retention job calls it
 *   ahead of time (modules/drivers/position-retention.service.ts).
 * - Tenants get `position_retention_days` (null: the installation's POSITION_RETENTION_DAYS).
 *
 * Existing rows are copied into partitions of their weeks; works on an empty database too.
 */
export class PositionPartitions1765330000000 implements MigrationInterface {
  name = 'PositionPartitions1765330000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tenants ADD COLUMN position_retention_days integer CHECK (position_retention_days BETWEEN 1 AND 730);

      ALTER TABLE driver_positions RENAME TO driver_positions_unpartitioned;

      CREATE TABLE driver_positions (
        recorded_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        client_key bigint GENERATED ALWAYS AS (hashtextextended(client_id, 0)) STORED,
        latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        tenant_id uuid NOT NULL,
        driver_id uuid NOT NULL REFERENCES drivers(id) ON DELETE CASCADE,
        heading real,
        speed_kmh real,
        accuracy_m real,
        client_id text NOT NULL,
        CONSTRAINT driver_positions_key PRIMARY KEY (driver_id, recorded_at, client_key)
      ) PARTITION BY RANGE (recorded_at);

      CREATE TABLE driver_positions_default PARTITION OF driver_positions DEFAULT;

      CREATE FUNCTION driver_positions_ensure_partition(day date) RETURNS boolean LANGUAGE plpgsql AS $fn$
      DECLARE
        monday date := date_trunc('week', day)::date;
        part text := 'driver_positions_w' || to_char(monday, 'YYYYMMDD');
        lo timestamptz := monday::timestamp AT TIME ZONE 'UTC';
        hi timestamptz := (monday + 7)::timestamp AT TIME ZONE 'UTC';
        cols text := 'recorded_at, received_at, latitude, longitude, tenant_id, driver_id, heading, speed_kmh, accuracy_m, client_id';
      BEGIN
        IF to_regclass(part) IS NOT NULL THEN RETURN false; END IF;
        EXECUTE format('CREATE TABLE %I (LIKE driver_positions INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED)', part);
        EXECUTE format('ALTER TABLE %I ADD CHECK (recorded_at >= %L AND recorded_at < %L)', part, lo, hi);
        EXECUTE format('WITH moved AS (DELETE FROM driver_positions_default WHERE recorded_at >= $1 AND recorded_at < $2 RETURNING *)
                        INSERT INTO %I (%s) SELECT %s FROM moved', part, cols, cols) USING lo, hi;
        EXECUTE format('ALTER TABLE driver_positions ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', part, lo, hi);
        RETURN true;
      END
      $fn$;

      SELECT driver_positions_ensure_partition(d::date)
        FROM (SELECT DISTINCT date_trunc('week', recorded_at AT TIME ZONE 'UTC')::date AS d FROM driver_positions_unpartitioned
              UNION SELECT (now() AT TIME ZONE 'UTC')::date + n FROM generate_series(-1, 7) n) days
       ORDER BY d;

      INSERT INTO driver_positions (recorded_at, received_at, latitude, longitude, tenant_id, driver_id, heading, speed_kmh, accuracy_m, client_id)
      SELECT recorded_at, received_at, latitude, longitude, tenant_id, driver_id, heading, speed_kmh, accuracy_m, client_id
        FROM driver_positions_unpartitioned
      ON CONFLICT DO NOTHING;

      DROP TABLE driver_positions_unpartitioned;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE driver_positions RENAME TO driver_positions_partitioned;
      CREATE TABLE driver_positions (
        id bigserial PRIMARY KEY,
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        driver_id uuid NOT NULL REFERENCES drivers(id) ON DELETE CASCADE,
        client_id text NOT NULL,
        latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        heading real,
        speed_kmh real,
        accuracy_m real,
        recorded_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (driver_id, client_id)
      );
      INSERT INTO driver_positions (tenant_id, driver_id, client_id, latitude, longitude, heading, speed_kmh, accuracy_m, recorded_at, received_at)
      SELECT tenant_id, driver_id, client_id, latitude, longitude, heading, speed_kmh, accuracy_m, recorded_at, received_at
        FROM driver_positions_partitioned ORDER BY recorded_at
      ON CONFLICT DO NOTHING;
      CREATE INDEX driver_positions_latest_idx ON driver_positions (driver_id, recorded_at DESC);
      DROP TABLE driver_positions_partitioned;
      DROP FUNCTION driver_positions_ensure_partition(date);
      ALTER TABLE tenants DROP COLUMN position_retention_days;
    `);
  }
}
