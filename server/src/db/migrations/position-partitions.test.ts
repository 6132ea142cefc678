import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { migrations } from './index';
import { PositionPartitions1765330000000 } from './1765330000000-position-partitions';
import { DriverLatestRecordedAt1765440000000 } from './1765440000000-driver-latest-recorded-at';
import { partitionName } from '../../modules/drivers/position-retention.service';

// The migration that partitions driver_positions, on an empty database and on one holding
// positions of several days in the layout before it.

const DAY = 86_400_000;
const databases: string[] = [];

async function freshDatabase(): Promise<string> {
  const name = `tracklink_mig_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  databases.push(name);
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}
afterAll(async () => {
  const admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

/** Runs every migration, or those before `before`. */
async function migrated(url: string, before?: (typeof migrations)[number]): Promise<void> {
  const ds = new DataSource({
    type: 'postgres',
    url,
    migrations: before ? migrations.slice(0, migrations.indexOf(before)) : migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
  });
  await ds.initialize();
  try {
    await ds.runMigrations();
  } finally {
    await ds.destroy();
  }
}

async function withClient<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}


it('makes the partitioned table on an empty database, with the partitions of the weeks from yesterday to 7 days ahead', async () => {
  const url = await freshDatabase();
  await migrated(url);
  const parts = await withClient(url, async (c) =>
    (await c.query<{ name: string }>(`SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
       WHERE i.inhparent = 'driver_positions'::regclass ORDER BY 1`)).rows.map((r) => r.name),
  );
  const weeks = [...new Set([-1, 0, 7].map((d) => partitionName(Date.now() + d * DAY)))];
  expect(parts).toEqual(['driver_positions_default', ...weeks].sort());
});

it('moves the positions of a populated database into the partitions of their weeks, keeping every field', async () => {
  const url = await freshDatabase();
  await migrated(url, PositionPartitions1765330000000);
  const times = [0, 1, 30, 400].map((d) => new Date(Date.now() - d * DAY - 60_000).toISOString());
  await withClient(url, async (c) => {
    const [{ id: tenant }] = (await c.query(`INSERT INTO tenants (name, country) VALUES ('T', 'NL') RETURNING id`)).rows;
    const [{ id: driver }] = (await c.query(`INSERT INTO drivers (tenant_id, name, token_hash) VALUES ($1, 'D', 'h') RETURNING id`, [tenant])).rows;
    for (const [i, at] of times.entries()) {
      await c.query(
        `INSERT INTO driver_positions (tenant_id, driver_id, client_id, latitude, longitude, heading, speed_kmh, accuracy_m, recorded_at)
         VALUES ($1, $2, $3, 50.5, 5.5, 90, 80, 8, $4)`,
        [tenant, driver, `c${i}`, at],
      );
    }
  });
  await migrated(url);
  const rows = await withClient(url, async (c) =>
    (await c.query(`SELECT client_id, tableoid::regclass::text AS part, latitude, heading, recorded_at FROM driver_positions ORDER BY recorded_at DESC`)).rows,
  );
  expect(rows).toEqual(
    times.map((at, i) => ({
      client_id: `c${i}`,
      part: partitionName(Date.parse(at)),
      latitude: 50.5,
      heading: 90,
      recorded_at: new Date(at),
    })),
  );
  // The key refuses the same (driver, recorded time, client id) again.
  await withClient(url, async (c) => {
    const copy = await c.query(`INSERT INTO driver_positions (tenant_id, driver_id, client_id, latitude, longitude, recorded_at)
      SELECT tenant_id, driver_id, client_id, latitude, longitude, recorded_at FROM driver_positions ON CONFLICT DO NOTHING`);
    expect(copy.rowCount).toBe(0);
  });
});

it("newest_driver_position: the driver's newest position after the cutoff, whether it is in the last day or weeks back", async () => {
  const url = await freshDatabase();
  await migrated(url);
  await withClient(url, async (c) => {
    const [{ id: tenant }] = (await c.query(`INSERT INTO tenants (name, country) VALUES ('T', 'NL') RETURNING id`)).rows;
    const driver = async (name: string): Promise<string> =>
      (await c.query(`INSERT INTO drivers (tenant_id, name, token_hash) VALUES ($1, $2, $2) RETURNING id`, [tenant, name])).rows[0].id;
    const [a, b] = [await driver('a'), await driver('b')];
    const add = (who: string, clientId: string, daysAgo: number) =>
      c.query(
        `INSERT INTO driver_positions (tenant_id, driver_id, client_id, latitude, longitude, recorded_at)
         VALUES ($1, $2, $3, 50, 5, date_trunc('second', now()) - make_interval(secs => $4::float8 * 86400))`,
        [tenant, who, clientId, daysAgo],
      );
    const newest = async (who: string, cutoffDaysAgo: number): Promise<string[]> =>
      (await c.query(`SELECT client_id FROM newest_driver_position($1, now() - make_interval(days => $2))`, [who, cutoffDaysAgo])).rows.map(
        (r) => r.client_id,
      );
    // Weeks back only: the look at the last day finds nothing, the whole window does.
    await add(a, 'old', 40);
    await add(a, 'older', 41);
    expect(await newest(a, 90)).toEqual(['old']);
    expect(await newest(a, 30)).toEqual([]); // before the cutoff: not kept, not shown
    // A position of the last day is the newest, however many are older.
    await add(a, 'recent', 0.5);
    await add(a, 'yesterday-ish', 0.9);
    expect(await newest(a, 90)).toEqual(['recent']);
    // The same recorded time twice: the higher client key wins, as the page's own order had it.
    await add(b, 'x', 0.25);
    await add(b, 'y', 0.25);
    const [{ winner }] = (await c.query(
      `SELECT client_id AS winner FROM driver_positions WHERE driver_id = $1 ORDER BY recorded_at DESC, client_key DESC LIMIT 1`, [b])).rows;
    expect(await newest(b, 90)).toEqual([winner]);
    // Another driver's positions never answer for this one.
    expect(await newest(await driver('c'), 90)).toEqual([]);
  });
});

it("latest_recorded_at: filled with each driver's latest stored position by its migration, null for a driver with none", async () => {
  const url = await freshDatabase();
  await migrated(url, DriverLatestRecordedAt1765440000000);
  const times = [0.1, 3, 20, 60].map((d) => new Date(Date.now() - d * DAY).toISOString());
  const [moving, idle] = await withClient(url, async (c) => {
    const [{ id: tenant }] = (await c.query(`INSERT INTO tenants (name, country) VALUES ('T', 'NL') RETURNING id`)).rows;
    const driver = async (name: string): Promise<string> =>
      (await c.query(`INSERT INTO drivers (tenant_id, name, token_hash) VALUES ($1, $2, $2) RETURNING id`, [tenant, name])).rows[0].id;
    const ids = [await driver('moving'), await driver('idle')];
    // Stored out of order, across week partitions.
    for (const [i, at] of [...times].reverse().entries()) {
      await c.query(`INSERT INTO driver_positions (tenant_id, driver_id, client_id, latitude, longitude, recorded_at) VALUES ($1, $2, $3, 50, 5, $4)`, [tenant, ids[0], `p${i}`, at]);
    }
    return ids;
  });
  await migrated(url);
  const rows = await withClient(url, async (c) => (await c.query(`SELECT id, latest_recorded_at FROM drivers`)).rows);
  expect(Object.fromEntries(rows.map((r) => [r.id, r.latest_recorded_at]))).toEqual({ [moving]: new Date(times[0]), [idle]: null });
});
