import fc from 'fast-check';
import { DEFAULT_TEMPLATE, resolveSections, TEMPLATE_SECTIONS, type SectionOverrides, type TemplateSection } from '@tracklink/shared';
import {
  ADD_NOTE,
  ADD_PHOTO,
  CREATE_MISSING_ORDER_LINKS,
  CREATE_ORDER,
  CREATE_ORDER_LINK,
  DEFINE_CUSTOM_FIELD,
  DELETE_CONSIGNMENT,
  DELETE_CUSTOMER_TEMPLATE,
  ORDER_LINKS,
  ORDER_TRACKING_PAGE,
  REGENERATE_ORDER_LINK,
  REVOKE_ORDER_LINK,
  REVOKE_TRACKING_LINK,
  SET_CUSTOMER_TEMPLATE,
  UPDATE_ORDER_LINK,
  UPDATE_TEMPLATE,
  UPDATE_TENANT_SETTINGS,
  type OrderPage,
  type OrderPageResult,
  type SectionInput,
  type TrackingPage,
} from '../../../test/documents';
import { consignmentInput, givenTenant, linksOf, stop, tokenOf, type TenantFixture } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { publicGql, SECTION_PROBES, setSections, subscribeUpdates } from '../../../test/public-api';

// One public page per order: its link's rules, and what the page shows of each consignment.

let app: TestApp;
let tenant: TenantFixture;

// Values that only internal data holds: none may ever reach the public page.
const SECRETS = ['INTERNAL-NOTE-7731', '98765.43', '12345.67', 'INTERNAL-CAPTION-55', 'https://img.example/internal.jpg'];

/** Values of each section (in every consignment of the property's order) that must not appear in the HTML when it is hidden. */
const SECTION_VALUES: Partial<Record<TemplateSection, string[]>> = {
  showStopReferences: ['PUREF-', 'DLREF-'],
  showCargo: ['Crates of glass'],
  showCustomerReference: ['CUSTREF-'],
  showContainerNumber: ['MSKU1234565'],
  showTransportService: ['FTL-Express-Service'],
  showCustomFields: ['TEMP-2-8'],
  showExtraFields: ['DOCKVALUE-'],
  showNotes: ['Ring-the-bell-'],
  showPhotos: ['https://img.example/pod-'],
};



async function orderPage(token: string): Promise<OrderPageResult> {
  const res = await publicGql(app, ORDER_TRACKING_PAGE, { token });
  if (res.body.errors || !res.body.data) throw new Error(`public errors: ${JSON.stringify(res.body.errors ?? res.body)}`);
  return res.body.data.trackingPage;
}

async function shownOrder(token: string): Promise<OrderPage> {
  const page = await orderPage(token);
  if (page.__typename !== 'TrackingPage') throw new Error(`no page: ${page.reason}`);
  return page;
}

async function reasonOf(token: string): Promise<string | null> {
  const page = await orderPage(token);
  return page.__typename === 'TrackingUnavailable' ? page.reason : null;
}

async function html(token: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`${app.url}/t/${token}`);
  return { status: res.status, text: await res.text() };
}

let seq = 0;
/** An order of `count` consignments, each with a value for every section (numbered per consignment). */
async function givenOrder(count: number, customerName = 'Order Customer'): Promise<{ id: string; reference: string; consignments: Array<{ id: string; reference: string }> }> {
  seq++;
  const { createOrder } = await app.ok(
    CREATE_ORDER,
    {
      input: {
        reference: `ORDER-${seq}-${Date.now()}`,
        customerName,
        consignments: Array.from({ length: count }, (_, i) =>
          consignmentInput({
            status: 'IN_TRANSIT',
            customerReference: `CUSTREF-${seq}-${i}`,
            containerNumber: 'MSKU1234565',
            transportService: 'FTL-Express-Service',
            extraFields: [{ key: 'Dock', value: `DOCKVALUE-${i}` }],
            customFields: [{ key: 'temperature', value: 'TEMP-2-8' }],
            price: 12345.67,
            cost: 98765.43,
            internalNotes: 'INTERNAL-NOTE-7731',
            cargo: [{ description: 'Crates of glass', quantity: 2 + i, packagingType: 'PALLET', weightKg: 500 }],
            stops: [
              stop('PICKUP', { reference: `PUREF-${i}`, latitude: 51.9 + i / 10, longitude: 4.0, estimatedArrival: '2030-01-01T08:00:00Z' }),
              stop('DELIVERY', { reference: `DLREF-${i}`, latitude: 48.1 + i / 10, longitude: 11.5, estimatedArrival: '2030-01-02T08:00:00Z' }),
            ],
          }),
        ),
      },
    },
    tenant.adminToken,
  );
  for (const [i, c] of createOrder.consignments.entries()) {
    await app.ok(ADD_NOTE, { consignmentId: c.id, input: { scope: 'CUSTOMER', text: `Ring-the-bell-${i}` } }, tenant.adminToken);
    await app.ok(ADD_NOTE, { consignmentId: c.id, input: { scope: 'INTERNAL', text: 'INTERNAL-NOTE-7731' } }, tenant.adminToken);
    await app.ok(ADD_PHOTO, { consignmentId: c.id, input: { url: `https://img.example/pod-${i}.jpg`, caption: 'Proof', customerVisible: true } }, tenant.adminToken);
    await app.ok(ADD_PHOTO, { consignmentId: c.id, input: { url: 'https://img.example/internal.jpg', caption: 'INTERNAL-CAPTION-55' } }, tenant.adminToken);
  }
  return createOrder;
}

async function orderLinkOf(orderId: string) {
  const { order } = await app.ok(ORDER_LINKS, { id: orderId }, tenant.adminToken);
  const active = order!.orderLinks.filter((l) => !l.revokedAt);
  if (active.length !== 1) throw new Error(`order ${orderId} has ${active.length} active order links`);
  return { link: active[0]!, token: tokenOf(active[0]!.url) };
}

beforeAll(async () => {
  app = await startTestApp({ PUBLIC_RATE_LIMIT: '100000', PUBLIC_MISS_LIMIT: '100000' });
  tenant = await givenTenant(app, { tracking: true });
  await app.ok(DEFINE_CUSTOM_FIELD, { key: 'temperature', label: 'Temperature' }, tenant.adminToken);
});
afterAll(() => app.close());

describe('order links', () => {
  it('are made per new order only once the tenant turns them on; existing orders get one on demand, once', async () => {
    const before = await givenOrder(1);
    expect((await app.ok(ORDER_LINKS, { id: before.id }, tenant.adminToken)).order!.orderLinks).toEqual([]);
    const { updateTenantSettings } = await app.ok(UPDATE_TENANT_SETTINGS, { input: { orderLinksEnabled: true } }, tenant.adminToken);
    expect(updateTenantSettings.orderLinksEnabled).toBe(true);
    const after = await givenOrder(2);
    const { link } = await orderLinkOf(after.id);
    expect(link).toMatchObject({ status: 'ACTIVE', createdBy: 'system', viewCount: 0 });
    // One link for the order, not one per consignment.
    expect((await app.ok(ORDER_LINKS, { id: after.id }, tenant.adminToken)).order!.orderLinks).toHaveLength(1);

    const first = await app.ok(CREATE_MISSING_ORDER_LINKS, {}, tenant.adminToken);
    expect(first.createMissingOrderLinks.created).toBeGreaterThanOrEqual(1);
    expect(first.createMissingOrderLinks.more).toBe(false);
    await orderLinkOf(before.id);
    expect((await app.ok(CREATE_MISSING_ORDER_LINKS, {}, tenant.adminToken)).createMissingOrderLinks.created).toBe(0);
  });

  it('staff make, change, revoke and regenerate one; bad input is named', async () => {
    const order = await givenOrder(1);
    const { link } = await orderLinkOf(order.id);
    const dup = await app.gql(CREATE_ORDER_LINK, { orderId: order.id }, tenant.adminToken);
    expect(dup.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const unknown = await app.gql(CREATE_ORDER_LINK, { orderId: '00000000-0000-4000-8000-000000000000' }, tenant.adminToken);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const past = await app.gql(UPDATE_ORDER_LINK, { linkId: link.id, input: { expiresAt: '2001-01-01T00:00:00Z' } }, tenant.adminToken);
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expiresAt' });

    const { updateOrderLink } = await app.ok(UPDATE_ORDER_LINK, { linkId: link.id, input: { showCargo: false } }, tenant.adminToken);
    expect(updateOrderLink.overrides.showCargo).toBe(false);
    expect(updateOrderLink.url).toBe(link.url);

    const { regenerateOrderLink } = await app.ok(REGENERATE_ORDER_LINK, { linkId: link.id }, tenant.adminToken);
    expect(regenerateOrderLink.url).not.toBe(link.url);
    expect(regenerateOrderLink.overrides.showCargo).toBe(false);
    expect(await reasonOf(tokenOf(link.url))).toBe('NOT_AVAILABLE');
    expect((await shownOrder(tokenOf(regenerateOrderLink.url))).consignments).toHaveLength(1);

    const { revokeOrderLink } = await app.ok(REVOKE_ORDER_LINK, { linkId: regenerateOrderLink.id }, tenant.adminToken);
    expect(revokeOrderLink.status).toBe('REVOKED');
    const again = await app.gql(REGENERATE_ORDER_LINK, { linkId: regenerateOrderLink.id }, tenant.adminToken);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'linkId' });
    // A new one may be made once none is active.
    const { createOrderLink } = await app.ok(CREATE_ORDER_LINK, { orderId: order.id, input: { showNotes: false } }, tenant.adminToken);
    expect(createOrderLink).toMatchObject({ status: 'ACTIVE', createdBy: tenant.adminEmail });
  });
});

describe('the order page', () => {
  it("shows every consignment with its status, ETA and map coordinates, under the order's reference", async () => {
    const order = await givenOrder(3);
    const { token } = await orderLinkOf(order.id);
    const page = await shownOrder(token);
    expect(page.reference).toBe(order.reference);
    expect(page.organization.name).toBeTruthy();
    expect(page.status).toBeNull();
    expect(page.stops).toEqual([]);
    // Made together, they come in reference order.
    expect(page.consignments!.map((c) => c.reference)).toEqual(order.consignments.map((c) => c.reference).sort());
    for (const c of page.consignments!) {
      expect(c.status).toBe('IN_TRANSIT');
      expect(c.stops.map((s) => s.estimatedArrival)).toEqual(['2030-01-01T08:00:00.000Z', '2030-01-02T08:00:00.000Z']);
      expect(c.stops.every((s) => s.latitude !== null && s.longitude !== null)).toBe(true);
      expect(c.expiresAt).toBe(page.expiresAt);
      expect(c.feedback).toBeNull();
    }
    const json = JSON.stringify(page);
    for (const secret of SECRETS) expect(json).not.toContain(secret);

    // Rendered on the server: the order's page, a line per shipment with its status and next arrival.
    const rendered = await fetch(`${app.url}/t/${token}`, { headers: { 'accept-language': 'nl' } });
    const text = await rendered.text();
    expect(rendered.status).toBe(200);
    expect(text).toContain('data-testid="order-tracking-page"');
    expect(text).toContain(`<title>Order ${order.reference} – `);
    expect(text.match(/data-testid="order-consignment"/g)).toHaveLength(3);
    for (const c of order.consignments) expect(text).toContain(c.reference);
    expect(text).toContain('Zendingen (3)');
    expect(text).toContain('Volgende aankomst');
    expect(text).toContain('Onderweg');
  });

  it("a revoked order link shows nothing; a revoked consignment link does not hide its consignment from an active order link", async () => {
    const order = await givenOrder(2);
    const { link, token } = await orderLinkOf(order.id);
    const [consignmentLink] = await linksOf(app, tenant.adminToken, order.consignments[0]!.id);
    await app.ok(REVOKE_TRACKING_LINK, { linkId: consignmentLink!.id }, tenant.adminToken);
    expect((await shownOrder(token)).consignments!.map((c) => c.reference)).toEqual(order.consignments.map((c) => c.reference).sort());

    await app.ok(REVOKE_ORDER_LINK, { linkId: link.id }, tenant.adminToken);
    expect(await reasonOf(token)).toBe('NOT_AVAILABLE');
    const page = await html(token);
    expect(page.text).toContain('data-reason="NOT_AVAILABLE"');
    expect(page.text).not.toContain(order.consignments[1]!.reference);
  });

  it('an expired order link shows the expired page', async () => {
    const order = await givenOrder(1);
    const { link, token } = await orderLinkOf(order.id);
    await app.sql("UPDATE order_links SET expires_at = now() - interval '1 minute' WHERE id = $1", [link.id]);
    expect(await reasonOf(token)).toBe('EXPIRED');
    const page = await html(token);
    expect(page.text).toContain('data-reason="EXPIRED"');
    expect(page.text).not.toContain(order.consignments[0]!.reference);
    const { order: after } = await app.ok(ORDER_LINKS, { id: order.id }, tenant.adminToken);
    expect(after!.orderLinks[0]!.status).toBe('EXPIRED');
  });

  it("expires the tenant's link lifetime after the last change of the order or any of its consignments", async () => {
    const order = await givenOrder(2);
    const { link, token } = await orderLinkOf(order.id);
    await app.sql("UPDATE orders SET updated_at = now() - interval '40 days' WHERE id = $1", [order.id]);
    await app.sql('ALTER TABLE consignments DISABLE TRIGGER consignments_touch');
    await app.sql("UPDATE consignments SET updated_at = now() - interval '40 days' WHERE order_id = $1", [order.id]);
    expect(await reasonOf(token)).toBe('EXPIRED');
    // One consignment changed 10 days ago: the page works for 20 more days.
    await app.sql("UPDATE consignments SET updated_at = now() - interval '10 days' WHERE id = $1", [order.consignments[1]!.id]);
    await app.sql('ALTER TABLE consignments ENABLE TRIGGER consignments_touch');
    const page = await shownOrder(token);
    const days = (Date.parse(page.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(19.9);
    expect(days).toBeLessThan(20.1);
    const { order: after } = await app.ok(ORDER_LINKS, { id: order.id }, tenant.adminToken);
    expect(after!.orderLinks.find((l) => l.id === link.id)!.expiresAt).toBe(page.expiresAt);
  });

  it('never shows a deleted consignment; with all deleted, the page is not available', async () => {
    const order = await givenOrder(2);
    const { token } = await orderLinkOf(order.id);
    await app.ok(DELETE_CONSIGNMENT, { consignmentId: order.consignments[0]!.id }, tenant.adminToken);
    const page = await shownOrder(token);
    expect(page.consignments!.map((c) => c.reference)).toEqual([order.consignments[1]!.reference]);
    const rendered = await html(token);
    expect(rendered.text).not.toContain(order.consignments[0]!.reference);
    await app.ok(DELETE_CONSIGNMENT, { consignmentId: order.consignments[1]!.id }, tenant.adminToken);
    expect(await reasonOf(token)).toBe('NOT_AVAILABLE');
  });

  it('counts no view for the HTML; the running page counts one (its live updates are refused: it polls)', async () => {
    const order = await givenOrder(1);
    const { link, token } = await orderLinkOf(order.id);
    const views = async () => (await app.sql<{ view_count: number }>('SELECT view_count FROM order_links WHERE id = $1', [link.id]))[0]!.view_count;
    for (let i = 0; i < 2; i++) expect((await html(token)).status).toBe(200);
    expect(await views()).toBe(0);
    const live = subscribeUpdates(app, token);
    try {
      await live.until(() => live.errors.length > 0 || live.completed, 2000, 'the refusal');
      expect(JSON.stringify(live.errors)).toContain('poll trackingPage');
      expect(live.updates).toEqual([]);
    } finally {
      await live.close();
    }
    expect(await views()).toBe(1);
    // The page's polls from the same address within half an hour: the same view.
    await shownOrder(token);
    expect(await views()).toBe(1);
  });
});

describe('property: no hidden section of any consignment appears on the order page', () => {
  const overrides = fc.record(
    Object.fromEntries(TEMPLATE_SECTIONS.map((s) => [s, fc.option(fc.boolean(), { nil: undefined })])) as Record<TemplateSection, fc.Arbitrary<boolean | undefined>>,
  );
  const full = fc.record(Object.fromEntries(TEMPLATE_SECTIONS.map((s) => [s, fc.boolean()])) as Record<TemplateSection, fc.Arbitrary<boolean>>);

  it('holds in the GraphQL answer and in the server-rendered HTML, for random templates, link options and orders', async () => {
    const orders = [await givenOrder(2, 'Property Customer'), await givenOrder(3, 'Property Customer'), await givenOrder(4, 'Property Customer')];
    const [{ customer_id: customerId }] = await app.sql<{ customer_id: string }>('SELECT customer_id FROM orders WHERE id = $1', [orders[0]!.id]);
    const links = await Promise.all(orders.map((o) => orderLinkOf(o.id)));
    await fc.assert(
      fc.asyncProperty(fc.nat(orders.length - 1), full, fc.option(overrides, { nil: null }), overrides, async (which, tenantT, customerT, linkT) => {
        const order = orders[which]!;
        const { link, token } = links[which]!;
        await app.ok(UPDATE_TEMPLATE, { input: setSections(tenantT) }, tenant.adminToken);
        if (customerT === null) await app.ok(DELETE_CUSTOMER_TEMPLATE, { customerId }, tenant.adminToken);
        else await app.ok(SET_CUSTOMER_TEMPLATE, { input: { customerId, ...setSections(customerT) } }, tenant.adminToken);
        await app.ok(UPDATE_ORDER_LINK, { linkId: link.id, input: { inherit: [...TEMPLATE_SECTIONS], ...setSections(linkT) } }, tenant.adminToken);

        const expected = { ...resolveSections(tenantT, customerT, linkT), showFeedback: false };
        const page = await shownOrder(token);
        expect(page.consignments).toHaveLength(order.consignments.length);
        const json = JSON.stringify(page);
        for (const secret of SECRETS) expect(json).not.toContain(secret);
        for (const consignment of page.consignments!) {
          for (const section of TEMPLATE_SECTIONS) {
            // No driver is assigned, and no proof of delivery recorded: those two never show here.
            const want = section === 'showDriverPosition' || section === 'showProofOfDelivery' ? false : expected[section];
            expect({ consignment: consignment.reference, section, shown: SECTION_PROBES[section](consignment) }).toEqual({
              consignment: consignment.reference,
              section,
              shown: want,
            });
          }
        }
        const rendered = await html(token);
        expect(rendered.status).toBe(200);
        for (const secret of SECRETS) expect(rendered.text).not.toContain(secret);
        for (const [section, values] of Object.entries(SECTION_VALUES) as Array<[TemplateSection, string[]]>) {
          if (expected[section]) continue;
          for (const value of values) expect({ section, value, inHtml: rendered.text.includes(value) }).toEqual({ section, value, inHtml: false });
        }
      }),
      { numRuns: 60 },
    );
    await app.ok(UPDATE_TEMPLATE, { input: DEFAULT_TEMPLATE }, tenant.adminToken);
    await app.ok(DELETE_CUSTOMER_TEMPLATE, { customerId }, tenant.adminToken);
  }, 180_000);
});
