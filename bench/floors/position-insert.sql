-- Floor of scenario C: a driver's batch of positions in one statement, authenticated by the
-- driver token's hash, idempotent by (driver, client id). Autocommit: one durable commit per
-- batch, as the product does.
WITH d AS (SELECT id, tenant_id FROM drivers WHERE token_hash = $1),
ins AS (
  INSERT INTO driver_positions (tenant_id, driver_id, client_id, latitude, longitude, heading, speed_kmh, accuracy_m, recorded_at)
  SELECT d.tenant_id, d.id, u.client_id, u.latitude, u.longitude, u.heading, u.speed_kmh, u.accuracy_m, u.recorded_at
    FROM d, unnest($2::text[], $3::float8[], $4::float8[], $5::real[], $6::real[], $7::real[], $8::timestamptz[])
            AS u(client_id, latitude, longitude, heading, speed_kmh, accuracy_m, recorded_at)
  ON CONFLICT DO NOTHING
  RETURNING 1
)
SELECT (SELECT count(*) FROM d)::int AS drivers, (SELECT count(*) FROM ins)::int AS accepted
