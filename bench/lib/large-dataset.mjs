/**
 * A year of a large carrier's data, made inside PostgreSQL with generate_series (minutes, not
 * the hours the API would take), in the row shapes the API writes: per consignment 2.5 stops,
 * 2 cargo lines, one tracking link, 5 pallet scans and 20 driver positions; one order per 4
 * consignments, one customer per 2,000, one driver per 500; created over 365 days, the last
 * 1 % in transit, 0.5 % soft-deleted. At the issue's full size (1,000,000 consignments) that is
 * 2.5 M stops, 2 M cargo lines, 1 M links, 5 M scans and 20 M positions over 2,000 drivers.
 *
 * Triggers and foreign-key checks are off while loading (session_replication_role = replica):
 * the touch triggers would update each consignment once per child row, and every key is made
 * here from rows made here (so the transits the status trigger keeps are made here too). Pallet
 * scans carry no stop (stop_id is optional in the API too).
 */
import pg from 'pg';

const CUSTOMER_WORDS = ['Nordic', 'Rhein', 'Alpen', 'Baltic', 'Iberia', 'Danube', 'Carpathian', 'Meuse', 'Elbe', 'Loire'];
const CUSTOMER_KINDS = ['Freight', 'Retail', 'Foods', 'Steel', 'Paper', 'Chemicals', 'Furniture', 'Textiles'];

/** The statements that grow tenant `$1` by `n` consignments and what belongs to them. */
function statements(n) {
  const customers = Math.max(10, Math.round(n / 2000));
  const orders = Math.max(1, Math.ceil(n / 4));
  const drivers = Math.max(4, Math.round(n / 500));
  const words = `ARRAY[${CUSTOMER_WORDS.map((w) => `'${w}'`).join(',')}]`;
  const kinds = `ARRAY[${CUSTOMER_KINDS.map((w) => `'${w}'`).join(',')}]`;
  const YEAR_S = 365 * 86400;
  return [
    ['customers', `INSERT INTO customers (tenant_id, name, name_key, email, created_at)
       SELECT $1, x.name, lower(x.name), 'orders@customer' || i || '.example', now() - interval '400 days'
         FROM generate_series(1, ${customers}) i,
              LATERAL (SELECT (${words})[1 + i % 10] || ' ' || (${kinds})[1 + (i / 10) % 8] || ' ' || lpad(i::text, 5, '0') || ' GmbH' AS name) x`],
    ['orders', `INSERT INTO orders (id, tenant_id, reference, customer_id, created_at, updated_at)
       SELECT md5('order' || i)::uuid, $1, 'ORD-' || substr(md5('ord' || i), 1, 10),
              (SELECT id FROM customers WHERE tenant_id = $1 AND name_key = lower(x.name)),
              now() - make_interval(secs => ${YEAR_S}.0 * (${orders} - i) / ${orders} + 7200),
              now() - make_interval(secs => ${YEAR_S}.0 * (${orders} - i) / ${orders} + 7200)
         FROM generate_series(1, ${orders}) i,
              LATERAL (SELECT ((i * 7919) % ${customers}) + 1 AS c) k,
              LATERAL (SELECT (${words})[1 + k.c % 10] || ' ' || (${kinds})[1 + (k.c / 10) % 8] || ' ' || lpad(k.c::text, 5, '0') || ' GmbH' AS name) x`],
    ['drivers', `INSERT INTO drivers (id, tenant_id, name, phone, vehicle_plate, token_hash, created_at)
       SELECT md5('driver' || i)::uuid, $1, 'Driver ' || i, '+49 170 ' || lpad(i::text, 7, '0'),
              'L-' || lpad(i::text, 5, '0'), md5('driver-token' || i || $1::text), now() - interval '400 days'
         FROM generate_series(1, ${drivers}) i`],
    ['consignments', `INSERT INTO consignments (id, tenant_id, order_id, reference, status, customer_reference, container_number,
              transport_service, extra_fields, driver_id, vehicle_plate, created_at, updated_at, deleted_at)
       SELECT md5('consignment' || i)::uuid, $1, md5('order' || (1 + (i - 1) / 4))::uuid,
              'CN-' || substr(md5('cn' || i), 1, 8),
              CASE WHEN i > ${n} * 0.99 THEN 'IN_TRANSIT' WHEN i > ${n} * 0.985 THEN 'PLANNED'
                   WHEN i % 33 = 0 THEN 'CANCELLED' ELSE 'DELIVERED' END,
              'PO-' || substr(md5('po' || i), 1, 8),
              'MSKU' || lpad((i % 9999999)::text, 7, '0'),
              'Groupage, tail-lift',
              jsonb_build_array(jsonb_build_object('key', 'Seal', 'value', 'S-' || substr(md5('seal' || i), 1, 8))),
              md5('driver' || (1 + i % ${drivers}))::uuid, 'L-' || lpad((1 + i % ${drivers})::text, 5, '0'),
              t.at, t.at + interval '30 hours',
              CASE WHEN i % 200 = 0 THEN t.at + interval '1 day' END
         FROM generate_series(1, ${n}) i,
              LATERAL (SELECT now() - make_interval(secs => ${YEAR_S}.0 * (${n} - i) / ${n} + 3600) AS at) t`],
  ];
}

/** The generated statements, in order, with the parameters each takes. */
export function largeDatasetStatements(n) {
  const YEAR_S = 365 * 86400;
  const drivers = Math.max(4, Math.round(n / 500));
  const base = statements(n);
  const ids = `FROM generate_series(1, ${n}) i, LATERAL (SELECT md5('consignment' || i)::uuid AS id,
                    now() - make_interval(secs => ${YEAR_S}.0 * (${n} - i) / ${n} + 3600) AS at) c`;
  return [
    ...base,
    ['stops', `INSERT INTO stops (consignment_id, sequence, type, name, address, latitude, longitude, timezone, reference,
              planned_arrival, planned_window_end, actual_arrival, actual_departure, contact_name, contact_email)
       SELECT c.id, s, CASE WHEN s = 1 THEN 'PICKUP' ELSE 'DELIVERY' END,
              CASE WHEN s = 1 THEN 'Rotterdam Maasvlakte terminal' ELSE 'Cologne DC ' || s END,
              'Industriestraße ' || s || ', 50735 Köln', 51.9 - s * 0.4, 4.0 + s * 1.2, 'Europe/Berlin',
              CASE WHEN s = 1 THEN 'PU-' ELSE 'DL-' END || s || '-' || substr(md5(i || '-' || s), 1, 8),
              c.at + make_interval(hours => 3 * s), c.at + make_interval(hours => 3 * s + 1),
              CASE WHEN i <= ${n} * 0.985 THEN c.at + make_interval(hours => 3 * s) END,
              CASE WHEN i <= ${n} * 0.985 THEN c.at + make_interval(hours => 3 * s, mins => 40) END,
              'Dock ' || s, 'dock' || s || '@example.com'
         ${ids}, generate_series(1, 2 + i % 2) s`],
    ['cargo_lines', `INSERT INTO cargo_lines (consignment_id, sequence, description, quantity, packaging_type, weight_kg)
       SELECT c.id, s, 'Line ' || s || ': ceramic tiles, 60x60, grey', 1 + (i + s) % 7,
              (ARRAY['PALLET', 'BOX', 'CRATE', 'DRUM', 'BULK', 'OTHER'])[1 + (i + s) % 6], 120.5 + s * 10
         ${ids}, generate_series(1, 2) s`],
    ['tracking_links', `INSERT INTO tracking_links (tenant_id, consignment_id, token_hash, token_encrypted, created_at, created_by,
              expires_at, view_count, last_viewed_at)
       SELECT $1, c.id, encode(sha256(('large-link-' || i || $1::text)::bytea), 'hex'), 'not-a-token', c.at, 'system',
              c.at + interval '31 days', i % 5, CASE WHEN i % 5 > 0 THEN c.at + interval '5 hours' END
         ${ids}`],
    ['pallet_scans', `INSERT INTO pallet_scans (tenant_id, consignment_id, driver_id, client_id, pallet_barcode, event, scanned_at, received_at)
       SELECT $1, c.id, md5('driver' || (1 + i % ${drivers}))::uuid, 'scan-' || i || '-' || s,
              'PAL-' || lpad(s::text, 6, '0'), (ARRAY['LOADED', 'SCANNED_AT_HUB', 'UNLOADED', 'DAMAGED'])[1 + s % 4],
              c.at + make_interval(mins => 30 * s), c.at + make_interval(mins => 30 * s, secs => 2)
         ${ids}, generate_series(1, 5) s`],
    // When each went in transit and was delivered, as the status trigger keeps it (off while loading).
    ['consignment_transits', `INSERT INTO consignment_transits (consignment_id, tenant_id, driver_id, started_at, delivered_at)
       SELECT c.id, c.tenant_id, c.driver_id, c.created_at + interval '3 hours 40 minutes', CASE WHEN c.status = 'DELIVERED' THEN c.updated_at END
         FROM consignments c
        WHERE c.tenant_id = $1 AND c.status IN ('IN_TRANSIT', 'DELIVERED')
          AND NOT EXISTS (SELECT 1 FROM consignment_transits t WHERE t.consignment_id = c.id)`],
    // The week partitions of the year (the product makes them a week ahead, so a year back is ours to make).
    ['driver_positions partitions', `SELECT driver_positions_ensure_partition(d::date)
       FROM generate_series(now() - interval '380 days', now() + interval '7 days', interval '7 days') d`],
    // 20 positions a consignment, each driver's spread over the year in the order of its consignments.
    ['driver_positions', `INSERT INTO driver_positions (tenant_id, driver_id, client_id, latitude, longitude, heading, speed_kmh,
              accuracy_m, recorded_at, received_at)
       SELECT $1, md5('driver' || (1 + i % ${drivers}))::uuid, 'pos-' || i || '-' || s,
              51.2 + s * 0.001, 6.5 + s * 0.001, 135, 82, 8,
              c.at + make_interval(mins => s), c.at + make_interval(mins => s, secs => 1)
         ${ids}, generate_series(1, 20) s`],
    // What the positions batch keeps on each driver's row: its latest recorded time.
    ['drivers latest position', `UPDATE drivers d SET latest_recorded_at = p.recorded_at
       FROM (SELECT driver_id, max(recorded_at) AS recorded_at FROM driver_positions WHERE tenant_id = $1 GROUP BY driver_id) p
      WHERE d.id = p.driver_id`],
  ];
}

/**
 * Grows tenant `tenantId` of the database at `url` by `consignments` consignments and what
 * belongs to them, then VACUUM ANALYZE (as autovacuum would have by then). Returns seconds
 * per table and the database's size.
 */
export async function growLargeTenant(url, tenantId, consignments, log = () => {}) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const seconds = {};
  try {
    await client.query(`SET session_replication_role = replica`);
    await client.query(`SET maintenance_work_mem = '256MB'`);
    for (const [table, text] of largeDatasetStatements(consignments)) {
      const t0 = performance.now();
      const { rowCount } = await client.query(text.replace(/\$1(?!::)/g, '$1::uuid'), text.includes('$1') ? [tenantId] : []);
      seconds[table] = Math.round((performance.now() - t0) / 100) / 10;
      log(`${table}: ${rowCount.toLocaleString('en-US')} rows in ${seconds[table]} s`);
    }
    await client.query(`SET session_replication_role = origin`);
    const t0 = performance.now();
    await client.query('VACUUM ANALYZE');
    seconds.vacuum = Math.round((performance.now() - t0) / 100) / 10;
    const [{ bytes }] = (await client.query(`SELECT pg_database_size(current_database())::bigint AS bytes`)).rows;
    log(`VACUUM ANALYZE in ${seconds.vacuum} s; database ${(Number(bytes) / 2 ** 30).toFixed(2)} GiB`);
    return { seconds, bytes: Number(bytes) };
  } finally {
    await client.end();
  }
}

/**
 * Adds `count` positions between `from` and `to` (Dates) to the year `growLargeTenant` made
 * for `consignments` consignments (its drivers, its row shape), evenly spread, so a retention
 * cut has that many to drop there; then ANALYZE. Returns the seconds it took.
 */
export async function addOldPositions(url, tenantId, consignments, count, from, to) {
  const drivers = Math.max(4, Math.round(consignments / 500));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const t0 = performance.now();
    await client.query(`SET session_replication_role = replica`);
    await client.query(
      `INSERT INTO driver_positions (tenant_id, driver_id, client_id, latitude, longitude, heading, speed_kmh, accuracy_m, recorded_at, received_at)
       SELECT $1::uuid, md5('driver' || (1 + g % $2::int))::uuid, 'old-' || g, 51.2, 6.5, 135, 82, 8,
              $4::timestamptz + (($5::timestamptz - $4::timestamptz) * g / $3::int),
              $4::timestamptz + (($5::timestamptz - $4::timestamptz) * g / $3::int) + interval '1 second'
         FROM generate_series(0, $3::int - 1) g`,
      [tenantId, drivers, count, from, to],
    );
    await client.query(`SET session_replication_role = origin`);
    await client.query('ANALYZE driver_positions');
    return Math.round((performance.now() - t0) / 100) / 10;
  } finally {
    await client.end();
  }
}
