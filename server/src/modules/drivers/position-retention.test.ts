import { randomBytes } from 'node:crypto';
import { ASSIGN_DRIVER, REPORT_POSITIONS, SET_CONSIGNMENT_STATUS } from '../../../test/documents';
import { givenConsignments, givenDriver, givenTenant, type TenantFixture } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { doc } from '../../../test/typed-document';
import { loadConfig } from '../../config';
import { partitionName, PARTITIONS_AHEAD_DAYS, type RetentionRun } from './position-retention.service';

const DAY = 86_400_000;
const METRICS_TOKEN = randomBytes(24).toString('base64url');
const daysAgo = (days: number, plusMs = 0) => new Date(Date.now() - days * DAY + plusMs).toISOString();

const SET_RETENTION = doc<{ updateTenantSettings: { positionRetentionDays: number | null } }, { input: { positionRetentionDays: number } }>(
  'mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { positionRetentionDays } }',
);
const LATEST = doc<{ drivers: Array<{ id: string; latestPosition: { latitude: number; recordedAt: string } | null }> }, Record<string, never>>(
  '{ drivers { id latestPosition { latitude recordedAt } } }',
);

let app: TestApp;
let tenant: TenantFixture;
beforeAll(async () => {
  // A long interval: the tests run the job themselves.
  app = await startTestApp({ METRICS_TOKEN, POSITION_RETENTION_INTERVAL_MS: String(3_600_000) });
  tenant = await givenTenant(app);
});
afterAll(() => app.close());

const run = (on: TestApp = app): Promise<RetentionRun> => on.server.services.positionRetention.run();
const partitions = async (on: TestApp = app) => (await on.server.services.positionRetention.partitions()).map((p) => p.name);
const partitionOf = async (driverId: string) =>
  (await app.sql<{ client_id: string; part: string }>('SELECT client_id, tableoid::regclass::text AS part FROM driver_positions WHERE driver_id = $1 ORDER BY client_id', [driverId]));
/** A row put in directly, as positions stored before a retention changed would be. */
const storeDirectly = (tenantId: string, driverId: string, clientId: string, recordedAt: string) =>
  app.sql(
    `INSERT INTO driver_positions (tenant_id, driver_id, client_id, latitude, longitude, recorded_at) VALUES ($1, $2, $3, 50, 5, $4)`,
    [tenantId, driverId, clientId, recordedAt],
  );

describe('partitions of driver_positions', () => {
  it('stores positions of different weeks in the partitions of their weeks, once however often a batch is replayed', async () => {
    const driver = await givenDriver(app, tenant.adminToken);
    const batch = [
      { clientId: 'd0', latitude: 50, longitude: 5, recordedAt: daysAgo(0, -60_000) },
      { clientId: 'd1', latitude: 50, longitude: 5, recordedAt: daysAgo(1) },
      { clientId: 'd3', latitude: 50, longitude: 5, recordedAt: daysAgo(3) },
      { clientId: 'd20', latitude: 50, longitude: 5, recordedAt: daysAgo(20) },
    ];
    await run(); // the days of the batch older than yesterday go to the default partition until made
    for (const day of [3, 20]) await app.sql('SELECT driver_positions_ensure_partition($1::date)', [daysAgo(day).slice(0, 10)]);
    expect((await app.ok(REPORT_POSITIONS, { positions: batch }, driver.token)).reportPositions).toEqual({ accepted: 4, duplicates: 0, refused: [] });
    expect((await app.ok(REPORT_POSITIONS, { positions: [...batch].reverse() }, driver.token)).reportPositions).toEqual({ accepted: 0, duplicates: 4, refused: [] });
    expect(await partitionOf(driver.id)).toEqual(
      ['d0', 'd1', 'd20', 'd3'].map((id) => ({ client_id: id, part: partitionName(Date.parse(batch.find((b) => b.clientId === id)!.recordedAt)) })),
    );
  });

  it('takes a position of a day without a partition into the default one, and moves it when the day gets its partition', async () => {
    const driver = await givenDriver(app, tenant.adminToken);
    const at = daysAgo(40);
    expect((await app.ok(REPORT_POSITIONS, { positions: [{ clientId: 'old', latitude: 50, longitude: 5, recordedAt: at }] }, driver.token)).reportPositions.accepted).toBe(1);
    expect(await partitionOf(driver.id)).toEqual([{ client_id: 'old', part: 'driver_positions_default' }]);
    await app.sql('SELECT driver_positions_ensure_partition($1::date)', [at.slice(0, 10)]);
    expect(await partitionOf(driver.id)).toEqual([{ client_id: 'old', part: partitionName(Date.parse(at)) }]);
    // Replayed after the move: still the same key, still once.
    expect((await app.ok(REPORT_POSITIONS, { positions: [{ clientId: 'old', latitude: 50, longitude: 5, recordedAt: at }] }, driver.token)).reportPositions).toEqual({ accepted: 0, duplicates: 1, refused: [] });
  });

  it('acknowledges a position older than the retention without storing it, and refuses one from the future', async () => {
    const driver = await givenDriver(app, tenant.adminToken);
    const { reportPositions } = await app.ok(
      REPORT_POSITIONS,
      {
        positions: [
          { clientId: 'aged', latitude: 50, longitude: 5, recordedAt: daysAgo(91) },
          { clientId: 'kept', latitude: 50, longitude: 5, recordedAt: daysAgo(89) },
          { clientId: 'ahead', latitude: 50, longitude: 5, recordedAt: daysAgo(-1) },
        ],
      },
      driver.token,
    );
    expect(reportPositions).toMatchObject({ accepted: 1, duplicates: 1, refused: [{ index: 2, field: 'positions[2].recordedAt' }] });
    expect((await partitionOf(driver.id)).map((r) => r.client_id)).toEqual(['kept']);
  });
});

describe('the retention job', () => {
  it(`makes partitions ${PARTITIONS_AHEAD_DAYS} days ahead and drops those past the longest retention; a second run changes nothing`, async () => {
    const old = daysAgo(200).slice(0, 10);
    const recent = daysAgo(60).slice(0, 10);
    for (const day of [old, recent]) await app.sql('SELECT driver_positions_ensure_partition($1::date)', [day]);
    const driver = await givenDriver(app, tenant.adminToken);
    await storeDirectly(tenant.id, driver.id, 'ancient', daysAgo(200));
    await storeDirectly(tenant.id, driver.id, 'in-default', daysAgo(400));
    await storeDirectly(tenant.id, driver.id, 'recent', daysAgo(60));

    const first = await run();
    expect(first.ran).toBe(true);
    expect(first.dropped).toContain(partitionName(Date.parse(old)));
    expect(first.dropped).not.toContain(partitionName(Date.parse(recent)));
    // Each drop's lock time, in seconds: waited for (at most the 2 s lock timeout) and held.
    expect(first.dropSeconds).toHaveLength(first.dropped.length);
    for (const seconds of first.dropSeconds) {
      expect(seconds).toBeGreaterThan(0);
      expect(seconds).toBeLessThan(2);
    }
    const names = await partitions();
    const today = Math.floor(Date.now() / DAY) * DAY;
    for (let d = -1; d <= PARTITIONS_AHEAD_DAYS; d++) expect(names).toContain(partitionName(today + d * DAY));
    expect(names).not.toContain(partitionName(Date.parse(old)));
    expect(names).toContain(partitionName(Date.parse(recent)));
    expect((await partitionOf(driver.id)).map((r) => r.client_id)).toEqual(['recent']);

    const second = await run();
    expect(second).toMatchObject({ ran: true, created: [], dropped: [], dropSeconds: [], rowsRemoved: 0, partitions: first.partitions });
    expect(await partitions()).toEqual(names);
  });

  it("removes only the old rows of a tenant keeping less, and readers stop showing them as soon as its retention is set", async () => {
    const short = await givenTenant(app);
    const shortDriver = await givenDriver(app, short.adminToken);
    const otherDriver = await givenDriver(app, tenant.adminToken);
    const old = daysAgo(20);
    await app.sql('SELECT driver_positions_ensure_partition($1::date)', [old.slice(0, 10)]);
    for (const d of [shortDriver, otherDriver]) {
      const positions = [
        { clientId: 'old', latitude: 51, longitude: 5, recordedAt: old },
        { clientId: 'older', latitude: 52, longitude: 5, recordedAt: daysAgo(25) },
      ];
      expect((await app.ok(REPORT_POSITIONS, { positions }, d.token)).reportPositions.accepted).toBe(2);
    }
    expect((await app.ok(LATEST, {}, short.adminToken)).drivers[0].latestPosition).toMatchObject({ latitude: 51 });

    const bad = await app.gql(SET_RETENTION, { input: { positionRetentionDays: 731 } }, short.adminToken);
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(bad.errors?.[0].message).toContain('input.positionRetentionDays');
    expect((await app.ok(SET_RETENTION, { input: { positionRetentionDays: 10 } }, short.adminToken)).updateTenantSettings.positionRetentionDays).toBe(10);

    // Not shown any more, and refused as it arrives again, before the job has run.
    expect((await app.ok(LATEST, {}, short.adminToken)).drivers[0].latestPosition).toBeNull();
    const again = await app.ok(REPORT_POSITIONS, { positions: [{ clientId: 'late', latitude: 53, longitude: 5, recordedAt: daysAgo(11) }] }, shortDriver.token);
    expect(again.reportPositions).toEqual({ accepted: 0, duplicates: 1, refused: [] });

    const result = await run();
    expect(result.rowsRemoved).toBe(2);
    expect(await partitionOf(shortDriver.id)).toEqual([]);
    expect((await partitionOf(otherDriver.id)).map((r) => r.client_id)).toEqual(['old', 'older']);
    expect((await app.ok(LATEST, {}, tenant.adminToken)).drivers.find((d) => d.id === otherDriver.id)!.latestPosition).toMatchObject({ latitude: 51 });
    expect((await run()).rowsRemoved).toBe(0);

    // 0 goes back to the installation's default.
    expect((await app.ok(SET_RETENTION, { input: { positionRetentionDays: 0 } }, short.adminToken)).updateTenantSettings.positionRetentionDays).toBeNull();
  });

  it("removes a delivered consignment's track once its tenant's policy has passed, keeping what another consignment of the driver still needs", async () => {
    const own = await givenTenant(app);
    const none = await givenTenant(app);
    const [driver, second, other] = [await givenDriver(app, own.adminToken), await givenDriver(app, own.adminToken), await givenDriver(app, none.adminToken)];
    /** A consignment of `driver` taken through the API to `status`, then its transit's times set (days ago). */
    const consignment = async (t: TenantFixture, driverId: string, status: 'IN_TRANSIT' | 'DELIVERED', started: number, delivered?: number) => {
      const [c] = await givenConsignments(app, t.adminToken, 1, { status: 'PLANNED' });
      await app.ok(ASSIGN_DRIVER, { consignmentId: c.id, driverId }, t.adminToken);
      await app.ok(SET_CONSIGNMENT_STATUS, { consignmentId: c.id, status: 'IN_TRANSIT' }, t.adminToken);
      if (status === 'DELIVERED') await app.ok(SET_CONSIGNMENT_STATUS, { consignmentId: c.id, status: 'DELIVERED' }, t.adminToken);
      await app.sql('UPDATE consignment_transits SET started_at = $2, delivered_at = $3 WHERE consignment_id = $1', [
        c.id,
        daysAgo(started),
        delivered === undefined ? null : daysAgo(delivered),
      ]);
      return c.id;
    };
    const positions = async (driverId: string, tenantId: string, at: Record<string, number>) => {
      for (const [clientId, days] of Object.entries(at)) {
        await app.sql('SELECT driver_positions_ensure_partition($1::date)', [daysAgo(days).slice(0, 10)]);
        await storeDirectly(tenantId, driverId, clientId, daysAgo(days));
      }
    };
    const kept = async (driverId: string) => (await partitionOf(driverId)).map((r) => r.client_id).sort();

    // Delivered 10 days ago (past a 7-day policy); another consignment of the driver, delivered
    // 3 days ago, shares part of its trip.
    const due = await consignment(own, driver.id, 'DELIVERED', 12, 10);
    await consignment(own, driver.id, 'DELIVERED', 11.5, 3);
    await positions(driver.id, own.id, { before: 13, only: 11.8, shared: 11, after: 9 });
    // Another driver's trip, delivered 10 days ago, while a consignment of theirs is still in transit since 11 days.
    await consignment(own, second.id, 'DELIVERED', 12, 10);
    await consignment(own, second.id, 'IN_TRANSIT', 11);
    await positions(second.id, own.id, { alone: 11.5, carrying: 10.5 });
    // A tenant with no policy: its delivered tracks stay (for its position retention).
    await consignment(none, other.id, 'DELIVERED', 12, 10);
    await positions(other.id, none.id, { trip: 11 });
    // Another driver assigned after the delivery: the track is still the delivering driver's.
    const third = await givenDriver(app, own.adminToken);
    const fourth = await givenDriver(app, own.adminToken);
    const reassigned = await consignment(own, third.id, 'DELIVERED', 12, 10);
    await app.ok(ASSIGN_DRIVER, { consignmentId: reassigned, driverId: fourth.id }, own.adminToken);
    await positions(third.id, own.id, { delivering: 11 });
    await positions(fourth.id, own.id, { elsewhere: 11 });

    const set = (input: { deliveredTrackRetentionDays: number }) =>
      app.gql(doc<{ updateTenantSettings: { deliveredTrackRetentionDays: number | null } }, { input: { deliveredTrackRetentionDays: number } }>(
        'mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { deliveredTrackRetentionDays } }',
      ), { input }, own.adminToken);
    const bad = await set({ deliveredTrackRetentionDays: 731 });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(bad.errors?.[0].message).toContain('input.deliveredTrackRetentionDays');
    expect((await set({ deliveredTrackRetentionDays: 7 })).data?.updateTenantSettings.deliveredTrackRetentionDays).toBe(7);

    const [before] = await app.sql<{ updated_at: Date; page_version: string }>('SELECT updated_at, page_version FROM consignments WHERE id = $1', [due]);
    const result = await run();
    expect(result).toMatchObject({ ran: true, tracksRemoved: 3, rowsRemoved: 3 });
    expect(await kept(driver.id)).toEqual(['after', 'before', 'shared']);
    expect(await kept(second.id)).toEqual(['carrying']);
    expect(await kept(other.id)).toEqual(['trip']);
    expect([await kept(third.id), await kept(fourth.id)]).toEqual([[], ['elsewhere']]);
    // The consignment itself is untouched: its change time (and so its links' expiry) and its page.
    expect(await app.sql('SELECT updated_at, page_version FROM consignments WHERE id = $1', [due])).toEqual([before]);
    expect(await app.sql('SELECT track_removed_at IS NOT NULL AS removed FROM consignment_transits WHERE consignment_id = $1', [due])).toEqual([{ removed: true }]);
    expect(await run()).toMatchObject({ tracksRemoved: 0, rowsRemoved: 0 });
    const metrics = await (await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    expect(metrics).toMatch(/^tracklink_delivered_tracks_removed_total 3$/m);

    // 0 removes the policy.
    expect((await set({ deliveredTrackRetentionDays: 0 })).data?.updateTenantSettings.deliveredTrackRetentionDays).toBeNull();
  });

  it('keeps when each consignment went in transit and was delivered, whichever way its status changed', async () => {
    const [made] = await givenConsignments(app, tenant.adminToken, 1, { status: 'IN_TRANSIT' });
    const times = () => app.sql<{ started: boolean; delivered: boolean }>(
      'SELECT started_at IS NOT NULL AS started, delivered_at IS NOT NULL AS delivered FROM consignment_transits WHERE consignment_id = $1', [made.id]);
    expect(await times()).toEqual([{ started: true, delivered: false }]);
    await app.ok(SET_CONSIGNMENT_STATUS, { consignmentId: made.id, status: 'DELIVERED' }, tenant.adminToken);
    expect(await times()).toEqual([{ started: true, delivered: true }]);
    const [planned] = await givenConsignments(app, tenant.adminToken, 1, { status: 'PLANNED' });
    expect(await app.sql('SELECT 1 FROM consignment_transits WHERE consignment_id = $1', [planned.id])).toEqual([]);
  });

  it('runs in one replica at a time: a second process on the same database skips while the first holds the lock', async () => {
    const second = await startTestApp({ POSITION_RETENTION_INTERVAL_MS: String(3_600_000) }, app);
    try {
      // The lock held from outside: both skip.
      await app.sql('SELECT pg_advisory_lock(7463521190331)');
      expect([(await run()).ran, (await run(second)).ran]).toEqual([false, false]);
      await app.sql('SELECT pg_advisory_unlock(7463521190331)');
      // Both at once, many times: no error, and the partitions are what one run makes.
      const before = await partitions();
      for (let i = 0; i < 5; i++) {
        const runs = await Promise.all([run(), run(second)]);
        expect(runs.some((r) => r.ran)).toBe(true);
      }
      expect(await partitions(second)).toEqual(before);
    } finally {
      await second.close();
    }
  });

  it('is visible in the metrics', async () => {
    await run();
    const res = await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    const text = await res.text();
    const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);
    expect(value('tracklink_position_retention_last_run_timestamp_seconds')).toBeGreaterThan(Date.now() / 1000 - 60);
    expect(value('tracklink_position_partitions')).toBeGreaterThanOrEqual(2);
    expect(value('tracklink_position_retention_duration_seconds_count')).toBeGreaterThan(0);
    expect(text).toMatch(/^tracklink_position_partition_changes_total\{action="dropped"\} [1-9]/m);
    expect(value('tracklink_position_partition_drop_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(value('tracklink_position_rows_removed_total')).toBeGreaterThanOrEqual(2);
  });
});

describe('POSITION_RETENTION_DAYS', () => {
  it('defaults to 90 and refuses a bad value at start', () => {
    const base = { NODE_ENV: 'test', APP_SECRET: 'x'.repeat(40) };
    expect(loadConfig(base).positionRetentionDays).toBe(90);
    expect(loadConfig({ ...base, POSITION_RETENTION_DAYS: '30' }).positionRetentionDays).toBe(30);
    for (const bad of ['0', '731', 'ninety', '1.5']) {
      expect(() => loadConfig({ ...base, POSITION_RETENTION_DAYS: bad })).toThrow(`POSITION_RETENTION_DAYS must be a whole number from 1 to 730, got "${bad}"`);
    }
  });
});
