import {
  ADD_NOTE,
  COUNT_CONSIGNMENTS,
  CREATE_API_KEY,
  CREATE_DRIVER,
  CREATE_ORDER,
  CREATE_TRACKING_LINK,
  LOGIN,
  RECORD_PALLET_SCANS,
  REPORT_POSITIONS,
  type PositionInput,
} from './documents';
import { consignmentInput, givenConsignment, givenDriver, givenTenant, position, stop, type TenantFixture } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import type { GqlResult } from './typed-document';

// Hostile and broken input: NUL characters, numbers and times out of range, malformed and
// oversized bodies. Each is BAD_USER_INPUT naming the field (or a clear 4xx), never a 500, and a
// batch of positions or scans stores its good items and says which ones it refused, by index.

let app: TestApp;
let tenant: TenantFixture;
let consignmentId: string;
beforeAll(async () => {
  app = await startTestApp();
  tenant = await givenTenant(app, { tracking: true });
  consignmentId = (await givenConsignment(app, tenant.adminToken)).id;
});
afterAll(() => app.close());

const NUL = 'a\u0000b';

function refusedAt<T>(result: GqlResult<T>, field: RegExp): void {
  expect(result.status).toBeLessThan(500);
  expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: expect.stringMatching(field) });
}

describe('NUL characters', () => {
  it('in an order reference, a stop name, a note, a search or a driver name are refused naming the field', async () => {
    const order = (input: Parameters<typeof consignmentInput>[0], reference = `ORD-${Date.now()}`) => ({ input: { reference, consignments: [consignmentInput(input)] } });
    refusedAt(await app.gql(CREATE_ORDER, order({}, `ORD-${NUL}`), tenant.adminToken), /^input\.reference$/);
    refusedAt(await app.gql(CREATE_ORDER, order({ stops: [stop('PICKUP', { name: NUL }), stop('DELIVERY')] }), tenant.adminToken), /^input\.consignments\[0\]\.stops\[0\]\.name$/);
    refusedAt(await app.gql(ADD_NOTE, { consignmentId, input: { scope: 'CUSTOMER', text: NUL } }, tenant.adminToken), /^input\.text$/);
    refusedAt(await app.gql(COUNT_CONSIGNMENTS, { filter: { search: NUL } }, tenant.adminToken), /^filter\.search$/);
    refusedAt(await app.gql(CREATE_DRIVER, { input: { name: NUL } }, tenant.adminToken), /^input\.name$/);
  });

  it('in a login email is refused naming the field, before any look-up', async () => {
    refusedAt(await app.gql(LOGIN, { email: `x${NUL}@test.local`, password: 'whatever-long-1' }), /^email$/);
  });
});

describe('a batch of positions', () => {
  const now = Date.now();
  const good = (id: string, more: Partial<PositionInput> = {}) => position(id, 51, 5, { recordedAt: new Date(now - 60_000).toISOString(), ...more });

  it('stores the good positions and refuses each bad one by index, with why', async () => {
    const driver = await givenDriver(app, tenant.adminToken);
    const batch = [
      good('h-0'),
      good(`h${NUL}1`),
      good('h-2'),
      good('h-3', { accuracyM: 1e308 }),
      good('h-4', { recordedAt: '0000-01-01T00:00:00.000Z' }),
      good('h-5', { recordedAt: new Date(now + 10 * 60_000).toISOString() }),
      good('h-6', { latitude: 200 }),
      good('h-7'),
    ];
    const { reportPositions } = await app.ok(REPORT_POSITIONS, { positions: batch }, driver.token);
    expect([reportPositions.accepted, reportPositions.duplicates]).toEqual([3, 0]);
    expect(reportPositions.refused.map((r) => [r.index, r.code, r.field])).toEqual([
      [1, 'BAD_USER_INPUT', 'positions[1].clientId'],
      [3, 'BAD_USER_INPUT', 'positions[3].accuracyM'],
      [4, 'BAD_USER_INPUT', 'positions[4].recordedAt'],
      [5, 'BAD_USER_INPUT', 'positions[5].recordedAt'],
      [6, 'BAD_USER_INPUT', 'positions[6].latitude'],
    ]);
    expect(reportPositions.refused[4].message).toMatch(/latitude/);
    const stored = await app.sql<{ client_id: string }>('SELECT client_id FROM driver_positions WHERE driver_id = $1 ORDER BY client_id', [driver.id]);
    expect(stored.map((r) => r.client_id)).toEqual(['h-0', 'h-2', 'h-7']);
    // The app's retry of the same batch stores nothing twice and refuses the same ones.
    const again = (await app.ok(REPORT_POSITIONS, { positions: batch }, driver.token)).reportPositions;
    expect([again.accepted, again.duplicates, again.refused.length]).toEqual([0, 3, 5]);
  });

  it("refuses another tenant's driver by index and stores the rest", async () => {
    const other = await givenTenant(app);
    const stranger = await givenDriver(app, other.adminToken, 'Stranger');
    const mine = await givenDriver(app, tenant.adminToken, 'Mine');
    const { createApiKey } = await app.ok(CREATE_API_KEY, { name: 'fleet' }, tenant.adminToken);
    const { reportPositions } = await app.ok(
      REPORT_POSITIONS,
      { positions: [good('t-0', { driverId: mine.id }), good('t-1', { driverId: stranger.id }), good('t-2', { driverId: mine.id })] },
      createApiKey.key,
    );
    expect(reportPositions).toMatchObject({ accepted: 2, duplicates: 0, refused: [{ index: 1, field: 'positions[1].driverId' }] });
    expect(await app.sql('SELECT 1 FROM driver_positions WHERE driver_id = $1', [stranger.id])).toHaveLength(0);
  });
});

it('a batch of pallet scans stores the good scans and refuses each bad one by index', async () => {
  const scannedAt = new Date().toISOString();
  const scan = (clientId: string, more: { palletBarcode?: string; consignmentId?: string; scannedAt?: string } = {}) => ({ clientId, consignmentId, palletBarcode: 'P-1', event: 'LOADED' as const, scannedAt, ...more });
  const { recordPalletScans } = await app.ok(
    RECORD_PALLET_SCANS,
    { scans: [scan('s-0'), scan('s-1', { palletBarcode: NUL }), scan('s-2', { consignmentId: '00000000-0000-4000-8000-000000000000' }), scan('s-3', { scannedAt: '0000-01-01T00:00:00.000Z' }), scan('s-4')] },
    tenant.adminToken,
  );
  expect(recordPalletScans.accepted).toBe(2);
  expect(recordPalletScans.refused.map((r) => [r.index, r.field])).toEqual([
    [1, 'scans[1].palletBarcode'],
    [2, 'scans[2].consignmentId'],
    [3, 'scans[3].scannedAt'],
  ]);
});

it('refuses a link made already expired, and a stop time before 2000', async () => {
  refusedAt(
    await app.gql(CREATE_TRACKING_LINK, { consignmentId, input: { recipientEmail: 'late@example.com', expiresAt: new Date(Date.now() - 60_000).toISOString() } }, tenant.adminToken),
    /^input\.expiresAt$/,
  );
  const old = consignmentInput({ stops: [stop('PICKUP', { plannedArrival: '1970-01-01T00:00:00.000Z' }), stop('DELIVERY')] });
  refusedAt(await app.gql(CREATE_ORDER, { input: { reference: 'ORD-OLD', consignments: [old] } }, tenant.adminToken), /plannedArrival$/);
});

describe('/graphql bodies', () => {
  const codeOf = async (res: Response) => ((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code;

  it('answers malformed JSON in JSON, 400', async () => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await codeOf(res)).toBe('BAD_REQUEST');
  });

  it('answers an oversized body in JSON, 413', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(2 * 1024 * 1024) } }),
    });
    expect(res.status).toBe(413);
    expect(await codeOf(res)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers staff data and staff errors with Cache-Control: no-store', async () => {
    const post = (body: unknown, token?: string) =>
      fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
    const data = await post({ query: '{ consignments(first: 1) { edges { cursor } } }' }, tenant.adminToken);
    expect(data.status).toBe(200);
    expect(data.headers.get('cache-control')).toBe('no-store');
    const refused = await post({ query: '{ consignments(first: 1) { edges { cursor } } }' });
    expect(((await refused.json()) as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0);
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });
});
