import {
  createConsignments,
  createTenant,
  createTrackingTenant,
  LINK_FIELDS,
  linksOf,
  setBilling,
  setIntegration,
  tokenOf,
  trackingPage,
  type TenantFixture,
} from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';

let app: TestApp;
let tenant: TenantFixture;
beforeAll(async () => {
  app = await startTestApp();
  tenant = await createTrackingTenant(app);
});
afterAll(() => app.close());

const DAY = 86_400_000;

describe('link lifecycle', () => {
  it('auto-creates a working link with a 256-bit URL-safe token when the integration is on', async () => {
    const [c] = await createConsignments(app, tenant.adminToken);
    const [link] = await linksOf(app, tenant.adminToken, c.id);
    expect(link.status).toBe('ACTIVE');
    expect(link.recipientEmail).toBeNull();
    expect(link.url).toMatch(/^http:\/\/localhost:\d+\/t\/[A-Za-z0-9_-]{43}$/);
    const page = await trackingPage(app, tokenOf(link.url));
    expect(page.__typename).toBe('TrackingPage');
    expect(page.reference).toBe(c.reference);
  });

  it('makes no link without the integration, nor with auto-create off, until one is created', async () => {
    const off = await createTenant(app);
    const [c] = await createConsignments(app, off.adminToken);
    expect(await linksOf(app, off.adminToken, c.id)).toEqual([]);
    const refused = await app.gql(`mutation { createTrackingLink(consignmentId: "${c.id}") { id } }`, {}, off.adminToken);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const manual = await createTrackingTenant(app);
    await app.ok('mutation { updateTenantSettings(input: { autoCreateLinks: false }) { autoCreateLinks } }', {}, manual.adminToken);
    const [d] = await createConsignments(app, manual.adminToken);
    expect(await linksOf(app, manual.adminToken, d.id)).toEqual([]);
    const { createTrackingLink } = await app.ok(`mutation { createTrackingLink(consignmentId: "${d.id}") { ${LINK_FIELDS} } }`, {}, manual.dispatcherToken);
    expect(createTrackingLink.status).toBe('ACTIVE');
    expect((await trackingPage(app, tokenOf(createTrackingLink.url))).__typename).toBe('TrackingPage');
  });

  it('revoke: NOT_AVAILABLE at once, permanently, and no new link appears', async () => {
    const [c] = await createConsignments(app, tenant.adminToken);
    const [link] = await linksOf(app, tenant.adminToken, c.id);
    const { revokeTrackingLink } = await app.ok(`mutation { revokeTrackingLink(linkId: "${link.id}") { status revokedAt } }`, {}, tenant.dispatcherToken);
    expect(revokeTrackingLink.status).toBe('REVOKED');
    expect(await trackingPage(app, tokenOf(link.url))).toEqual({
      __typename: 'TrackingUnavailable',
      reason: 'NOT_AVAILABLE',
      message: 'This tracking link is not available',
    });
    expect(await linksOf(app, tenant.adminToken, c.id)).toHaveLength(1);
    const update = await app.gql(`mutation { updateTrackingLink(linkId: "${link.id}", input: { showCargo: false }) { id } }`, {}, tenant.adminToken);
    expect(update.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const { createTrackingLink } = await app.ok(`mutation { createTrackingLink(consignmentId: "${c.id}") { url status } }`, {}, tenant.adminToken);
    expect(createTrackingLink.url).not.toBe(link.url);
    expect((await trackingPage(app, tokenOf(createTrackingLink.url))).__typename).toBe('TrackingPage');
    expect((await trackingPage(app, tokenOf(link.url))).reason).toBe('NOT_AVAILABLE');
  });

  it('unknown and revoked tokens answer identically', async () => {
    const [c] = await createConsignments(app, tenant.adminToken);
    const [link] = await linksOf(app, tenant.adminToken, c.id);
    await app.ok(`mutation { revokeTrackingLink(linkId: "${link.id}") { id } }`, {}, tenant.adminToken);
    const revoked = await trackingPage(app, tokenOf(link.url));
    const unknown = await trackingPage(app, 'A'.repeat(43));
    const garbage = await trackingPage(app, 'not a token');
    expect(unknown).toEqual(revoked);
    expect(garbage).toEqual(revoked);
  });

  it('regenerate: the old URL stops working and the new one works, in one step', async () => {
    const [c] = await createConsignments(app, tenant.adminToken);
    const [old] = await linksOf(app, tenant.adminToken, c.id);
    await app.ok(`mutation { updateTrackingLink(linkId: "${old.id}", input: { showCargo: false }) { id } }`, {}, tenant.adminToken);
    const { regenerateTrackingLink: fresh } = await app.ok(
      `mutation { regenerateTrackingLink(linkId: "${old.id}") { ${LINK_FIELDS} overrides { showCargo } } }`,
      {},
      tenant.adminToken,
    );
    expect(fresh.id).not.toBe(old.id);
    expect(fresh.url).not.toBe(old.url);
    expect(fresh.overrides.showCargo).toBe(false);
    expect((await trackingPage(app, tokenOf(old.url))).reason).toBe('NOT_AVAILABLE');
    const page = await trackingPage(app, tokenOf(fresh.url));
    expect(page.__typename).toBe('TrackingPage');
    expect(page.cargo).toBeNull();
    const statuses = (await linksOf(app, tenant.adminToken, c.id)).map((l) => l.status);
    expect(statuses).toEqual(['REVOKED', 'ACTIVE']);
  });

  it('explicit expiry in the past: EXPIRED; clearing it brings the link back', async () => {
    const [c] = await createConsignments(app, tenant.adminToken);
    const [link] = await linksOf(app, tenant.adminToken, c.id);
    const past = new Date(Date.now() - 60_000).toISOString();
    const { updateTrackingLink } = await app.ok(
      `mutation($at: DateTimeISO) { updateTrackingLink(linkId: "${link.id}", input: { expiresAt: $at }) { status expiresAt url } }`,
      { at: past },
      tenant.adminToken,
    );
    expect(updateTrackingLink.status).toBe('EXPIRED');
    expect(updateTrackingLink.url).toBe(link.url);
    expect(await trackingPage(app, tokenOf(link.url))).toEqual({
      __typename: 'TrackingUnavailable',
      reason: 'EXPIRED',
      message: 'This tracking link has expired',
    });
    await app.ok(`mutation { updateTrackingLink(linkId: "${link.id}", input: { clearExpiresAt: true }) { status } }`, {}, tenant.adminToken);
    expect((await trackingPage(app, tokenOf(link.url))).__typename).toBe('TrackingPage');
  });

  it('expires at updatedAt + the tenant lifetime, and a consignment update pushes the expiry forward', async () => {
    const [c] = await createConsignments(app, tenant.adminToken);
    const [link] = await linksOf(app, tenant.adminToken, c.id);
    const [row] = await app.sql('SELECT updated_at FROM consignments WHERE id = $1', [c.id]);
    expect(new Date(link.expiresAt).getTime()).toBe(new Date(row.updated_at).getTime() + 30 * DAY);
    // Thirty-one days without a change: the link has expired.
    await app.sql('ALTER TABLE consignments DISABLE TRIGGER consignments_touch');
    await app.sql("UPDATE consignments SET updated_at = now() - interval '31 days' WHERE id = $1", [c.id]);
    await app.sql('ALTER TABLE consignments ENABLE TRIGGER consignments_touch');
    expect((await linksOf(app, tenant.adminToken, c.id))[0].status).toBe('EXPIRED');
    expect((await trackingPage(app, tokenOf(link.url))).reason).toBe('EXPIRED');
    // Any change of the consignment moves updatedAt, and the link works again for 30 days.
    await app.ok(`mutation { updateStop(stopId: "${c.stops[1].id}", input: { estimatedArrival: "2030-01-01T00:00:00Z" }) { id } }`, {}, tenant.adminToken);
    const [after] = await linksOf(app, tenant.adminToken, c.id);
    expect(after.status).toBe('ACTIVE');
    expect(new Date(after.expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * DAY);
    expect((await trackingPage(app, tokenOf(link.url))).__typename).toBe('TrackingPage');
  });

  it('billing LOCKED and integration off: NOT_AVAILABLE, and back', async () => {
    const own = await createTrackingTenant(app);
    const [c] = await createConsignments(app, own.adminToken);
    const [link] = await linksOf(app, own.adminToken, c.id);
    const token = tokenOf(link.url);
    await setBilling(app, own.id, 'LOCKED');
    expect((await trackingPage(app, token)).reason).toBe('NOT_AVAILABLE');
    await setBilling(app, own.id, 'ACTIVE');
    expect((await trackingPage(app, token)).__typename).toBe('TrackingPage');
    await setIntegration(app, own.id, false);
    expect((await trackingPage(app, token)).reason).toBe('NOT_AVAILABLE');
    await setIntegration(app, own.id, true);
    expect((await trackingPage(app, token)).__typename).toBe('TrackingPage');
  });

  it('a deleted consignment makes its links NOT_AVAILABLE', async () => {
    const [c] = await createConsignments(app, tenant.adminToken);
    const [link] = await linksOf(app, tenant.adminToken, c.id);
    await app.ok(`mutation { deleteConsignment(consignmentId: "${c.id}") }`, {}, tenant.adminToken);
    expect((await trackingPage(app, tokenOf(link.url))).reason).toBe('NOT_AVAILABLE');
  });
});

describe('per-recipient links', () => {
  it('gives each recipient one active link; revoking one leaves the others working', async () => {
    const [c] = await createConsignments(app, tenant.adminToken);
    const create = (email: string) =>
      app.gql(`mutation { createTrackingLink(consignmentId: "${c.id}", input: { recipientEmail: "${email}" }) { id url recipientEmail } }`, {}, tenant.adminToken);
    const a = (await create('warehouse@example.com')).data!.createTrackingLink;
    const b = (await create('terminal@example.com')).data!.createTrackingLink;
    const again = await create('Warehouse@Example.com');
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.recipientEmail' });
    const bad = await create('not-an-email');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.recipientEmail' });
    await app.ok(`mutation { revokeTrackingLink(linkId: "${a.id}") { id } }`, {}, tenant.adminToken);
    expect((await trackingPage(app, tokenOf(a.url))).reason).toBe('NOT_AVAILABLE');
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
    const [c] = await createConsignments(app, tenant.adminToken);
    const [link] = await linksOf(app, tenant.adminToken, c.id);
    const html = await fetch(link.url.replace(/^http:\/\/localhost:\d+/, app.url));
    expect([200, 404]).toContain(html.status);
    expect((await linksOf(app, tenant.adminToken, c.id))[0].viewCount).toBe(0);
    await trackingPage(app, tokenOf(link.url));
    await trackingPage(app, tokenOf(link.url));
    const [after] = await linksOf(app, tenant.adminToken, c.id);
    expect(after.viewCount).toBe(1);
    expect(after.lastViewedAt).not.toBeNull();
  });

  it('records who created, changed, revoked and regenerated each link', async () => {
    const [c] = await createConsignments(app, tenant.adminToken);
    const [link] = await linksOf(app, tenant.adminToken, c.id);
    await app.ok(`mutation { updateTrackingLink(linkId: "${link.id}", input: { showPalletScans: false }) { id } }`, {}, tenant.dispatcherToken);
    const { regenerateTrackingLink } = await app.ok(`mutation { regenerateTrackingLink(linkId: "${link.id}") { id } }`, {}, tenant.adminToken);
    await app.ok(`mutation { revokeTrackingLink(linkId: "${regenerateTrackingLink.id}") { id } }`, {}, tenant.adminToken);
    const { consignment } = await app.ok(
      `{ consignment(id: "${c.id}") { trackingLinks { id auditLog { action actor detail at } } } }`,
      {},
      tenant.adminToken,
    );
    const [first, second] = consignment.trackingLinks;
    expect(first.auditLog.map((e: any) => e.action)).toEqual(['CREATED', 'UPDATED', 'REGENERATED']);
    expect(first.auditLog[0].actor).toBe('system');
    expect(first.auditLog[1].actor).toMatch(/^dispatch-/);
    expect(first.auditLog[1].detail).toMatch(/showPalletScans=false/);
    expect(second.auditLog.map((e: any) => e.action)).toEqual(['REGENERATED', 'REVOKED']);
    expect(second.auditLog[1].actor).toBe(tenant.adminEmail);
  });
});

describe('tenant isolation of links', () => {
  it("cannot revoke, regenerate or change another tenant's link", async () => {
    const other = await createTrackingTenant(app);
    const [c] = await createConsignments(app, other.adminToken);
    const [link] = await linksOf(app, other.adminToken, c.id);
    for (const m of [
      `mutation { revokeTrackingLink(linkId: "${link.id}") { id } }`,
      `mutation { regenerateTrackingLink(linkId: "${link.id}") { id } }`,
      `mutation { updateTrackingLink(linkId: "${link.id}", input: { showCargo: false }) { id } }`,
      `mutation { createTrackingLink(consignmentId: "${c.id}", input: { recipientEmail: "x@example.com" }) { id } }`,
    ]) {
      expect((await app.gql(m, {}, tenant.adminToken)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect((await trackingPage(app, tokenOf(link.url))).__typename).toBe('TrackingPage');
  });
});

describe('recalculateTasks', () => {
  it('creates the missing links of orders made before the integration was on, once', async () => {
    const late = await createTenant(app);
    const made = await createConsignments(app, late.adminToken, 3);
    const [{ order_id: orderId }] = await app.sql('SELECT order_id FROM consignments WHERE id = $1', [made[0].id]);
    expect(await app.sql('SELECT 1 FROM tracking_links WHERE consignment_id = ANY($1::uuid[])', [made.map((c) => c.id)])).toHaveLength(0);
    await setIntegration(app, late.id, true);
    const run = () => app.ok(`mutation { recalculateTasks(orderIds: ["${orderId}"]) { consignments linksCreated emailsQueued } }`, {}, late.adminToken);
    expect((await run()).recalculateTasks).toEqual({ consignments: 3, linksCreated: 3, emailsQueued: 0 });
    expect((await run()).recalculateTasks).toEqual({ consignments: 3, linksCreated: 0, emailsQueued: 0 });
    // A link staff revoked stays revoked: recalculating makes no new URL for it.
    const [revoked] = await linksOf(app, late.adminToken, made[0].id);
    await app.ok(`mutation { revokeTrackingLink(linkId: "${revoked.id}") { id } }`, {}, late.adminToken);
    expect((await run()).recalculateTasks.linksCreated).toBe(0);
    expect((await linksOf(app, late.adminToken, made[0].id)).map((l) => l.status)).toEqual(['REVOKED']);
    for (const c of made.slice(1)) {
      const [link] = await linksOf(app, late.adminToken, c.id);
      expect((await trackingPage(app, tokenOf(link.url))).reference).toBe(c.reference);
    }
    const foreign = await app.gql(`mutation { recalculateTasks(orderIds: ["${orderId}"]) { consignments } }`, {}, tenant.adminToken);
    expect(foreign.errors?.[0].extensions?.field).toBe('orderIds[0]');
  });
});

describe('tokens at rest', () => {
  it('a dump of every table contains no working token', async () => {
    const [c] = await createConsignments(app, tenant.adminToken);
    await app.ok(`mutation { createTrackingLink(consignmentId: "${c.id}", input: { recipientEmail: "dump@example.com" }) { id } }`, {}, tenant.adminToken);
    const { consignments } = await app.ok('{ consignments(first: 100) { edges { node { trackingLinks { url } } } } }', {}, tenant.adminToken);
    const tokens: string[] = consignments.edges.flatMap((e: any) => e.node.trackingLinks.map((l: any) => tokenOf(l.url)));
    expect(tokens.length).toBeGreaterThan(5);
    const tables = await app.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
    let dump = '';
    for (const { tablename } of tables) {
      const rows = await app.sql(`SELECT row_to_json(t)::text AS j FROM "${tablename}" t`);
      dump += rows.map((r) => r.j).join('\n');
    }
    expect(dump).toContain('dump@example.com');
    for (const token of tokens) expect(dump.includes(token)).toBe(false);
  });
});
