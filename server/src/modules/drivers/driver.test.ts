import { createConsignments, createDriver, createTenant, type TenantFixture } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';

let app: TestApp;
let tenant: TenantFixture;
beforeAll(async () => {
  app = await startTestApp();
  tenant = await createTenant(app);
});
afterAll(() => app.close());

const REPORT = 'mutation($p: [PositionInput!]!) { reportPositions(positions: $p) { accepted duplicates } }';
const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();

describe('reportPositions', () => {
  it('counts a replayed batch as duplicates and stores nothing twice', async () => {
    const driver = await createDriver(app, tenant.adminToken);
    const batch = [
      { clientId: 'a', latitude: 51.0, longitude: 5.0, recordedAt: at(3), speedKmh: 80, heading: 90 },
      { clientId: 'b', latitude: 51.1, longitude: 5.1, recordedAt: at(2) },
      { clientId: 'b', latitude: 51.1, longitude: 5.1, recordedAt: at(2) },
    ];
    expect((await app.ok(REPORT, { p: batch }, driver.token)).reportPositions).toEqual({ accepted: 2, duplicates: 1 });
    expect((await app.ok(REPORT, { p: batch }, driver.token)).reportPositions).toEqual({ accepted: 0, duplicates: 3 });
    const rows = await app.sql('SELECT client_id FROM driver_positions WHERE driver_id = $1 ORDER BY client_id', [driver.id]);
    expect(rows.map((r) => r.client_id)).toEqual(['a', 'b']);
  });

  it('stores out-of-order positions, and the latest is the greatest recordedAt, not the last to arrive', async () => {
    const driver = await createDriver(app, tenant.adminToken);
    const [c] = await createConsignments(app, tenant.adminToken);
    await app.ok(`mutation { assignDriver(consignmentId: "${c.id}", driverId: "${driver.id}") { id } }`, {}, tenant.adminToken);
    await app.ok(REPORT, { p: [{ clientId: 'new', latitude: 52, longitude: 6, recordedAt: at(1) }] }, driver.token);
    await app.ok(REPORT, { p: [{ clientId: 'old', latitude: 50, longitude: 4, recordedAt: at(10) }] }, driver.token);
    expect(await app.sql('SELECT 1 FROM driver_positions WHERE driver_id = $1', [driver.id])).toHaveLength(2);
    const { consignment } = await app.ok(`{ consignment(id: "${c.id}") { driverPosition { latitude longitude } driver { latestPosition { latitude } } } }`, {}, tenant.adminToken);
    expect(consignment.driverPosition).toEqual({ latitude: 52, longitude: 6 });
    expect(consignment.driver.latestPosition.latitude).toBe(52);
  });

  it('takes positions from an API key for a named driver of the tenant', async () => {
    const driver = await createDriver(app, tenant.adminToken);
    const { createApiKey } = await app.ok('mutation { createApiKey(name: "telematics") { key } }', {}, tenant.adminToken);
    const missing = await app.gql(REPORT, { p: [{ clientId: 'k1', latitude: 1, longitude: 1, recordedAt: at(1) }] }, createApiKey.key);
    expect(missing.errors?.[0].extensions?.field).toBe('positions[0].driverId');
    const res = await app.ok(REPORT, { p: [{ clientId: 'k1', driverId: driver.id, latitude: 1, longitude: 1, recordedAt: at(1) }] }, createApiKey.key);
    expect(res.reportPositions.accepted).toBe(1);
  });

  it('refuses a bad position by name and stores none of the batch', async () => {
    const driver = await createDriver(app, tenant.adminToken);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ latitude: 200 }, 'positions[1].latitude'],
      [{ longitude: 181 }, 'positions[1].longitude'],
      [{ heading: 400 }, 'positions[1].heading'],
      [{ recordedAt: new Date(Date.now() + 3_600_000).toISOString() }, 'positions[1].recordedAt'],
      [{ clientId: '' }, 'positions[1].clientId'],
    ];
    for (const [override, field] of cases) {
      const res = await app.gql(
        REPORT,
        { p: [{ clientId: 'ok', latitude: 1, longitude: 1, recordedAt: at(1) }, { clientId: 'bad', latitude: 1, longitude: 1, recordedAt: at(1), ...override }] },
        driver.token,
      );
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await app.sql('SELECT 1 FROM driver_positions WHERE driver_id = $1', [driver.id])).toHaveLength(0);
  });

  it('refuses a driver reporting for another driver', async () => {
    const me = await createDriver(app, tenant.adminToken);
    const other = await createDriver(app, tenant.adminToken);
    const res = await app.gql(REPORT, { p: [{ clientId: 'x', driverId: other.id, latitude: 1, longitude: 1, recordedAt: at(1) }] }, me.token);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('recordPalletScans', () => {
  it('is idempotent by client id and checks the stop belongs to the consignment', async () => {
    const [c, d] = await createConsignments(app, tenant.adminToken, 2);
    const SCAN = 'mutation($s: [PalletScanInput!]!) { recordPalletScans(scans: $s) { accepted duplicates } }';
    const scans = [
      { clientId: 'sc-1', consignmentId: c.id, stopId: c.stops[0].id, palletBarcode: 'P-1', event: 'LOADED', scannedAt: at(5) },
      { clientId: 'sc-2', consignmentId: c.id, palletBarcode: 'P-2', event: 'DAMAGED', scannedAt: at(4) },
    ];
    expect((await app.ok(SCAN, { s: scans }, tenant.adminToken)).recordPalletScans).toEqual({ accepted: 2, duplicates: 0 });
    expect((await app.ok(SCAN, { s: scans }, tenant.adminToken)).recordPalletScans).toEqual({ accepted: 0, duplicates: 2 });
    const wrongStop = await app.gql(SCAN, { s: [{ ...scans[0], clientId: 'sc-3', stopId: d.stops[0].id }] }, tenant.adminToken);
    expect(wrongStop.errors?.[0].extensions?.field).toBe('scans[0].stopId');
    const { consignment } = await app.ok(`{ consignment(id: "${c.id}") { palletScans { palletBarcode event } } }`, {}, tenant.adminToken);
    expect(consignment.palletScans).toEqual([
      { palletBarcode: 'P-1', event: 'LOADED' },
      { palletBarcode: 'P-2', event: 'DAMAGED' },
    ]);
  });
});
