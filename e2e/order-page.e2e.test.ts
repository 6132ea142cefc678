import type { Browser, Page } from 'playwright-core';
import { TEMPLATE_SECTIONS } from '@tracklink/shared';
import { ORDER_LINKS, UPDATE_TEMPLATE, UPDATE_TENANT_SETTINGS, type CreatedConsignment } from '../server/test/documents';
import { eventually } from '../server/test/eventually';
import { givenConsignments, givenTenant, stop, tokenOf, type TenantFixture } from '../server/test/fixtures';
import { startTestApp, type TestApp } from '../server/test/harness';
import { launchBrowser, screenshot, seriousA11yViolations } from './browser';

// An order link's page in Debian's Chromium against the real built app and PostgreSQL.

jest.setTimeout(60_000);

let app: TestApp;
let browser: Browser;
let tenant: TenantFixture;
let consignments: CreatedConsignment[];
let url: string;
let linkId: string;

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1440, height: 900 },
];

beforeAll(async () => {
  app = await startTestApp({ PUBLIC_RATE_LIMIT: '100000', PUBLIC_MISS_LIMIT: '100000' });
  browser = await launchBrowser();
  tenant = await givenTenant(app, { tracking: true });
  await app.ok(UPDATE_TENANT_SETTINGS, { input: { name: 'Northwind Haulage', orderLinksEnabled: true } }, tenant.adminToken);
  await app.ok(UPDATE_TEMPLATE, { input: Object.fromEntries(TEMPLATE_SECTIONS.map((s) => [s, true])) }, tenant.adminToken);
  consignments = await givenConsignments(app, tenant.adminToken, 3, {
    status: 'IN_TRANSIT',
    customerReference: 'PO-4711',
    stops: [stop('PICKUP', { estimatedArrival: '2030-01-01T08:00:00Z' }), stop('DELIVERY', { estimatedArrival: '2030-01-02T08:00:00Z' })],
  });
  const [{ order_id }] = await app.sql<{ order_id: string }>('SELECT order_id FROM consignments WHERE id = $1', [consignments[0]!.id]);
  const { order } = await app.ok(ORDER_LINKS, { id: order_id }, tenant.adminToken);
  url = `${app.url}/t/${tokenOf(order!.orderLinks[0]!.url)}`;
  linkId = order!.orderLinks[0]!.id;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function open(viewport: (typeof VIEWPORTS)[number], locale = 'en-GB', javaScriptEnabled = true): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, locale, javaScriptEnabled });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await page.goto(url);
  return { page, errors };
}

const views = async () => (await app.sql<{ view_count: number }>('SELECT view_count FROM order_links WHERE id = $1', [linkId]))[0]!.view_count;

describe('the order page', () => {
  it('lists every shipment, opens one into its sections, on one map; no serious accessibility issue at phone and desktop sizes', async () => {
    for (const viewport of VIEWPORTS) {
      const { page, errors } = await open(viewport);
      const root = page.getByTestId('order-tracking-page');
      await root.waitFor();
      const items = page.getByTestId('order-consignment');
      expect(await items.count()).toBe(3);
      const text = await root.innerText();
      for (const c of consignments) expect(text).toContain(c.reference);
      expect(text).toContain('Shipments (3)');
      expect(text).toContain('Next arrival');
      // The map loads after the text, in its frame.
      await page.locator('.tp-map .leaflet-container').waitFor();
      expect(await page.locator('.leaflet-marker-icon').count()).toBe(6);
      // Open the first shipment: its own sections.
      await items.first().locator('summary').click();
      const opened = await items.first().innerText();
      expect(opened).toContain('Rotterdam terminal');
      expect(opened).toContain('PO-4711');
      expect(opened).toContain('Pallets of tiles');
      await page.getByText('This page refreshes every 30 seconds.').waitFor();
      await screenshot(page, `order-page-${viewport.name}`);
      expect(await seriousA11yViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('is in the recipient\'s language, and shows its content without JavaScript', async () => {
    const { page } = await open(VIEWPORTS[0]!, 'de-DE', false);
    const text = await page.getByTestId('order-tracking-page').innerText();
    expect(text).toContain('Sendungen (3)');
    expect(text).toContain('Unterwegs');
    expect(await page.title()).toMatch(/^Auftrag /);
    await page.context().close();
  });

  it('counted one view for the browsers above (one visitor), none for fetching its HTML', async () => {
    await eventually(async () => (await views()) === 1, { timeoutMs: 3000, intervalMs: 50, what: `the view of the opened pages (${await views()})` });
    for (let i = 0; i < 2; i++) expect((await fetch(url)).status).toBe(200);
    expect(await views()).toBe(1);
  });
});
