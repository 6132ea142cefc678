import {
  ASSIGN_DRIVER,
  COUNT_CONSIGNMENTS,
  CREATE_API_KEY,
  CREATE_TENANT,
  CREATE_USER,
  DELETE_CONSIGNMENT,
  DRIVERS,
  FIND_CONSIGNMENT,
  LOGIN,
  RECORD_PALLET_SCANS,
  REPORT_POSITIONS,
  SET_BILLING_STATUS,
  SET_CONSIGNMENT_STATUS,
  SET_TRACKING_INTEGRATION,
} from '../../../test/documents';
import { givenConsignment, givenDriver, givenTenant, platformToken, position } from '../../../test/fixtures';
import { PLATFORM_ADMIN, startTestApp, type GqlResult, type TestApp } from '../../../test/harness';
import { doc } from '../../../test/typed-document';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const ME = doc<{ me: { id: string; email: string; role: string; tenant: { id: string } | null } }>('{ me { id email role tenant { id } } }');
const LOGOUT = doc<{ logout: boolean }>('mutation { logout }');
const API_KEYS = doc<{ apiKeys: Array<{ id: string; name: string; prefix: string; revokedAt: string | null }> }>('{ apiKeys { id name prefix revokedAt } }');
const REVOKE_API_KEY = doc<{ revokeApiKey: { revokedAt: string | null } }, { id: string }>('mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }');

describe('login and sessions', () => {
  it('signs in the platform admin created at first start, with an argon2id hash stored', async () => {
    const token = await app.login(PLATFORM_ADMIN.email, PLATFORM_ADMIN.password);
    const { me } = await app.ok(ME, {}, token);
    expect(me).toEqual({ id: expect.any(String), email: PLATFORM_ADMIN.email, role: 'PLATFORM_ADMIN', tenant: null });
    const [row] = await app.sql<{ password_hash: string }>('SELECT password_hash FROM users WHERE email = $1', [PLATFORM_ADMIN.email]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const wrong = await app.gql(LOGIN, { email: 'platform@test.local', password: 'nope-nope' });
    const unknown = await app.gql(LOGIN, { email: 'ghost@test.local', password: 'nope-nope' });
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
  });

  it('stores session tokens only hashed, and an expired session no longer works', async () => {
    const token = await app.login(PLATFORM_ADMIN.email, PLATFORM_ADMIN.password);
    const rows = await app.sql('SELECT token_hash FROM sessions');
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
    await app.sql("UPDATE sessions SET expires_at = now() - interval '1 second'");
    const res = await app.gql(ME, {}, token);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends a session on logout', async () => {
    const token = await app.login(PLATFORM_ADMIN.email, PLATFORM_ADMIN.password);
    expect((await app.ok(LOGOUT, {}, token)).logout).toBe(true);
    expect((await app.gql(ME, {}, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers every operation but login with UNAUTHENTICATED when no token is sent', async () => {
    const res = await app.gql(COUNT_CONSIGNMENTS, { first: 1 });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });
});

describe('roles', () => {
  it('lets only platform admins create tenants and change integration or billing', async () => {
    const tenant = await givenTenant(app);
    const input = { name: 'Sneaky', country: 'NL', adminEmail: 'x@test.local', adminPassword: 'password-1' };
    for (const token of [tenant.dispatcherToken, tenant.adminToken]) {
      const res = await app.gql(CREATE_TENANT, { input }, token);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const toggle = await app.gql(SET_TRACKING_INTEGRATION, { tenantId: tenant.id, enabled: true }, token);
      expect(toggle.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await app.sql('SELECT 1 FROM users WHERE email = $1', ['x@test.local'])).length).toBe(0);
    const { setTenantBillingStatus } = await app.ok(SET_BILLING_STATUS, { tenantId: tenant.id, status: 'LOCKED' }, await platformToken(app));
    expect(setTenantBillingStatus.billingStatus).toBe('LOCKED');
  });

  it('lets a dispatcher work on orders but not create users or API keys', async () => {
    const tenant = await givenTenant(app);
    await givenConsignment(app, tenant.dispatcherToken);
    const user = await app.gql(CREATE_USER, { input: { email: 'd2@test.local', password: 'password-1', role: 'DISPATCHER' } }, tenant.dispatcherToken);
    expect(user.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const key = await app.gql(CREATE_API_KEY, { name: 'tms' }, tenant.dispatcherToken);
    expect(key.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets a driver token report positions and scans, and nothing else', async () => {
    const tenant = await givenTenant(app);
    const c = await givenConsignment(app, tenant.adminToken);
    const driver = await givenDriver(app, tenant.adminToken);
    await app.ok(ASSIGN_DRIVER, { consignmentId: c.id, driverId: driver.id }, tenant.adminToken);
    const positions = await app.ok(REPORT_POSITIONS, { positions: [position('p1', 51, 5)] }, driver.token);
    expect(positions.reportPositions).toEqual({ accepted: 1, duplicates: 0, refused: [] });
    const scans = await app.ok(
      RECORD_PALLET_SCANS,
      { scans: [{ clientId: 's1', consignmentId: c.id, palletBarcode: 'PAL-1', event: 'LOADED', scannedAt: new Date().toISOString() }] },
      driver.token,
    );
    expect(scans.recordPalletScans).toEqual({ accepted: 1, duplicates: 0, refused: [] });
    const staffOnly: Array<() => Promise<GqlResult<unknown>>> = [
      () => app.gql(FIND_CONSIGNMENT, { id: c.id }, driver.token),
      () => app.gql(COUNT_CONSIGNMENTS, { first: 5 }, driver.token),
      () => app.gql(DRIVERS, {}, driver.token),
      () => app.gql(ME, {}, driver.token),
      () => app.gql(SET_CONSIGNMENT_STATUS, { consignmentId: c.id, status: 'TO_PLAN' }, driver.token),
      () => app.gql(DELETE_CONSIGNMENT, { consignmentId: c.id }, driver.token),
    ];
    for (const send of staffOnly) {
      const res = await send();
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await app.sql('SELECT status FROM consignments WHERE id = $1', [c.id]))[0].status).toBe('DRAFT');
  });

  it('refuses scans from a driver on a consignment not assigned to them', async () => {
    const tenant = await givenTenant(app);
    const c = await givenConsignment(app, tenant.adminToken);
    const driver = await givenDriver(app, tenant.adminToken);
    const res = await app.gql(
      RECORD_PALLET_SCANS,
      { scans: [{ clientId: 's1', consignmentId: c.id, palletBarcode: 'PAL-1', event: 'LOADED', scannedAt: new Date().toISOString() }] },
      driver.token,
    );
    expect(res.data?.recordPalletScans).toMatchObject({ accepted: 0, refused: [{ index: 0, code: 'FORBIDDEN', field: 'scans[0].consignmentId' }] });
    expect(await app.sql('SELECT 1 FROM pallet_scans WHERE consignment_id = $1', [c.id])).toHaveLength(0);
  });
});

describe('API keys', () => {
  it('are shown once, stored hashed, scoped to their tenant, and stop working when revoked', async () => {
    const tenant = await givenTenant(app);
    const { createApiKey } = await app.ok(CREATE_API_KEY, { name: 'TMS' }, tenant.adminToken);
    expect(createApiKey.key).toMatch(/^tlk_/);
    expect(await app.sql('SELECT 1 FROM api_keys WHERE token_hash = $1', [createApiKey.key])).toHaveLength(0);
    const c = await givenConsignment(app, createApiKey.key);
    const { consignment } = await app.ok(FIND_CONSIGNMENT, { id: c.id }, tenant.adminToken);
    expect(consignment?.reference).toBe(c.reference);
    const { apiKeys } = await app.ok(API_KEYS, {}, tenant.adminToken);
    expect(apiKeys).toEqual([{ id: createApiKey.apiKey.id, name: 'TMS', prefix: createApiKey.apiKey.prefix, revokedAt: null }]);
    await app.ok(REVOKE_API_KEY, { id: createApiKey.apiKey.id }, tenant.adminToken);
    const after = await app.gql(COUNT_CONSIGNMENTS, { first: 1 }, createApiKey.key);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
