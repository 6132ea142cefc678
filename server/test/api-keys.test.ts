import { createTenant } from './fixtures';
import { startTestApp, type TestApp } from './harness';

// API keys with an expiry and their last use (issue "Safe to run in production", item 6).

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const KEYS = '{ apiKeys { id name expiresAt lastUsedAt revokedAt } }';

it('stops a key at its expiry and refuses an expiry in the past', async () => {
  const tenant = await createTenant(app);
  const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
  const { createApiKey } = await app.ok('mutation($e: DateTimeISO) { createApiKey(name: "tms", expiresAt: $e) { key apiKey { id expiresAt } } }', { e: expiresAt }, tenant.adminToken);
  expect(createApiKey.apiKey.expiresAt).toBe(expiresAt);
  expect((await app.gql('{ drivers { id } }', {}, createApiKey.key)).errors).toBeUndefined();
  await app.sql("UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1", [createApiKey.apiKey.id]);
  expect((await app.gql('{ drivers { id } }', {}, createApiKey.key)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const past = await app.gql('mutation($e: DateTimeISO) { createApiKey(name: "old", expiresAt: $e) { key } }', { e: new Date(Date.now() - 1000).toISOString() }, tenant.adminToken);
  expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresAt' });
  const keys = (await app.ok(KEYS, {}, tenant.adminToken)).apiKeys;
  expect(keys.map((k: any) => k.name)).toEqual(['tms']);
});

it('shows when a key was last used, written at most once a minute', async () => {
  const tenant = await createTenant(app);
  const { createApiKey } = await app.ok('mutation { createApiKey(name: "erp") { key apiKey { id lastUsedAt expiresAt } } }', {}, tenant.adminToken);
  expect(createApiKey.apiKey).toMatchObject({ lastUsedAt: null, expiresAt: null });
  const before = Date.now();
  await app.ok('{ drivers { id } }', {}, createApiKey.key);
  const lastUsed = async () => (await app.sql('SELECT last_used_at FROM api_keys WHERE id = $1', [createApiKey.apiKey.id]))[0].last_used_at as Date | null;
  const deadline = Date.now() + 2000;
  while (!(await lastUsed()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const first = (await lastUsed())!;
  expect(first.getTime()).toBeGreaterThanOrEqual(before - 1000);
  // Twenty more requests within the minute write nothing.
  for (let i = 0; i < 20; i++) await app.ok('{ drivers { id } }', {}, createApiKey.key);
  await new Promise((r) => setTimeout(r, 100));
  expect((await lastUsed())!.getTime()).toBe(first.getTime());
  const listed = (await app.ok(KEYS, {}, tenant.adminToken)).apiKeys[0];
  expect(new Date(listed.lastUsedAt).getTime()).toBe(first.getTime());
});
