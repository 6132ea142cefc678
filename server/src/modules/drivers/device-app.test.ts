import { givenDriver, givenTenant, type TenantFixture } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { doc } from '../../../test/typed-document';
import { REPORT_POSITIONS } from '../../../test/documents';

// Traccar Client (JSON, versions ≥ 9) and the OsmAnd protocol, as traccar.org documents them,
// sent over real HTTP to the real app with a driver's device key.
let app: TestApp;
let tenant: TenantFixture;
const logLines: string[] = [];
beforeAll(async () => {
  // Every request's line too (debug), to show that none names the key.
  app = await startTestApp({ LOG_LEVEL: 'debug' }, undefined, { logSink: (line) => logLines.push(line) });
  tenant = await givenTenant(app);
});
afterAll(() => app.close());

const CREATE_KEY = doc<{ createDriverDeviceKey: { deviceKey: string; url: string; driver: { id: string; deviceKeyCreatedAt: string | null; deviceAppUrl: string } } }, { driverId: string }>(
  'mutation($driverId: ID!) { createDriverDeviceKey(driverId: $driverId) { deviceKey url driver { id deviceKeyCreatedAt deviceAppUrl } } }',
);
const REVOKE_KEY = doc<{ revokeDriverDeviceKey: { deviceKeyCreatedAt: string | null } }, { driverId: string }>(
  'mutation($driverId: ID!) { revokeDriverDeviceKey(driverId: $driverId) { deviceKeyCreatedAt } }',
);

async function givenDeviceKey() {
  const driver = await givenDriver(app, tenant.adminToken);
  const { createDriverDeviceKey } = await app.ok(CREATE_KEY, { driverId: driver.id }, tenant.adminToken);
  return { driver, key: createDriverDeviceKey.deviceKey, url: createDriverDeviceKey.url };
}

const endpoint = () => `${app.url}/driver-app/positions`;
const stored = (driverId: string) =>
  app.sql<{ client_id: string; latitude: number; longitude: number; speed_kmh: number | null; heading: number | null; accuracy_m: number | null; recorded_at: Date }>(
    'SELECT client_id, latitude, longitude, speed_kmh, heading, accuracy_m, recorded_at FROM driver_positions WHERE driver_id = $1 ORDER BY recorded_at',
    [driverId],
  );
const minutesAgo = (m: number) => new Date(Math.floor(Date.now() / 1000) * 1000 - m * 60_000);

/** Traccar Client's body, as it sends it (transistorsoft background-geolocation's location). */
function traccarBody(deviceId: string, at: Date, coords: Record<string, unknown> = {}) {
  return {
    location: {
      timestamp: at.toISOString(),
      coords: { latitude: 52.3676, longitude: 4.9041, accuracy: 5.1, speed: 12.5, heading: 87.3, altitude: 3.2, ...coords },
      is_moving: true,
      odometer: 1204.5,
      event: 'motionchange',
      battery: { level: 0.82, is_charging: false },
      activity: { type: 'in_vehicle' },
      extras: {},
    },
    device_id: deviceId,
  };
}

const postJson = (body: unknown) => fetch(endpoint(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('device keys', () => {
  it('is shown once with the URL to type in, stored only as a hash, and can be revoked', async () => {
    const driver = await givenDriver(app, tenant.adminToken);
    const { createDriverDeviceKey: made } = await app.ok(CREATE_KEY, { driverId: driver.id }, tenant.adminToken);
    expect(made.deviceKey).toMatch(/^[a-z2-9]{20}$/);
    expect(made.url).toBe(`${new URL(made.url).origin}/driver-app/positions`);
    expect(made.driver.deviceAppUrl).toBe(made.url);
    expect(made.driver.deviceKeyCreatedAt).not.toBeNull();
    const [row] = await app.sql<{ device_key_hash: string }>('SELECT device_key_hash FROM drivers WHERE id = $1', [driver.id]);
    expect(row.device_key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await app.sql('SELECT * FROM drivers WHERE id = $1', [driver.id]))).not.toContain(made.deviceKey);

    expect((await postJson(traccarBody(made.deviceKey, minutesAgo(2)))).status).toBe(200);
    // A new key replaces the old one.
    const { createDriverDeviceKey: again } = await app.ok(CREATE_KEY, { driverId: driver.id }, tenant.adminToken);
    expect((await postJson(traccarBody(made.deviceKey, minutesAgo(1)))).status).toBe(401);
    expect((await postJson(traccarBody(again.deviceKey, minutesAgo(1)))).status).toBe(200);
    expect((await app.ok(REVOKE_KEY, { driverId: driver.id }, tenant.adminToken)).revokeDriverDeviceKey.deviceKeyCreatedAt).toBeNull();
    const refused = await postJson(traccarBody(again.deviceKey, minutesAgo(0.5)));
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: expect.stringMatching(/Unknown or revoked device identifier/) } });
    expect(await stored(driver.id)).toHaveLength(2);
  });

  it('is another tenant\'s business: its drivers are not found', async () => {
    const other = await givenTenant(app);
    const driver = await givenDriver(app, tenant.adminToken);
    const res = await app.gql(CREATE_KEY, { driverId: driver.id }, other.adminToken);
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('Traccar Client JSON', () => {
  it('stores the position with its speed in km/h, idempotent by timestamp', async () => {
    const { driver, key } = await givenDeviceKey();
    const at = minutesAgo(3);
    const res = await postJson(traccarBody(key, at));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ accepted: 1, duplicates: 0, refused: [] });
    const replay = await postJson(traccarBody(key, at));
    expect(await replay.json()).toEqual({ accepted: 0, duplicates: 1, refused: [] });
    const [p, ...rest] = await stored(driver.id);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ client_id: `device:${at.toISOString()}`, latitude: 52.3676, longitude: 4.9041, recorded_at: at });
    expect(p.speed_kmh).toBeCloseTo(45, 3);
    expect(p.heading).toBeCloseTo(87.3, 3);
    expect(p.accuracy_m).toBeCloseTo(5.1, 3);
  });

  it('takes an array of locations (a phone catching up) and unknown values (-1) as unknown', async () => {
    const { driver, key } = await givenDeviceKey();
    const body = traccarBody(key, minutesAgo(5), { speed: -1, heading: -1 });
    const second = traccarBody(key, minutesAgo(4)).location;
    const res = await postJson({ ...body, location: [body.location, second] });
    expect(await res.json()).toEqual({ accepted: 2, duplicates: 0, refused: [] });
    const rows = await stored(driver.id);
    expect(rows.map((r) => [r.speed_kmh, r.heading])).toEqual([[null, null], [45, expect.closeTo(87.3, 3)]]);
  });

  const malformed: Array<[string, (key: string) => unknown, string, RegExp]> = [
    ['no coords', (key) => ({ location: { timestamp: minutesAgo(1).toISOString() }, device_id: key }), 'location.coords', /latitude and longitude/],
    ['a latitude out of range', (key) => traccarBody(key, minutesAgo(1), { latitude: 123 }), 'location.coords.latitude', /between -90 and 90/],
    ['a latitude that is not a number', (key) => traccarBody(key, minutesAgo(1), { latitude: 'north' }), 'location.coords.latitude', /must be a number/],
    ['a bad timestamp', (key) => ({ ...traccarBody(key, minutesAgo(1)), location: { ...traccarBody(key, minutesAgo(1)).location, timestamp: 'yesterday' } }), 'location.timestamp', /ISO 8601/],
    ['a time in the future', (key) => traccarBody(key, new Date(Date.now() + 3_600_000)), 'location.timestamp', /recordedAt|future|after/i],
    ['no device id', () => ({ location: traccarBody('x', minutesAgo(1)).location }), 'device_id', /required/],
  ];
  it.each(malformed)('refuses %s with a 400 naming the field', async (_, body, field, message) => {
    const { driver, key } = await givenDeviceKey();
    const res = await postJson(body(key));
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: { code: string; field: string; message: string } };
    expect(json.error).toMatchObject({ code: 'BAD_REQUEST', field });
    expect(json.error.message).toMatch(message);
    expect(await stored(driver.id)).toEqual([]);
  });

  it('refuses a body that is not JSON, and one too large, with what is wrong', async () => {
    const bad = await fetch(endpoint(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"location": ' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('BAD_REQUEST');
    const big = await fetch(endpoint(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pad: 'x'.repeat(70_000) }) });
    expect(big.status).toBe(413);
  });
});

describe('OsmAnd protocol', () => {
  it('takes the query string as Traccar documents it: speed in knots, timestamp in seconds', async () => {
    const { driver, key } = await givenDeviceKey();
    const at = minutesAgo(6);
    const query = `id=${key}&lat=52.3702&lon=4.8952&timestamp=${at.getTime() / 1000}&hdop=0.9&altitude=2.0&speed=10.0&bearing=180&accuracy=7&batt=76`;
    const res = await fetch(`${endpoint()}?${query}`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ accepted: 1, duplicates: 0, refused: [] });
    // GET works as well (older OsmAnd); the same time is the same position.
    const replay = await fetch(`${endpoint()}?${query.replace(`id=${key}`, `deviceid=${key}`)}`);
    expect(await replay.json()).toEqual({ accepted: 0, duplicates: 1, refused: [] });
    const [p] = await stored(driver.id);
    expect(p).toMatchObject({ client_id: `device:${at.toISOString()}`, latitude: 52.3702, longitude: 4.8952, recorded_at: at });
    expect(p.speed_kmh).toBeCloseTo(18.52, 3);
    expect(p.heading).toBe(180);
    expect(p.accuracy_m).toBe(7);
  });

  it('takes form parameters and an ISO timestamp, and is the same position as the JSON of the same time', async () => {
    const { driver, key } = await givenDeviceKey();
    const at = minutesAgo(7);
    const form = new URLSearchParams({ id: key, lat: '52.1', lon: '5.1', timestamp: at.toISOString(), heading: '90' });
    const res = await fetch(endpoint(), { method: 'POST', body: form });
    expect(await res.json()).toEqual({ accepted: 1, duplicates: 0, refused: [] });
    expect(await (await postJson(traccarBody(key, at))).json()).toEqual({ accepted: 0, duplicates: 1, refused: [] });
    expect((await stored(driver.id)).map((r) => r.heading)).toEqual([90]);
  });

  const malformed: Array<[string, (key: string) => string, string, RegExp]> = [
    ['no id', () => 'lat=52&lon=4&timestamp=1700000000', 'id', /required/],
    ['no lat', (key) => `id=${key}&lon=4&timestamp=${Math.floor(Date.now() / 1000)}`, 'lat', /required/],
    ['a longitude out of range', (key) => `id=${key}&lat=52&lon=200&timestamp=${Math.floor(Date.now() / 1000)}`, 'lon', /between -180 and 180/],
    ['a speed that is not a number', (key) => `id=${key}&lat=52&lon=4&speed=fast&timestamp=${Math.floor(Date.now() / 1000)}`, 'speed', /must be a number/],
    ['no timestamp', (key) => `id=${key}&lat=52&lon=4`, 'timestamp', /required/],
    ['a bearing over 360', (key) => `id=${key}&lat=52&lon=4&bearing=400&timestamp=${Math.floor(Date.now() / 1000)}`, 'bearing', /360/],
    ['a timestamp before 2000', (key) => `id=${key}&lat=52&lon=4&timestamp=1000`, 'timestamp', /2000/],
  ];
  it.each(malformed)('refuses %s with a 400 naming the parameter', async (_, query, field, message) => {
    const { driver, key } = await givenDeviceKey();
    const res = await fetch(`${endpoint()}?${query(key)}`, { method: 'POST' });
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: { code: string; field: string; message: string } };
    expect(json.error).toMatchObject({ code: 'BAD_REQUEST', field });
    expect(json.error.message).toMatch(message);
    expect(await stored(driver.id)).toEqual([]);
  });

  it('never writes the device key to the server log', async () => {
    const { key } = await givenDeviceKey();
    await fetch(`${endpoint()}?id=${key}&lat=52&lon=4&timestamp=${Math.floor(Date.now() / 1000) - 30}`);
    await fetch(`${endpoint()}?id=${key}&lat=520&lon=4&timestamp=${Math.floor(Date.now() / 1000) - 30}`);
    const lines = logLines.join('\n');
    expect(lines).toContain('/driver-app/positions');
    expect(lines).not.toContain(key);
  });
});

describe('the same driver through reportPositions', () => {
  it('shares the client ids: a position sent by both is stored once', async () => {
    const { driver, key } = await givenDeviceKey();
    const at = minutesAgo(8);
    await postJson(traccarBody(key, at));
    const { reportPositions } = await app.ok(
      REPORT_POSITIONS,
      { positions: [{ clientId: `device:${at.toISOString()}`, driverId: driver.id, latitude: 52.3676, longitude: 4.9041, recordedAt: at.toISOString() }] },
      tenant.adminToken,
    );
    expect(reportPositions).toMatchObject({ accepted: 0, duplicates: 1 });
  });
});
