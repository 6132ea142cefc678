import { DRIVERS, type Timestamp } from './documents';
import { eventually } from './eventually';
import { givenTenant } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { doc } from './typed-document';

// API keys with an expiry and their last use (issue "Safe to run in production", item 6).

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const CREATE_KEY = doc<
  { createApiKey: { key: string; apiKey: { id: string; expiresAt: Timestamp | null; lastUsedAt: Timestamp | null } } },
  { name: string; expiresAt?: Timestamp }
>(`mutation($name: String!, $expiresAt: DateTimeISO) {
  createApiKey(name: $name, expiresAt: $expiresAt) { key apiKey { id expiresAt lastUsedAt } }
}`);
const KEYS = doc<{ apiKeys: Array<{ id: string; name: string; expiresAt: Timestamp | null; lastUsedAt: Timestamp | null; revokedAt: Timestamp | null }> }>(
  '{ apiKeys { id name expiresAt lastUsedAt revokedAt } }',
);

it('stops a key at its expiry and refuses an expiry in the past', async () => {
  const tenant = await givenTenant(app);
  const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
  const { createApiKey } = await app.ok(CREATE_KEY, { name: 'tms', expiresAt }, tenant.adminToken);
  expect(createApiKey.apiKey.expiresAt).toBe(expiresAt);
  expect((await app.gql(DRIVERS, {}, createApiKey.key)).errors).toBeUndefined();
  await app.sql("UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1", [createApiKey.apiKey.id]);
  expect((await app.gql(DRIVERS, {}, createApiKey.key)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const past = await app.gql(CREATE_KEY, { name: 'old', expiresAt: new Date(Date.now() - 1000).toISOString() }, tenant.adminToken);
  expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresAt' });
  const keys = (await app.ok(KEYS, {}, tenant.adminToken)).apiKeys;
  expect(keys.map((k) => k.name)).toEqual(['tms']);
});

it('shows when a key was last used, written at most once a minute', async () => {
  const tenant = await givenTenant(app);
  const { createApiKey } = await app.ok(CREATE_KEY, { name: 'erp' }, tenant.adminToken);
  expect(createApiKey.apiKey).toMatchObject({ lastUsedAt: null, expiresAt: null });
  const before = Date.now();
  await app.ok(DRIVERS, {}, createApiKey.key);
  const lastUsed = async () =>
    (await app.sql<{ last_used_at: Date | null }>('SELECT last_used_at FROM api_keys WHERE id = $1', [createApiKey.apiKey.id]))[0].last_used_at;
  const first = await eventually(async () => (await lastUsed()) ?? false, { timeoutMs: 2000, what: 'the key’s last use to be written' });
  expect(first.getTime()).toBeGreaterThanOrEqual(before - 1000);
  // Twenty more requests within the minute write nothing.
  for (let i = 0; i < 20; i++) await app.ok(DRIVERS, {}, createApiKey.key);
  await new Promise((r) => setTimeout(r, 100));
  expect((await lastUsed())?.getTime()).toBe(first.getTime());
  const listed = (await app.ok(KEYS, {}, tenant.adminToken)).apiKeys[0];
  expect(listed.lastUsedAt && new Date(listed.lastUsedAt).getTime()).toBe(first.getTime());
});
