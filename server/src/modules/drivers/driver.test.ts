import { ASSIGN_DRIVER, CREATE_API_KEY, RECORD_PALLET_SCANS, REPORT_POSITIONS, type PalletScanInput, type PositionInput } from '../../../test/documents';
import { givenConsignment, givenConsignments, givenDriver, givenTenant, minutesAgo as at, type TenantFixture } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { doc } from '../../../test/typed-document';
import { Topic } from '../../bus/event-bus';

let app: TestApp;
let tenant: TenantFixture;
beforeAll(async () => {
  app = await startTestApp();
  tenant = await givenTenant(app);
});
afterAll(() => app.close());

const DRIVER_POSITION = doc<
  { consignment: { driverPosition: { latitude: number; longitude: number } | null; driver: { latestPosition: { latitude: number } | null } | null } | null },
  { id: string }
>('query($id: ID!) { consignment(id: $id) { driverPosition { latitude longitude } driver { latestPosition { latitude } } } }');
const PALLET_SCANS = doc<{ consignment: { palletScans: Array<{ palletBarcode: string; event: string }> } | null }, { id: string }>(
  'query($id: ID!) { consignment(id: $id) { palletScans { palletBarcode event } } }',
);

describe('reportPositions', () => {
  it('counts a replayed batch as duplicates and stores nothing twice', async () => {
    const driver = await givenDriver(app, tenant.adminToken);
    const batch = [
      { clientId: 'a', latitude: 51.0, longitude: 5.0, recordedAt: at(3), speedKmh: 80, heading: 90 },
      { clientId: 'b', latitude: 51.1, longitude: 5.1, recordedAt: at(2) },
      { clientId: 'b', latitude: 51.1, longitude: 5.1, recordedAt: at(2) },
    ];
    expect((await app.ok(REPORT_POSITIONS, { positions: batch }, driver.token)).reportPositions).toEqual({ accepted: 2, duplicates: 1, refused: [] });
    expect((await app.ok(REPORT_POSITIONS, { positions: batch }, driver.token)).reportPositions).toEqual({ accepted: 0, duplicates: 3, refused: [] });
    const rows = await app.sql('SELECT client_id FROM driver_positions WHERE driver_id = $1 ORDER BY client_id', [driver.id]);
    expect(rows.map((r) => r.client_id)).toEqual(['a', 'b']);
  });

  it('stores out-of-order positions, and the latest is the greatest recordedAt, not the last to arrive', async () => {
    const driver = await givenDriver(app, tenant.adminToken);
    const c = await givenConsignment(app, tenant.adminToken);
    await app.ok(ASSIGN_DRIVER, { consignmentId: c.id, driverId: driver.id }, tenant.adminToken);
    await app.ok(REPORT_POSITIONS, { positions: [{ clientId: 'new', latitude: 52, longitude: 6, recordedAt: at(1) }] }, driver.token);
    await app.ok(REPORT_POSITIONS, { positions: [{ clientId: 'old', latitude: 50, longitude: 4, recordedAt: at(10) }] }, driver.token);
    expect(await app.sql('SELECT 1 FROM driver_positions WHERE driver_id = $1', [driver.id])).toHaveLength(2);
    const { consignment } = await app.ok(DRIVER_POSITION, { id: c.id }, tenant.adminToken);
    expect(consignment?.driverPosition).toEqual({ latitude: 52, longitude: 6 });
    expect(consignment?.driver?.latestPosition?.latitude).toBe(52);
  });

  it('takes positions from an API key for a named driver of the tenant', async () => {
    const driver = await givenDriver(app, tenant.adminToken);
    const { createApiKey } = await app.ok(CREATE_API_KEY, { name: 'telematics' }, tenant.adminToken);
    const missing = await app.ok(REPORT_POSITIONS, { positions: [{ clientId: 'k1', latitude: 1, longitude: 1, recordedAt: at(1) }] }, createApiKey.key);
    expect(missing.reportPositions).toMatchObject({ accepted: 0, refused: [{ index: 0, code: 'BAD_USER_INPUT', field: 'positions[0].driverId' }] });
    const res = await app.ok(REPORT_POSITIONS, { positions: [{ clientId: 'k1', driverId: driver.id, latitude: 1, longitude: 1, recordedAt: at(1) }] }, createApiKey.key);
    expect(res.reportPositions.accepted).toBe(1);
  });

  it('refuses a bad position by index and name and stores the rest of the batch', async () => {
    const driver = await givenDriver(app, tenant.adminToken);
    const cases: Array<[Partial<PositionInput>, string]> = [
      [{ latitude: 200 }, 'positions[1].latitude'],
      [{ longitude: 181 }, 'positions[1].longitude'],
      [{ heading: 400 }, 'positions[1].heading'],
      [{ recordedAt: new Date(Date.now() + 3_600_000).toISOString() }, 'positions[1].recordedAt'],
      [{ clientId: '' }, 'positions[1].clientId'],
    ];
    for (const [i, [override, field]] of cases.entries()) {
      const { reportPositions } = await app.ok(
        REPORT_POSITIONS,
        { positions: [{ clientId: `ok${i}`, latitude: 1, longitude: 1, recordedAt: at(1) }, { clientId: `bad${i}`, latitude: 1, longitude: 1, recordedAt: at(1), ...override }] },
        driver.token,
      );
      expect(reportPositions).toMatchObject({ accepted: 1, duplicates: 0, refused: [{ index: 1, code: 'BAD_USER_INPUT', field }] });
    }
    const stored = await app.sql<{ client_id: string }>('SELECT client_id FROM driver_positions WHERE driver_id = $1 ORDER BY client_id', [driver.id]);
    expect(stored.map((r) => r.client_id)).toEqual(cases.map((_, i) => `ok${i}`));
  });

  it('counts duplicates inside a batch and against earlier batches, and keeps the first of a repeated client id', async () => {
    const driver = await givenDriver(app, tenant.adminToken);
    // A replay carries the same client id and recorded time.
    const recordedAt = at(5);
    const p = (clientId: string, latitude: number) => ({ clientId, latitude, longitude: 5, recordedAt });
    expect((await app.ok(REPORT_POSITIONS, { positions: [p('a', 50), p('b', 50)] }, driver.token)).reportPositions).toEqual({ accepted: 2, duplicates: 0, refused: [] });
    const mixed = [p('b', 51), p('c', 52), p('a', 51), p('c', 53), p('d', 54), p('d', 55)];
    expect((await app.ok(REPORT_POSITIONS, { positions: mixed }, driver.token)).reportPositions).toEqual({ accepted: 2, duplicates: 4, refused: [] });
    const rows = await app.sql('SELECT client_id, latitude FROM driver_positions WHERE driver_id = $1 ORDER BY client_id', [driver.id]);
    expect(rows).toEqual([
      { client_id: 'a', latitude: 50 },
      { client_id: 'b', latitude: 50 },
      { client_id: 'c', latitude: 52 },
      { client_id: 'd', latitude: 54 },
    ]);
  });

  it('stores every field as sent, trimming the client id', async () => {
    const driver = await givenDriver(app, tenant.adminToken);
    const recordedAt = new Date(Math.floor(Date.now() / 1000) * 1000 - 86_400_000 + 678).toISOString();
    const full = { clientId: ' full ', latitude: -33.8688, longitude: 151.2093, heading: 359.5, speedKmh: 88.25, accuracyM: 0, recordedAt };
    const bare = { clientId: 'bare', latitude: 0, longitude: -180, recordedAt };
    await app.ok(REPORT_POSITIONS, { positions: [full, bare] }, driver.token);
    const rows = await app.sql(
      `SELECT client_id, tenant_id, latitude, longitude, heading, speed_kmh, accuracy_m, recorded_at
         FROM driver_positions WHERE driver_id = $1 ORDER BY client_id`,
      [driver.id],
    );
    expect(rows).toEqual([
      { client_id: 'bare', tenant_id: tenant.id, latitude: 0, longitude: -180, heading: null, speed_kmh: null, accuracy_m: null, recorded_at: new Date(recordedAt) },
      { client_id: 'full', tenant_id: tenant.id, latitude: -33.8688, longitude: 151.2093, heading: 359.5, speed_kmh: 88.25, accuracy_m: 0, recorded_at: new Date(recordedAt) },
    ]);
  });

  it('refuses a bad position in the middle of a large batch and stores the other 99', async () => {
    const driver = await givenDriver(app, tenant.adminToken);
    const recordedAt = at(1);
    const batch = (override: Record<string, unknown>) =>
      Array.from({ length: 100 }, (_, i) => ({ clientId: `m${i}`, latitude: 50, longitude: 8, recordedAt, ...(i === 57 ? override : {}) }));
    const cases: Array<[Partial<PositionInput>, string]> = [
      [{ speedKmh: 401 }, 'positions[57].speedKmh'],
      [{ accuracyM: -1 }, 'positions[57].accuracyM'],
      [{ heading: -0.5 }, 'positions[57].heading'],
      [{ clientId: 'x'.repeat(101) }, 'positions[57].clientId'],
      [{ recordedAt: new Date(Date.now() + 6 * 60_000).toISOString() }, 'positions[57].recordedAt'],
    ];
    for (const [round, [override, field]] of cases.entries()) {
      const { reportPositions } = await app.ok(REPORT_POSITIONS, { positions: batch(override) }, driver.token);
      // The first round stores the 99 others; later rounds find them stored already.
      expect(reportPositions).toMatchObject({ accepted: round === 0 ? 99 : 0, duplicates: round === 0 ? 0 : 99, refused: [{ index: 57, code: 'BAD_USER_INPUT', field }] });
      expect(reportPositions.refused[0].message).toContain(field);
    }
    expect(await app.sql("SELECT 1 FROM driver_positions WHERE driver_id = $1 AND client_id = 'm57'", [driver.id])).toHaveLength(0);
    expect(await app.sql('SELECT 1 FROM driver_positions WHERE driver_id = $1', [driver.id])).toHaveLength(99);
    // Within the allowed clock skew the same batch is fine: the one left out goes in now.
    const skewed = await app.ok(REPORT_POSITIONS, { positions: batch({ recordedAt: new Date(Date.now() + 4 * 60_000).toISOString() }) }, driver.token);
    expect(skewed.reportPositions).toEqual({ accepted: 1, duplicates: 99, refused: [] });
  });

  it("refuses another tenant's driver by position and stores the rest of the batch", async () => {
    const mine = await givenDriver(app, tenant.adminToken);
    const other = await givenTenant(app);
    const theirs = await givenDriver(app, other.adminToken);
    const { createApiKey } = await app.ok(CREATE_API_KEY, { name: 'telematics' }, tenant.adminToken);
    const recordedAt = at(1);
    const p = (clientId: string, driverId: string) => ({ clientId, driverId, latitude: 1, longitude: 1, recordedAt });
    for (const [round, stranger] of [theirs.id, '00000000-0000-4000-8000-000000000000'].entries()) {
      const { reportPositions } = await app.ok(REPORT_POSITIONS, { positions: [p('t1', mine.id), p('t2', mine.id), p('t3', stranger), p('t4', stranger)] }, createApiKey.key);
      expect(reportPositions).toMatchObject({
        accepted: round === 0 ? 2 : 0,
        refused: [
          { index: 2, code: 'BAD_USER_INPUT', field: 'positions[2].driverId' },
          { index: 3, code: 'BAD_USER_INPUT', field: 'positions[3].driverId' },
        ],
      });
    }
    expect(await app.sql('SELECT 1 FROM driver_positions WHERE driver_id = $1', [mine.id])).toHaveLength(2);
    expect(await app.sql('SELECT 1 FROM driver_positions WHERE driver_id = $1', [theirs.id])).toHaveLength(0);
  });

  it("tells the live bus each driver's new latest position of a batch, once, after it is stored", async () => {
    const a = await givenDriver(app, tenant.adminToken);
    const b = await givenDriver(app, tenant.adminToken);
    const { createApiKey } = await app.ok(CREATE_API_KEY, { name: 'fleet' }, tenant.adminToken);
    const heard: Array<{ driverId: string; latitude: number }> = [];
    const visible: Array<Promise<unknown[]>> = [];
    await app.server.services.bus.subscribe(Topic.DRIVER_POSITION, (p) => {
      if (p.driverId !== a.id && p.driverId !== b.id) return;
      heard.push({ driverId: p.driverId, latitude: p.latitude });
      // Committed by then: another connection sees the position.
      visible.push(app.sql('SELECT 1 FROM driver_positions WHERE driver_id = $1 AND latitude = $2', [p.driverId, p.latitude]));
    });
    const p = (clientId: string, driverId: string, latitude: number, minutesAgo: number) => ({ clientId, driverId, latitude, longitude: 1, heading: 10, speedKmh: 50, recordedAt: at(minutesAgo) });
    // Out of order inside the batch: the newest is not the last sent.
    const batch = [p('a1', a.id, 10, 5), p('a2', a.id, 11, 1), p('a3', a.id, 12, 3), p('b1', b.id, 20, 2), p('b2', b.id, 21, 4)];
    await app.ok(REPORT_POSITIONS, { positions: batch }, createApiKey.key);
    expect([...heard].sort((x, y) => x.latitude - y.latitude)).toEqual([
      { driverId: a.id, latitude: 11 },
      { driverId: b.id, latitude: 20 },
    ]);
    for (const rows of await Promise.all(visible)) expect(rows).toHaveLength(1);
    // A replay stores nothing and tells no one; a new latest position among duplicates is told.
    heard.length = 0;
    await app.ok(REPORT_POSITIONS, { positions: batch }, createApiKey.key);
    expect(heard).toEqual([]);
    await app.ok(REPORT_POSITIONS, { positions: [...batch, p('a4', a.id, 13, 0)] }, createApiKey.key);
    expect(heard.map((h) => h.latitude)).toEqual([13]);
    // A late position, older than the latest stored, is kept but moves no marker.
    heard.length = 0;
    const late = await app.ok(REPORT_POSITIONS, { positions: [p('a5', a.id, 14, 30), p('b3', b.id, 22, 0)] }, createApiKey.key);
    expect(late.reportPositions.accepted).toBe(2);
    expect(heard).toEqual([{ driverId: b.id, latitude: 22 }]);
  });

  it('stores a batch in two statements, whatever its size, when no consignment of the driver is in transit', async () => {
    const driver = await givenDriver(app, tenant.adminToken);
    const counts: number[] = [];
    for (const size of [1, 100, 1000]) {
      const batch = Array.from({ length: size }, (_, i) => ({ clientId: `s${size}-${i}`, latitude: 50, longitude: 8, recordedAt: at(1) }));
      await app.server.services.eta.idle();
      const before = app.server.db.queries.inRequests;
      expect((await app.ok(REPORT_POSITIONS, { positions: batch }, driver.token)).reportPositions.accepted).toBe(size);
      await app.server.services.eta.idle();
      counts.push(app.server.db.queries.inRequests - before);
    }
    // The driver token's look-up, then the batch.
    expect(counts).toEqual([2, 2, 2]);
  });

  it('refuses a driver reporting for another driver', async () => {
    const me = await givenDriver(app, tenant.adminToken);
    const other = await givenDriver(app, tenant.adminToken);
    const { reportPositions } = await app.ok(REPORT_POSITIONS, { positions: [{ clientId: 'x', driverId: other.id, latitude: 1, longitude: 1, recordedAt: at(1) }] }, me.token);
    expect(reportPositions).toMatchObject({ accepted: 0, refused: [{ index: 0, code: 'FORBIDDEN', field: 'positions[0].driverId' }] });
    expect(await app.sql('SELECT 1 FROM driver_positions WHERE driver_id = ANY($1::uuid[])', [[me.id, other.id]])).toHaveLength(0);
  });
});

describe('recordPalletScans', () => {
  it('is idempotent by client id and checks the stop belongs to the consignment', async () => {
    const [c, d] = await givenConsignments(app, tenant.adminToken, 2);
    const scans: PalletScanInput[] = [
      { clientId: 'sc-1', consignmentId: c.id, stopId: c.stops[0].id, palletBarcode: 'P-1', event: 'LOADED', scannedAt: at(5) },
      { clientId: 'sc-2', consignmentId: c.id, palletBarcode: 'P-2', event: 'DAMAGED', scannedAt: at(4) },
    ];
    expect((await app.ok(RECORD_PALLET_SCANS, { scans }, tenant.adminToken)).recordPalletScans).toEqual({ accepted: 2, duplicates: 0, refused: [] });
    expect((await app.ok(RECORD_PALLET_SCANS, { scans }, tenant.adminToken)).recordPalletScans).toEqual({ accepted: 0, duplicates: 2, refused: [] });
    const wrongStop = await app.ok(RECORD_PALLET_SCANS, { scans: [{ ...scans[0], clientId: 'sc-3', stopId: d.stops[0].id }] }, tenant.adminToken);
    expect(wrongStop.recordPalletScans).toMatchObject({ accepted: 0, refused: [{ index: 0, field: 'scans[0].stopId' }] });
    const { consignment } = await app.ok(PALLET_SCANS, { id: c.id }, tenant.adminToken);
    expect(consignment?.palletScans).toEqual([
      { palletBarcode: 'P-1', event: 'LOADED' },
      { palletBarcode: 'P-2', event: 'DAMAGED' },
    ]);
  });
});
