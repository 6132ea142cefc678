#!/usr/bin/env bash
# What a latest-position look-up costs by partition layout (docs/operations.md, "Weeks, not days"):
#   bash bench/position-partitions.sh      (BENCH_DATABASE_URL as bench/, default the test server)
# Per layout: a table partitioned like driver_positions (key, default partition), 200,000
# positions of 50 drivers over the last 23 days, then the look-up the readers make (a prepared
# statement, generic plan, the 90-day retention as a bound) three times; Execution Time lines.
set -euo pipefail
ADMIN=${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}
DB=tracklink_parts_$$
psql -q "$ADMIN" -c "CREATE DATABASE $DB"
trap 'psql -q "$ADMIN" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"' EXIT
U=${ADMIN%/*}/$DB
for layout in "day 99" "day 739" "week 15" "week 106"; do
  set -- $layout; unit=$1; n=$2
  psql -q "$U" >/dev/null 2>&1 <<SQL
DROP TABLE IF EXISTS dp;
CREATE TABLE dp (recorded_at timestamptz NOT NULL, client_key bigint NOT NULL, driver_id uuid NOT NULL, latitude float8,
  CONSTRAINT dp_key PRIMARY KEY (driver_id, recorded_at, client_key)) PARTITION BY RANGE (recorded_at);
CREATE TABLE dp_default PARTITION OF dp DEFAULT;
DO \$\$ DECLARE step interval := '1 $unit'; s timestamptz := date_trunc('day', now()) + 8 * interval '1 day' - $n * step; BEGIN
  FOR i IN 0..$n-1 LOOP EXECUTE format('CREATE TABLE dp_%s PARTITION OF dp FOR VALUES FROM (%L) TO (%L)', i, s + i*step, s + (i+1)*step); END LOOP; END \$\$;
INSERT INTO dp SELECT now() - make_interval(secs => g*10), g, md5('d' || g % 50)::uuid, 51 FROM generate_series(1, 200000) g;
ANALYZE dp;
SQL
  echo "== $n $unit partitions"
  psql -q "$U" <<SQL | grep -E "Execution Time"
PREPARE latest(uuid) AS SELECT * FROM dp WHERE driver_id = \$1 AND recorded_at >= now() - interval '90 days'
  ORDER BY recorded_at DESC, client_key DESC LIMIT 1;
SET plan_cache_mode = force_generic_plan;
EXPLAIN (ANALYZE, SUMMARY) EXECUTE latest(md5('d7')::uuid);
EXPLAIN (ANALYZE, SUMMARY) EXECUTE latest(md5('d7')::uuid);
EXPLAIN (ANALYZE, SUMMARY) EXECUTE latest(md5('d7')::uuid);
SQL
done
