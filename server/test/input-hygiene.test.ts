import { startTestApp, type TestApp } from './harness';

// Hostile and broken input: NUL characters, numbers and times out of range, malformed and
// oversized bodies. Each is BAD_USER_INPUT naming the field (or a clear 4xx), never a 500, and a
// batch of positions or scans stores its good items and says which ones it refused, by index.

let app: TestApp;
let admin: string;
let driverToken: string;
let consignmentId: string;
beforeAll(async () => {
  app = await startTestApp();
  const platform = await app.login('platform@test.local', 'platform-pass-1');
  const { createTenant } = await app.ok(
    'mutation($i: CreateTenantInput!) { createTenant(input: $i) { id } }',
    { i: { name: 'Hygiene Haulage', country: 'NL', adminEmail: 'hygiene@test.local', adminPassword: 'admin-pass-1' } },
    platform,
  );
  await app.ok('mutation($t: ID!) { setTrackingIntegration(tenantId: $t, enabled: true) { id } }', { t: createTenant.id }, platform);
  admin = await app.login('hygiene@test.local', 'admin-pass-1');
  const order = await app.ok('mutation($i: CreateOrderInput!) { createOrder(input: $i) { consignments { id } } }', { i: orderInput('ORD-OK') }, admin);
  consignmentId = order.createOrder.consignments[0].id;
  driverToken = (await app.ok('mutation($i: CreateDriverInput!) { createDriver(input: $i) { token } }', { i: { name: 'Hygiene Driver' } }, admin)).createDriver.token;
});
afterAll(() => app.close());

function orderInput(reference: string, stopName = 'Rotterdam') {
  return {
    reference,
    consignments: [
      {
        reference: `${reference}-1`,
        stops: [
          { type: 'PICKUP', name: stopName, latitude: 51.95, longitude: 4.04, timezone: 'Europe/Amsterdam' },
          { type: 'DELIVERY', name: 'Munich', latitude: 48.14, longitude: 11.46, timezone: 'Europe/Berlin' },
        ],
      },
    ],
  };
}

const NUL = 'a\u0000b';

async function refusedAt(query: string, variables: Record<string, unknown>, token: string | null, field: RegExp) {
  const result = await app.gql(query, variables, token);
  expect(result.status).toBeLessThan(500);
  expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: expect.stringMatching(field) });
  return result;
}

describe('NUL characters', () => {
  it.each([
    ['an order reference', 'mutation($i: CreateOrderInput!) { createOrder(input: $i) { id } }', () => ({ i: orderInput(`ORD-${NUL}`) }), /^input\.reference$/],
    ['a stop name', 'mutation($i: CreateOrderInput!) { createOrder(input: $i) { id } }', () => ({ i: orderInput('ORD-NUL-STOP', NUL) }), /^input\.consignments\[0\]\.stops\[0\]\.name$/],
    ['a note', 'mutation($c: ID!, $t: String!) { addConsignmentNote(consignmentId: $c, input: { scope: CUSTOMER, text: $t }) { id } }', () => ({ c: consignmentId, t: NUL }), /^input\.text$/],
    ['a search', 'query($s: String!) { consignments(filter: { search: $s }) { totalCount } }', () => ({ s: NUL }), /^filter\.search$/],
    ['a driver name', 'mutation($i: CreateDriverInput!) { createDriver(input: $i) { token } }', () => ({ i: { name: NUL } }), /^input\.name$/],
  ])('in %s is refused naming the field', async (_what, query, variables, field) => {
    await refusedAt(query, variables(), admin, field);
  });

  it('in a login email is refused naming the field, before any look-up', async () => {
    await refusedAt('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: `x${NUL}@test.local`, p: 'whatever-long-1' }, null, /^email$/);
  });
});

describe('a batch of positions', () => {
  const REPORT = 'mutation($p: [PositionInput!]!) { reportPositions(positions: $p) { accepted duplicates refused { index code field message } } }';
  const now = Date.now();
  const good = (id: string, secondsAgo = 60) => ({ clientId: id, latitude: 51, longitude: 5, recordedAt: new Date(now - secondsAgo * 1000).toISOString() });

  it('stores the good positions and refuses each bad one by index, with why', async () => {
    const batch = [
      good('h-0'),
      { ...good('h-1'), clientId: `h${NUL}1` },
      good('h-2'),
      { ...good('h-3'), accuracyM: 1e308 },
      { ...good('h-4'), recordedAt: '0000-01-01T00:00:00.000Z' },
      { ...good('h-5'), recordedAt: new Date(now + 10 * 60_000).toISOString() },
      { ...good('h-6'), latitude: 200 },
      good('h-7'),
    ];
    const { reportPositions } = await app.ok(REPORT, { p: batch }, driverToken);
    expect(reportPositions.accepted).toBe(3);
    expect(reportPositions.duplicates).toBe(0);
    expect(reportPositions.refused.map((r: { index: number; code: string; field: string }) => [r.index, r.code, r.field])).toEqual([
      [1, 'BAD_USER_INPUT', 'positions[1].clientId'],
      [3, 'BAD_USER_INPUT', 'positions[3].accuracyM'],
      [4, 'BAD_USER_INPUT', 'positions[4].recordedAt'],
      [5, 'BAD_USER_INPUT', 'positions[5].recordedAt'],
      [6, 'BAD_USER_INPUT', 'positions[6].latitude'],
    ]);
    expect(reportPositions.refused[4].message).toMatch(/latitude/);
    const stored = await app.sql<{ client_id: string }>("SELECT client_id FROM driver_positions WHERE client_id LIKE 'h-%' ORDER BY client_id");
    expect(stored.map((r) => r.client_id)).toEqual(['h-0', 'h-2', 'h-7']);
    // The app's retry of the same batch stores nothing twice and refuses the same ones.
    const again = (await app.ok(REPORT, { p: batch }, driverToken)).reportPositions;
    expect([again.accepted, again.duplicates, again.refused.length]).toEqual([0, 3, 5]);
  });

  it("refuses another tenant's driver by index and stores the rest", async () => {
    const platform = await app.login('platform@test.local', 'platform-pass-1');
    const { createTenant } = await app.ok(
      'mutation($i: CreateTenantInput!) { createTenant(input: $i) { id } }',
      { i: { name: 'Other Haulage', country: 'NL', adminEmail: 'other-hygiene@test.local', adminPassword: 'admin-pass-1' } },
      platform,
    );
    expect(createTenant.id).toBeTruthy();
    const other = await app.login('other-hygiene@test.local', 'admin-pass-1');
    const stranger = (await app.ok('mutation($i: CreateDriverInput!) { createDriver(input: $i) { driver { id } } }', { i: { name: 'Stranger' } }, other)).createDriver.driver.id;
    const mine = (await app.ok('mutation($i: CreateDriverInput!) { createDriver(input: $i) { driver { id } } }', { i: { name: 'Mine' } }, admin)).createDriver.driver.id;
    const key = (await app.ok('mutation { createApiKey(name: "fleet") { key } }', {}, admin)).createApiKey.key;
    const { reportPositions } = await app.ok(REPORT, { p: [{ ...good('t-0'), driverId: mine }, { ...good('t-1'), driverId: stranger }, { ...good('t-2'), driverId: mine }] }, key);
    expect(reportPositions).toMatchObject({ accepted: 2, duplicates: 0, refused: [{ index: 1, field: 'positions[1].driverId' }] });
    expect(await app.sql("SELECT 1 FROM driver_positions WHERE client_id = 't-1'")).toHaveLength(0);
  });
});

it('a batch of pallet scans stores the good scans and refuses each bad one by index', async () => {
  const at = new Date().toISOString();
  const scan = (clientId: string, extra: Record<string, unknown> = {}) => ({ clientId, consignmentId, palletBarcode: 'P-1', event: 'LOADED', scannedAt: at, ...extra });
  const { recordPalletScans } = await app.ok(
    'mutation($s: [PalletScanInput!]!) { recordPalletScans(scans: $s) { accepted duplicates refused { index code field } } }',
    { s: [scan('s-0'), scan('s-1', { palletBarcode: NUL }), scan('s-2', { consignmentId: '00000000-0000-4000-8000-000000000000' }), scan('s-3', { scannedAt: '0000-01-01T00:00:00.000Z' }), scan('s-4')] },
    admin,
  );
  expect(recordPalletScans.accepted).toBe(2);
  expect(recordPalletScans.refused.map((r: { index: number; field: string }) => [r.index, r.field])).toEqual([
    [1, 'scans[1].palletBarcode'],
    [2, 'scans[2].consignmentId'],
    [3, 'scans[3].scannedAt'],
  ]);
});

it('refuses a link made already expired', async () => {
  await refusedAt(
    'mutation($c: ID!, $i: TrackingLinkInput) { createTrackingLink(consignmentId: $c, input: $i) { id } }',
    { c: consignmentId, i: { recipientEmail: 'late@example.com', expiresAt: new Date(Date.now() - 60_000).toISOString() } },
    admin,
    /^input\.expiresAt$/,
  );
});

it('refuses a stop time before 2000', async () => {
  await refusedAt('mutation($i: CreateOrderInput!) { createOrder(input: $i) { id } }', { i: { ...orderInput('ORD-OLD'), consignments: [{ ...orderInput('ORD-OLD').consignments[0], stops: orderInput('ORD-OLD').consignments[0].stops.map((s) => ({ ...s, plannedArrival: '1970-01-01T00:00:00.000Z' })) }] } }, admin, /plannedArrival$/);
});

describe('/graphql bodies', () => {
  it('answers malformed JSON in JSON, 400', async () => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('answers an oversized body in JSON, 413', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(2 * 1024 * 1024) } }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
