import {
  CREATE_TRACKING_LINK,
  DELETE_CONSIGNMENT,
  RECALCULATE_TASKS,
  REGENERATE_TRACKING_LINK,
  REVOKE_TRACKING_LINK,
  UPDATE_STOP,
  UPDATE_TENANT_SETTINGS,
  UPDATE_TRACKING_LINK,
} from '../../../test/documents';
import { givenActiveLink, givenConsignment, givenConsignments, givenTenant, linksOf, setBilling, setIntegration, tokenOf, type TenantFixture } from '../../../test/fixtures';
import { startTestApp, type GqlResult, type TestApp } from '../../../test/harness';
import { shownPage, trackingPage, unavailableReason } from '../../../test/public-api';
import { orderIdOf } from '../../../test/tasks';
import { doc } from '../../../test/typed-document';

let app: TestApp;
let tenant: TenantFixture;
beforeAll(async () => {
  app = await startTestApp();
  tenant = await givenTenant(app, { tracking: true });
});
afterAll(() => app.close());

const DAY = 86_400_000;

const AUDIT_LOGS = doc<
  { consignment: { trackingLinks: Array<{ id: string; auditLog: Array<{ action: string; actor: string; detail: string | null; at: string }> }> } | null },
  { id: string }
>('query($id: ID!) { consignment(id: $id) { trackingLinks { id auditLog { action actor detail at } } } }');

const ALL_LINK_URLS = doc<{ consignments: { edges: Array<{ node: { trackingLinks: Array<{ url: string }> } }> } }>(
  '{ consignments(first: 100) { edges { node { trackingLinks { url } } } } }',
);

describe('link lifecycle', () => {
  it('auto-creates a working link with a 256-bit URL-safe token when the integration is on', async () => {
    const c = await givenConsignment(app, tenant.adminToken);
    const [link] = await linksOf(app, tenant.adminToken, c.id);
    expect(link.status).toBe('ACTIVE');
    expect(link.recipientEmail).toBeNull();
    expect(link.url).toMatch(/^http:\/\/localhost:\d+\/t\/[A-Za-z0-9_-]{43}$/);
    const page = await shownPage(app, tokenOf(link.url));
    expect(page.__typename).toBe('TrackingPage');
    expect(page.reference).toBe(c.reference);
  });

  it('makes no link without the integration, nor with auto-create off, until one is created', async () => {
    const off = await givenTenant(app);
    const c = await givenConsignment(app, off.adminToken);
    expect(await linksOf(app, off.adminToken, c.id)).toEqual([]);
    const refused = await app.gql(CREATE_TRACKING_LINK, { consignmentId: c.id }, off.adminToken);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const manual = await givenTenant(app, { tracking: true });
    await app.ok(UPDATE_TENANT_SETTINGS, { input: { autoCreateLinks: false } }, manual.adminToken);
    const d = await givenConsignment(app, manual.adminToken);
    expect(await linksOf(app, manual.adminToken, d.id)).toEqual([]);
    const { createTrackingLink } = await app.ok(CREATE_TRACKING_LINK, { consignmentId: d.id }, manual.dispatcherToken);
    expect(createTrackingLink.status).toBe('ACTIVE');
    expect((await trackingPage(app, tokenOf(createTrackingLink.url))).__typename).toBe('TrackingPage');
  });

  it('revoke: NOT_AVAILABLE at once, permanently, and no new link appears', async () => {
    const { consignment: c, link, token } = await givenActiveLink(app, tenant);
    const { revokeTrackingLink } = await app.ok(REVOKE_TRACKING_LINK, { linkId: link.id }, tenant.dispatcherToken);
    expect(revokeTrackingLink.status).toBe('REVOKED');
    expect(await trackingPage(app, token)).toEqual({
      __typename: 'TrackingUnavailable',
      reason: 'NOT_AVAILABLE',
      message: 'This tracking link is not available',
    });
    expect(await linksOf(app, tenant.adminToken, c.id)).toHaveLength(1);
    const update = await app.gql(UPDATE_TRACKING_LINK, { linkId: link.id, input: { showCargo: false } }, tenant.adminToken);
    expect(update.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const { createTrackingLink } = await app.ok(CREATE_TRACKING_LINK, { consignmentId: c.id }, tenant.adminToken);
    expect(createTrackingLink.url).not.toBe(link.url);
    expect((await trackingPage(app, tokenOf(createTrackingLink.url))).__typename).toBe('TrackingPage');
    expect(await unavailableReason(app, token)).toBe('NOT_AVAILABLE');
  });

  it('unknown and revoked tokens answer identically', async () => {
    const { link, token } = await givenActiveLink(app, tenant);
    await app.ok(REVOKE_TRACKING_LINK, { linkId: link.id }, tenant.adminToken);
    const revoked = await trackingPage(app, token);
    const unknown = await trackingPage(app, 'A'.repeat(43));
    const garbage = await trackingPage(app, 'not a token');
    expect(unknown).toEqual(revoked);
    expect(garbage).toEqual(revoked);
  });

  it('regenerate: the old URL stops working and the new one works, in one step', async () => {
    const { consignment: c, link: old } = await givenActiveLink(app, tenant);
    await app.ok(UPDATE_TRACKING_LINK, { linkId: old.id, input: { showCargo: false } }, tenant.adminToken);
    const { regenerateTrackingLink: fresh } = await app.ok(REGENERATE_TRACKING_LINK, { linkId: old.id }, tenant.adminToken);
    expect(fresh.id).not.toBe(old.id);
    expect(fresh.url).not.toBe(old.url);
    expect(fresh.overrides.showCargo).toBe(false);
    expect(await unavailableReason(app, tokenOf(old.url))).toBe('NOT_AVAILABLE');
    const page = await shownPage(app, tokenOf(fresh.url));
    expect(page.__typename).toBe('TrackingPage');
    expect(page.cargo).toBeNull();
    const statuses = (await linksOf(app, tenant.adminToken, c.id)).map((l) => l.status);
    expect(statuses).toEqual(['REVOKED', 'ACTIVE']);
  });

  it('explicit expiry: never set in the past; once passed, EXPIRED; clearing it brings the link back', async () => {
    const { consignment, link, token } = await givenActiveLink(app, tenant);
    const past = new Date(Date.now() - 60_000).toISOString();
    const refused = await app.gql(UPDATE_TRACKING_LINK, { linkId: link.id, input: { expiresAt: past } }, tenant.adminToken);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expiresAt' });
    const soon = new Date(Date.now() + 60_000).toISOString();
    expect((await app.ok(UPDATE_TRACKING_LINK, { linkId: link.id, input: { expiresAt: soon } }, tenant.adminToken)).updateTrackingLink.status).toBe('ACTIVE');
    // The minute passes.
    await app.sql("UPDATE tracking_links SET expires_at = now() - interval '1 minute' WHERE id = $1", [link.id]);
    const [updated] = await linksOf(app, tenant.adminToken, consignment.id);
    expect(updated.status).toBe('EXPIRED');
    expect(updated.url).toBe(link.url);
    expect(await trackingPage(app, token)).toEqual({
      __typename: 'TrackingUnavailable',
      reason: 'EXPIRED',
      message: 'This tracking link has expired',
    });
    await app.ok(UPDATE_TRACKING_LINK, { linkId: link.id, input: { clearExpiresAt: true } }, tenant.adminToken);
    expect((await trackingPage(app, token)).__typename).toBe('TrackingPage');
  });

  it('expires at updatedAt + the tenant lifetime, and a consignment update pushes the expiry forward', async () => {
    const { consignment: c, link, token } = await givenActiveLink(app, tenant);
    const [row] = await app.sql<{ updated_at: Date }>('SELECT updated_at FROM consignments WHERE id = $1', [c.id]);
    expect(new Date(link.expiresAt).getTime()).toBe(row.updated_at.getTime() + 30 * DAY);
    // Thirty-one days without a change: the link has expired.
    await app.sql('ALTER TABLE consignments DISABLE TRIGGER consignments_touch');
    await app.sql("UPDATE consignments SET updated_at = now() - interval '31 days' WHERE id = $1", [c.id]);
    await app.sql('ALTER TABLE consignments ENABLE TRIGGER consignments_touch');
    expect((await linksOf(app, tenant.adminToken, c.id))[0].status).toBe('EXPIRED');
    expect(await unavailableReason(app, token)).toBe('EXPIRED');
    // Any change of the consignment moves updatedAt, and the link works again for 30 days.
    await app.ok(UPDATE_STOP, { stopId: c.stops[1].id, input: { estimatedArrival: '2030-01-01T00:00:00Z' } }, tenant.adminToken);
    const [after] = await linksOf(app, tenant.adminToken, c.id);
    expect(after.status).toBe('ACTIVE');
    expect(new Date(after.expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * DAY);
    expect((await trackingPage(app, token)).__typename).toBe('TrackingPage');
  });

  it('billing LOCKED and integration off: NOT_AVAILABLE, and back', async () => {
    const own = await givenTenant(app, { tracking: true });
    const { token } = await givenActiveLink(app, own);
    await setBilling(app, own.id, 'LOCKED');
    expect(await unavailableReason(app, token)).toBe('NOT_AVAILABLE');
    await setBilling(app, own.id, 'ACTIVE');
    expect((await trackingPage(app, token)).__typename).toBe('TrackingPage');
    await setIntegration(app, own.id, false);
    expect(await unavailableReason(app, token)).toBe('NOT_AVAILABLE');
    await setIntegration(app, own.id, true);
    expect((await trackingPage(app, token)).__typename).toBe('TrackingPage');
  });

  it('a deleted consignment makes its links NOT_AVAILABLE', async () => {
    const { consignment: c, token } = await givenActiveLink(app, tenant);
    await app.ok(DELETE_CONSIGNMENT, { consignmentId: c.id }, tenant.adminToken);
    expect(await unavailableReason(app, token)).toBe('NOT_AVAILABLE');
  });
});

describe('per-recipient links', () => {
  it('gives each recipient one active link; revoking one leaves the others working', async () => {
    const c = await givenConsignment(app, tenant.adminToken);
    const create = (recipientEmail: string) => app.gql(CREATE_TRACKING_LINK, { consignmentId: c.id, input: { recipientEmail } }, tenant.adminToken);
    const a = (await create('warehouse@example.com')).data!.createTrackingLink;
    const b = (await create('terminal@example.com')).data!.createTrackingLink;
    const again = await create('Warehouse@Example.com');
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.recipientEmail' });
    const bad = await create('not-an-email');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.recipientEmail' });
    await app.ok(REVOKE_TRACKING_LINK, { linkId: a.id }, tenant.adminToken);
    expect(await unavailableReason(app, tokenOf(a.url))).toBe('NOT_AVAILABLE');
    expect((await trackingPage(app, tokenOf(b.url))).__typename).toBe('TrackingPage');
    const links = await linksOf(app, tenant.adminToken, c.id);
    expect(links.map((l) => [l.recipientEmail, l.status])).toEqual([
      [null, 'ACTIVE'],
      ['warehouse@example.com', 'REVOKED'],
      ['terminal@example.com', 'ACTIVE'],
    ]);
  });
});

describe('views and audit', () => {
  it('counts views when the page query runs, not when the HTML is fetched, and a visitor\'s reloads once', async () => {
    const { consignment: c, link, token } = await givenActiveLink(app, tenant);
    const html = await fetch(link.url.replace(/^http:\/\/localhost:\d+/, app.url));
    expect([200, 404]).toContain(html.status);
    expect((await linksOf(app, tenant.adminToken, c.id))[0].viewCount).toBe(0);
    await trackingPage(app, token);
    await trackingPage(app, token);
    const [after] = await linksOf(app, tenant.adminToken, c.id);
    expect(after.viewCount).toBe(1);
    expect(after.lastViewedAt).not.toBeNull();
  });

  it('records who created, changed, revoked and regenerated each link', async () => {
    const { consignment: c, link } = await givenActiveLink(app, tenant);
    await app.ok(UPDATE_TRACKING_LINK, { linkId: link.id, input: { showPalletScans: false } }, tenant.dispatcherToken);
    const { regenerateTrackingLink } = await app.ok(REGENERATE_TRACKING_LINK, { linkId: link.id }, tenant.adminToken);
    await app.ok(REVOKE_TRACKING_LINK, { linkId: regenerateTrackingLink.id }, tenant.adminToken);
    const { consignment } = await app.ok(AUDIT_LOGS, { id: c.id }, tenant.adminToken);
    const [first, second] = consignment?.trackingLinks ?? [];
    expect(first.auditLog.map((e) => e.action)).toEqual(['CREATED', 'UPDATED', 'REGENERATED']);
    expect(first.auditLog[0].actor).toBe('system');
    expect(first.auditLog[1].actor).toMatch(/^dispatch-/);
    expect(first.auditLog[1].detail).toMatch(/showPalletScans=false/);
    expect(second.auditLog.map((e) => e.action)).toEqual(['REGENERATED', 'REVOKED']);
    expect(second.auditLog[1].actor).toBe(tenant.adminEmail);
  });
});

describe('tenant isolation of links', () => {
  it("cannot revoke, regenerate or change another tenant's link", async () => {
    const other = await givenTenant(app, { tracking: true });
    const { consignment: c, link, token } = await givenActiveLink(app, other);
    const mine = tenant.adminToken;
    const attempts: Array<() => Promise<GqlResult<unknown>>> = [
      () => app.gql(REVOKE_TRACKING_LINK, { linkId: link.id }, mine),
      () => app.gql(REGENERATE_TRACKING_LINK, { linkId: link.id }, mine),
      () => app.gql(UPDATE_TRACKING_LINK, { linkId: link.id, input: { showCargo: false } }, mine),
      () => app.gql(CREATE_TRACKING_LINK, { consignmentId: c.id, input: { recipientEmail: 'x@example.com' } }, mine),
    ];
    for (const attempt of attempts) {
      expect((await attempt()).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect((await trackingPage(app, token)).__typename).toBe('TrackingPage');
  });
});

describe('recalculateTasks', () => {
  it('creates the missing links of orders made before the integration was on, once', async () => {
    const late = await givenTenant(app);
    const made = await givenConsignments(app, late.adminToken, 3);
    const orderId = await orderIdOf(app, made[0].id);
    expect(await app.sql('SELECT 1 FROM tracking_links WHERE consignment_id = ANY($1::uuid[])', [made.map((c) => c.id)])).toHaveLength(0);
    await setIntegration(app, late.id, true);
    const run = () => app.ok(RECALCULATE_TASKS, { orderIds: [orderId] }, late.adminToken);
    expect((await run()).recalculateTasks).toEqual({ consignments: 3, linksCreated: 3, emailsQueued: 0 });
    expect((await run()).recalculateTasks).toEqual({ consignments: 3, linksCreated: 0, emailsQueued: 0 });
    // A link staff revoked stays revoked: recalculating makes no new URL for it.
    const [revoked] = await linksOf(app, late.adminToken, made[0].id);
    await app.ok(REVOKE_TRACKING_LINK, { linkId: revoked.id }, late.adminToken);
    expect((await run()).recalculateTasks.linksCreated).toBe(0);
    expect((await linksOf(app, late.adminToken, made[0].id)).map((l) => l.status)).toEqual(['REVOKED']);
    for (const c of made.slice(1)) {
      const [link] = await linksOf(app, late.adminToken, c.id);
      expect((await shownPage(app, tokenOf(link.url))).reference).toBe(c.reference);
    }
    const foreign = await app.gql(RECALCULATE_TASKS, { orderIds: [orderId] }, tenant.adminToken);
    expect(foreign.errors?.[0].extensions?.field).toBe('orderIds[0]');
  });
});

describe('tokens at rest', () => {
  it('a dump of every table contains no working token', async () => {
    const c = await givenConsignment(app, tenant.adminToken);
    await app.ok(CREATE_TRACKING_LINK, { consignmentId: c.id, input: { recipientEmail: 'dump@example.com' } }, tenant.adminToken);
    const { consignments } = await app.ok(ALL_LINK_URLS, {}, tenant.adminToken);
    const tokens = consignments.edges.flatMap((e) => e.node.trackingLinks.map((l) => tokenOf(l.url)));
    expect(tokens.length).toBeGreaterThan(5);
    const tables = await app.sql<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
    let dump = '';
    for (const { tablename } of tables) {
      const rows = await app.sql<{ j: string }>(`SELECT row_to_json(t)::text AS j FROM "${tablename}" t`);
      dump += rows.map((r) => r.j).join('\n');
    }
    expect(dump).toContain('dump@example.com');
    for (const token of tokens) expect(dump.includes(token)).toBe(false);
  });
});
