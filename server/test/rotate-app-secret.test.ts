import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { TokenVault } from '../src/secrets';
import { CREATE_TRACKING_LINK, ORDER_LINKS, REVOKE_TRACKING_LINK, UPDATE_TENANT_SETTINGS, type CreatedConsignment } from './documents';
import { givenConsignment, givenConsignments, givenTenant, linksOf, tokenOf, type TenantFixture } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { trackingPage } from './public-api';
import { givenEndpoint, ROTATE_WEBHOOK_SECRET } from './webhooks';

// `npm run rotate-secret` (the built command) against a real database: links made under the old
// APP_SECRET open, and copy, under the new one afterwards, with the same URLs, and webhook
// endpoints keep their signing secrets (the current and the previous one); nothing is left under
// the old secret; a wrong old secret or a dry run writes nothing; a second run after a replica
// still on the old secret made another link moves just that one.

jest.setTimeout(120_000);

const SCRIPT = path.resolve(__dirname, '..', 'dist', 'scripts', 'rotate-app-secret.js');
const OLD = 'test-secret-test-secret-test-secret-0123'; // the harness's
const NEW = 'rotated-secret-rotated-secret-rotated-0456';

function rotate(databaseUrl: string, oldSecret: string, ...flags: string[]) {
  const result = spawnSync(process.execPath, [SCRIPT, '--from-env', 'OLD_APP_SECRET', ...flags], {
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, APP_SECRET: NEW, OLD_APP_SECRET: oldSecret },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** What each link's URL shows on the public page: TrackingPage, or why not. */
async function pages(app: TestApp, urls: Map<string, string>): Promise<Record<string, string>> {
  const shown: Record<string, string> = {};
  for (const [id, url] of urls) {
    const page = await trackingPage(app, tokenOf(url));
    shown[id] = page.__typename === 'TrackingPage' ? page.__typename : page.reason;
  }
  return shown;
}

/** Every link of the consignments, id → URL, as staff copy them. */
async function urlsOf(app: TestApp, tenant: TenantFixture, consignments: CreatedConsignment[]): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  for (const c of consignments) for (const link of await linksOf(app, tenant.adminToken, c.id)) urls.set(link.id, link.url);
  return urls;
}

type StoredLink = { id: string; token_hash: string; token_encrypted: string };
const rows = (app: TestApp) => app.sql<StoredLink>('SELECT id, token_hash, token_encrypted FROM tracking_links ORDER BY id');
type StoredEndpoint = { id: string; secret_encrypted: string; previous_secret_encrypted: string | null };
const endpoints = (app: TestApp) => app.sql<StoredEndpoint>('SELECT id, secret_encrypted, previous_secret_encrypted FROM webhook_endpoints ORDER BY id');
/** An endpoint's signing secrets as `vault` opens them (null: it does not). */
const secretsOf = (vault: TokenVault, row: StoredEndpoint) =>
  [row.secret_encrypted, row.previous_secret_encrypted].map((sealed) => {
    if (sealed === null) return null;
    try {
      return vault.decrypt(sealed);
    } catch {
      return 'unreadable';
    }
  });
const opens = (vault: TokenVault, row: StoredLink) => {
  try {
    return vault.lookupHash(vault.decrypt(row.token_encrypted)) === row.token_hash;
  } catch {
    return false;
  }
};

let first: TestApp;
const others: TestApp[] = [];
afterAll(async () => {
  for (const app of others) await app.close();
  await first?.close();
});

it('moves every link and webhook secret to the new secret: the same URLs open and copy, the same secrets sign, nothing is left under the old one', async () => {
  first = await startTestApp(); // on the old secret
  const tenant = await givenTenant(first, { tracking: true });
  const consignments = await givenConsignments(first, tenant.adminToken, 3);
  await first.ok(CREATE_TRACKING_LINK, { consignmentId: consignments[0].id, input: { recipientEmail: 'goods-in@example.com' } }, tenant.adminToken);
  const [revoked] = await linksOf(first, tenant.adminToken, consignments[1].id);
  await first.ok(REVOKE_TRACKING_LINK, { linkId: revoked.id }, tenant.adminToken);
  const urls = await urlsOf(first, tenant, consignments);
  expect(urls.size).toBe(4);
  // Two webhook endpoints, one of them mid-rotation (its previous secret still signs).
  const hook = await givenEndpoint(first, tenant.adminToken, { url: 'http://127.0.0.1:9/hook', eventTypes: ['CONSIGNMENT_CREATED'] });
  const rotating = await givenEndpoint(first, tenant.adminToken, { url: 'http://127.0.0.1:9/other', eventTypes: ['CONSIGNMENT_CREATED'] });
  const { rotateWebhookSecret } = await first.ok(ROTATE_WEBHOOK_SECRET, { id: rotating.endpoint.id }, tenant.adminToken);
  const signing = Object.fromEntries([
    [hook.endpoint.id, [hook.secret, null]],
    [rotating.endpoint.id, [rotateWebhookSecret.secret, rotating.secret]],
  ]);
  const signingUnder = async (vault: TokenVault) => Object.fromEntries((await endpoints(first)).map((row) => [row.id, secretsOf(vault, row)]));
  expect(await signingUnder(new TokenVault(OLD))).toEqual(signing);
  const expected = Object.fromEntries([...urls.keys()].map((id) => [id, id === revoked.id ? 'NOT_AVAILABLE' : 'TrackingPage']));
  expect(await pages(first, urls)).toEqual(expected);
  const stored = await rows(first);
  const storedEndpoints = await endpoints(first);
  await first.server.close(); // every replica stops

  // What the new secret alone breaks: no link opens, no URL can be copied.
  const unrotated = await startTestApp({ APP_SECRET: NEW }, first);
  expect(Object.values(await pages(unrotated, urls))).toEqual([...urls.keys()].map(() => 'NOT_AVAILABLE'));
  await expect(linksOf(unrotated, tenant.adminToken, consignments[0].id)).rejects.toThrow('INTERNAL_SERVER_ERROR');
  await unrotated.close();

  // A wrong old secret, and a dry run, change nothing.
  const wrong = rotate(first.databaseUrl, 'not-the-secret-not-the-secret-not-the-0789');
  expect([wrong.status, wrong.output]).toEqual([1, expect.stringContaining('6 of 6 tracking links and webhook endpoints are under neither secret')]);
  expect(rotate(first.databaseUrl, OLD, '--dry-run')).toEqual({ status: 0, output: expect.stringContaining('Dry run: 4 tracking link(s) and 3 webhook signing secret(s) to move') });
  expect(await rows(first)).toEqual(stored);
  expect(await endpoints(first)).toEqual(storedEndpoints);

  const done = rotate(first.databaseUrl, OLD);
  expect([done.status, done.output]).toEqual([
    0,
    expect.stringContaining('Moved 4 tracking link(s) and 3 webhook signing secret(s) to the new secret (0 link(s) and 0 webhook secret(s) were already under it)'),
  ]);
  expect(done.output).not.toContain(NEW);
  expect(done.output).not.toContain(OLD);

  // Nothing is left under the old secret; everything opens under the new one.
  const rotated = await rows(first);
  expect(rotated.map((r) => r.id)).toEqual(stored.map((r) => r.id));
  expect(rotated.filter((r) => opens(new TokenVault(OLD), r))).toEqual([]);
  expect(rotated.filter((r) => !opens(new TokenVault(NEW), r))).toEqual([]);
  const oldHashes = new Set(stored.map((r) => r.token_hash));
  expect(rotated.filter((r) => oldHashes.has(r.token_hash))).toEqual([]);
  // The webhook endpoints sign with the same secrets, now sealed under the new one only.
  expect(await signingUnder(new TokenVault(NEW))).toEqual(signing);
  expect(Object.values(await signingUnder(new TokenVault(OLD))).flat().filter((v) => v !== null && v !== 'unreadable')).toEqual([]);

  const after = await startTestApp({ APP_SECRET: NEW }, first);
  others.push(after);
  expect(await pages(after, urls)).toEqual(expected);
  expect(await urlsOf(after, tenant, consignments)).toEqual(urls);

  // Run again: nothing to do.
  expect(rotate(first.databaseUrl, OLD).output).toContain('Moved 0 tracking link(s) and 0 webhook signing secret(s) to the new secret (4 link(s) and 3 webhook secret(s) were already under it)');

  // A replica still on the old secret made a link meanwhile: the next run moves that one alone.
  const straggler = await startTestApp({}, first);
  const late = await givenConsignment(straggler, tenant.adminToken);
  await straggler.close();
  expect(rotate(first.databaseUrl, OLD).output).toContain('Moved 1 tracking link(s) and 0 webhook signing secret(s) to the new secret (4 link(s) and 3 webhook secret(s) were already under it)');
  const [lateLink] = await linksOf(after, tenant.adminToken, late.id);
  expect((await trackingPage(after, tokenOf(lateLink.url))).__typename).toBe('TrackingPage');
});

it('moves order links too: the same order page opens and its URL copies under the new secret', async () => {
  const app = await startTestApp();
  const tenant = await givenTenant(app, { tracking: true });
  await app.ok(UPDATE_TENANT_SETTINGS, { input: { orderLinksEnabled: true } }, tenant.adminToken);
  const [c] = await givenConsignments(app, tenant.adminToken, 2);
  const [{ order_id }] = await app.sql<{ order_id: string }>('SELECT order_id FROM consignments WHERE id = $1', [c!.id]);
  const orderUrl = async (on: TestApp) => (await on.ok(ORDER_LINKS, { id: order_id }, tenant.adminToken)).order!.orderLinks[0]!.url;
  const url = await orderUrl(app);
  expect((await trackingPage(app, tokenOf(url))).__typename).toBe('TrackingPage');
  await app.server.close();

  const done = rotate(app.databaseUrl, OLD);
  // Two consignment links and the order link.
  expect([done.status, done.output]).toEqual([0, expect.stringContaining('Moved 3 tracking link(s)')]);
  const after = await startTestApp({ APP_SECRET: NEW }, app);
  try {
    expect(await orderUrl(after)).toBe(url);
    expect((await trackingPage(after, tokenOf(url))).__typename).toBe('TrackingPage');
  } finally {
    // The one on the database's first app closes last (it drops the database).
    await after.close();
    await app.close();
  }
});

it('refuses to run without the old secret, with the same secret twice, or with a secret on the command line', () => {
  const env = { ...process.env, DATABASE_URL: 'postgres://x@127.0.0.1:1/x', APP_SECRET: NEW };
  const bare = spawnSync(process.execPath, [SCRIPT], { env, encoding: 'utf8' });
  expect([bare.status, bare.stderr]).toEqual([2, expect.stringContaining('--from-env NAME or --from-file PATH')]);
  const literal = spawnSync(process.execPath, [SCRIPT, OLD], { env, encoding: 'utf8' });
  expect([literal.status, literal.stderr]).toEqual([2, expect.stringContaining('secrets are never taken from the command line')]);
  expect(literal.stderr).not.toContain(OLD);
  const same = rotate(first.databaseUrl, NEW);
  expect([same.status, same.output]).toEqual([1, expect.stringContaining('the old and the new secret are the same')]);
});
