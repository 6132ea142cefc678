import { createConsignments, createDriver, createTenant } from '../../../test/fixtures';
import { PLATFORM_ADMIN, startTestApp, type TestApp } from '../../../test/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('login and sessions', () => {
  it('signs in the platform admin created at first start, with an argon2id hash stored', async () => {
    const token = await app.login(PLATFORM_ADMIN.email, PLATFORM_ADMIN.password);
    const { me } = await app.ok('{ me { email role tenant { id } } }', {}, token);
    expect(me).toEqual({ email: PLATFORM_ADMIN.email, role: 'PLATFORM_ADMIN', tenant: null });
    const [row] = await app.sql('SELECT password_hash FROM users WHERE email = $1', [PLATFORM_ADMIN.email]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const wrong = await app.gql('mutation { login(email: "platform@test.local", password: "nope-nope") { token } }');
    const unknown = await app.gql('mutation { login(email: "ghost@test.local", password: "nope-nope") { token } }');
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
  });

  it('stores session tokens only hashed, and an expired session no longer works', async () => {
    const token = await app.login(PLATFORM_ADMIN.email, PLATFORM_ADMIN.password);
    const rows = await app.sql('SELECT token_hash FROM sessions');
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
    await app.sql("UPDATE sessions SET expires_at = now() - interval '1 second'");
    const res = await app.gql('{ me { email } }', {}, token);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends a session on logout', async () => {
    const token = await app.login(PLATFORM_ADMIN.email, PLATFORM_ADMIN.password);
    expect((await app.ok('mutation { logout }', {}, token)).logout).toBe(true);
    expect((await app.gql('{ me { email } }', {}, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers every operation but login with UNAUTHENTICATED when no token is sent', async () => {
    const res = await app.gql('{ consignments(first: 1) { totalCount } }');
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });
});

describe('roles', () => {
  it('lets only platform admins create tenants and change integration or billing', async () => {
    const tenant = await createTenant(app);
    const input = { name: 'Sneaky', country: 'NL', adminEmail: 'x@test.local', adminPassword: 'password-1' };
    for (const token of [tenant.dispatcherToken, tenant.adminToken]) {
      const res = await app.gql('mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }', { input }, token);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const toggle = await app.gql(`mutation { setTrackingIntegration(tenantId: "${tenant.id}", enabled: true) { id } }`, {}, token);
      expect(toggle.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await app.sql('SELECT 1 FROM users WHERE email = $1', ['x@test.local'])).length).toBe(0);
    const platform = await app.login(PLATFORM_ADMIN.email, PLATFORM_ADMIN.password);
    const { setTenantBillingStatus } = await app.ok(
      `mutation { setTenantBillingStatus(tenantId: "${tenant.id}", status: LOCKED) { billingStatus } }`,
      {},
      platform,
    );
    expect(setTenantBillingStatus.billingStatus).toBe('LOCKED');
  });

  it('lets a dispatcher work on orders but not create users or API keys', async () => {
    const tenant = await createTenant(app);
    await createConsignments(app, tenant.dispatcherToken);
    const user = await app.gql(
      'mutation { createUser(input: { email: "d2@test.local", password: "password-1", role: DISPATCHER }) { id } }',
      {},
      tenant.dispatcherToken,
    );
    expect(user.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const key = await app.gql('mutation { createApiKey(name: "tms") { key } }', {}, tenant.dispatcherToken);
    expect(key.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets a driver token report positions and scans, and nothing else', async () => {
    const tenant = await createTenant(app);
    const [c] = await createConsignments(app, tenant.adminToken);
    const driver = await createDriver(app, tenant.adminToken);
    await app.ok(`mutation { assignDriver(consignmentId: "${c.id}", driverId: "${driver.id}") { id } }`, {}, tenant.adminToken);
    const positions = await app.ok(
      'mutation($p: [PositionInput!]!) { reportPositions(positions: $p) { accepted duplicates } }',
      { p: [{ clientId: 'p1', latitude: 51, longitude: 5, recordedAt: new Date().toISOString() }] },
      driver.token,
    );
    expect(positions.reportPositions).toEqual({ accepted: 1, duplicates: 0 });
    const scans = await app.ok(
      'mutation($s: [PalletScanInput!]!) { recordPalletScans(scans: $s) { accepted duplicates } }',
      { s: [{ clientId: 's1', consignmentId: c.id, palletBarcode: 'PAL-1', event: 'LOADED', scannedAt: new Date().toISOString() }] },
      driver.token,
    );
    expect(scans.recordPalletScans).toEqual({ accepted: 1, duplicates: 0 });
    for (const query of [
      `{ consignment(id: "${c.id}") { id } }`,
      '{ consignments(first: 5) { totalCount } }',
      '{ drivers { id } }',
      '{ me { id } }',
      `mutation { setConsignmentStatus(consignmentId: "${c.id}", status: TO_PLAN) { id } }`,
      `mutation { deleteConsignment(consignmentId: "${c.id}") }`,
    ]) {
      const res = await app.gql(query, {}, driver.token);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await app.sql('SELECT status FROM consignments WHERE id = $1', [c.id]))[0].status).toBe('DRAFT');
  });

  it('refuses scans from a driver on a consignment not assigned to them', async () => {
    const tenant = await createTenant(app);
    const [c] = await createConsignments(app, tenant.adminToken);
    const driver = await createDriver(app, tenant.adminToken);
    const res = await app.gql(
      'mutation($s: [PalletScanInput!]!) { recordPalletScans(scans: $s) { accepted } }',
      { s: [{ clientId: 's1', consignmentId: c.id, palletBarcode: 'PAL-1', event: 'LOADED', scannedAt: new Date().toISOString() }] },
      driver.token,
    );
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await app.sql('SELECT 1 FROM pallet_scans WHERE consignment_id = $1', [c.id])).toHaveLength(0);
  });
});

describe('API keys', () => {
  it('are shown once, stored hashed, scoped to their tenant, and stop working when revoked', async () => {
    const tenant = await createTenant(app);
    const { createApiKey } = await app.ok('mutation { createApiKey(name: "TMS") { key apiKey { id prefix } } }', {}, tenant.adminToken);
    expect(createApiKey.key).toMatch(/^tlk_/);
    expect(await app.sql('SELECT 1 FROM api_keys WHERE token_hash = $1', [createApiKey.key])).toHaveLength(0);
    const [c] = await createConsignments(app, createApiKey.key);
    const { consignment } = await app.ok(`{ consignment(id: "${c.id}") { reference } }`, {}, tenant.adminToken);
    expect(consignment.reference).toBe(c.reference);
    const { apiKeys } = await app.ok('{ apiKeys { id name prefix revokedAt } }', {}, tenant.adminToken);
    expect(apiKeys).toEqual([{ id: createApiKey.apiKey.id, name: 'TMS', prefix: createApiKey.apiKey.prefix, revokedAt: null }]);
    await app.ok(`mutation { revokeApiKey(id: "${createApiKey.apiKey.id}") { revokedAt } }`, {}, tenant.adminToken);
    const after = await app.gql('{ consignments(first: 1) { totalCount } }', {}, createApiKey.key);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
