// Bytes per stored position, the layout before partitioning and after, on the same generated rows:
//   node bench/position-bytes.mjs [rows]      (default 1,000,000; BENCH_DATABASE_URL as bench/)
// Each layout gets the same rows (100 drivers, a fix every 10 s, client ids as Traccar Client's
// "device:<ISO time>" and as UUIDs), then VACUUM ANALYZE; the figure is pg_total_relation_size
// (table, indexes, TOAST) summed over the partitions, divided by the row count.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const rows = Number(process.argv[2] ?? 1_000_000);
const admin = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const name = `tracklink_bytes_${randomBytes(5).toString('hex')}`;

const BEFORE = `
  CREATE TABLE driver_positions (
    id bigserial PRIMARY KEY,
    tenant_id uuid NOT NULL,
    driver_id uuid NOT NULL,
    client_id text NOT NULL,
    latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    heading real, speed_kmh real, accuracy_m real,
    recorded_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (driver_id, client_id)
  );
  CREATE INDEX driver_positions_latest_idx ON driver_positions (driver_id, recorded_at DESC);`;

/** A partitioned table (day partitions over the filled span) keyed by `key`, with `extra` columns. */
const partitioned = (extra, key) => `
  CREATE TABLE driver_positions (
    recorded_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),${extra}
    latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    tenant_id uuid NOT NULL,
    driver_id uuid NOT NULL,
    heading real, speed_kmh real, accuracy_m real,
    client_id text NOT NULL,
    CONSTRAINT driver_positions_key PRIMARY KEY (driver_id, recorded_at, ${key})
  ) PARTITION BY RANGE (recorded_at);
  CREATE TABLE driver_positions_default PARTITION OF driver_positions DEFAULT;
  DO $$ BEGIN
    FOR d IN 0..40 LOOP
      EXECUTE format('CREATE TABLE driver_positions_p%s PARTITION OF driver_positions FOR VALUES FROM (%L) TO (%L)',
        to_char(date '2026-11-01' + d, 'YYYYMMDD'), (date '2026-11-01' + d)::timestamp AT TIME ZONE 'UTC',
        (date '2026-11-01' + d + 1)::timestamp AT TIME ZONE 'UTC');
    END LOOP;
  END $$;`;

/** Partitioned with the client id's text in the key (not taken: the hash is smaller). */
const TEXT_KEY = partitioned('', 'client_id');

/** What the migration makes: the client id in the key as its 64-bit hash. */
const AFTER = partitioned('\n    client_key bigint GENERATED ALWAYS AS (hashtextextended(client_id, 0)) STORED,', 'client_key');

/** $1: rows; $2: 'device' or 'uuid' client ids. 100 drivers, a fix each 10 s, 10 h a day. */
const FILL = `
  INSERT INTO driver_positions (tenant_id, driver_id, client_id, latitude, longitude, heading, speed_kmh, accuracy_m, recorded_at, received_at)
  SELECT '00000000-0000-4000-8000-000000000001', md5('driver' || g % 100)::uuid,
         CASE WHEN $2 = 'device' THEN 'device:' || to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') ELSE gen_random_uuid()::text END,
         51 + (g % 1000) * 0.0001, 5 + (g % 777) * 0.0001, 90, 80, 8, t, t + interval '1 second'
    FROM generate_series(0, $1 - 1) g
   CROSS JOIN LATERAL (SELECT timestamptz '2026-11-01 06:00Z' + make_interval(days => (g / 100) / 3600, secs => ((g / 100) % 3600) * 10) AS t) x`;

const SIZE = `
  SELECT sum(pg_total_relation_size(c.oid))::bigint AS total, sum(pg_relation_size(c.oid))::bigint AS heap,
         sum(pg_indexes_size(c.oid))::bigint AS indexes
    FROM pg_class c
   WHERE c.relkind = 'r' AND (c.relname = 'driver_positions' OR c.oid IN (SELECT inhrelid FROM pg_inherits WHERE inhparent = 'driver_positions'::regclass))`;

const a = new pg.Client({ connectionString: admin });
await a.connect();
await a.query(`CREATE DATABASE ${name}`);
const url = new URL(admin);
url.pathname = `/${name}`;
try {
  console.log(`${rows.toLocaleString('en')} positions, 100 drivers, a fix every 10 s, 10 h a day`);
  console.log('layout    client ids   heap B/row  index B/row  total B/row');
  for (const clientIds of ['device', 'uuid']) {
    for (const [label, ddl] of [['before', BEFORE], ['text key', TEXT_KEY], ['after', AFTER]]) {
      const c = new pg.Client({ connectionString: url.toString() });
      await c.connect();
      await c.query('DROP TABLE IF EXISTS driver_positions CASCADE');
      await c.query(ddl);
      await c.query(FILL, [rows, clientIds]);
      await c.query('VACUUM ANALYZE driver_positions');
      const [s] = (await c.query(SIZE)).rows;
      const per = (v) => (Number(v) / rows).toFixed(1).padStart(11);
      console.log(`${label.padEnd(9)} ${clientIds.padEnd(12)} ${per(s.heap)} ${per(s.indexes)} ${per(s.total)}`);
      await c.end();
    }
  }
} finally {
  await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await a.end();
}
