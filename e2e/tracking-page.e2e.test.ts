import type { Browser, Page, WebSocketRoute } from 'playwright-core';
import { TEMPLATE_SECTIONS } from '@tracklink/shared';
import {
  ADD_NOTE,
  ASSIGN_DRIVER,
  CREATE_TRACKING_LINK,
  RECORD_PALLET_SCANS,
  REPORT_POSITIONS,
  REVOKE_TRACKING_LINK,
  UPDATE_TEMPLATE,
  UPDATE_TENANT_SETTINGS,
  type CreatedConsignment,
  type PalletScanInput,
  type TrackingLinkInput,
} from '../server/test/documents';
import { activeLinkOf, givenConsignment, givenConsignmentWithEveryField, givenDriverWithPosition, givenTenant, linksOf, position, tokenOf, type DriverFixture, type TenantFixture } from '../server/test/fixtures';
import { eventually } from '../server/test/eventually';
import { startTestApp, type TestApp } from '../server/test/harness';
import { image, png, sendProof } from '../server/test/proof-of-delivery';
import { launchBrowser, screenshot, seriousA11yViolations } from './browser';

// The public tracking page in Debian's Chromium against the real built app and PostgreSQL.

jest.setTimeout(60_000);

let app: TestApp;
let browser: Browser;
let tenant: TenantFixture;
let consignment: CreatedConsignment;
let driver: DriverFixture;
let fullUrl: string;
let fullLinkId: string;

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1440, height: 900 },
];

beforeAll(async () => {
  app = await startTestApp({ PUBLIC_RATE_LIMIT: '100000', PUBLIC_MISS_LIMIT: '100000' });
  browser = await launchBrowser();
  tenant = await givenTenant(app, { tracking: true });
  await app.ok(UPDATE_TENANT_SETTINGS, { input: { name: 'Northwind Haulage', brandColor: '#0b5cad' } }, tenant.adminToken);
  await app.ok(UPDATE_TEMPLATE, { input: sections(true) }, tenant.adminToken);
  consignment = await givenConsignmentWithEveryField(app, tenant, '2–8 °C');
  driver = await givenDriverWithPosition(app, tenant, consignment.id, position('p0', 50.5, 8.1, { heading: 120 }));
  await app.ok(
    RECORD_PALLET_SCANS,
    { scans: [1, 2, 3].map((n): PalletScanInput => ({ clientId: `s${n}`, consignmentId: consignment.id, stopId: consignment.stops[0].id, palletBarcode: `PAL-00${n}`, event: 'LOADED', scannedAt: new Date().toISOString() })) },
    driver.token,
  );
  await app.ok(ADD_NOTE, { consignmentId: consignment.id, input: { scope: 'CUSTOMER', text: 'Please call 30 minutes before arrival.' } }, tenant.adminToken);
  const delivery = consignment.stops.find((s) => s.type === 'DELIVERY')!.id;
  const proof = await sendProof(app, delivery, { receiverName: 'Anna Jansen', signature: image(png('e2e-signature')), photos: [image(png('e2e-photo'))] }, driver.token);
  expect(proof.status).toBe(201);
  const { link, token } = await activeLinkOf(app, tenant, consignment);
  fullUrl = `${app.url}/t/${token}`;
  fullLinkId = link.id;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/**
 * Uncaught errors of each page opened here. The page hydrates on Preact, which patches a text
 * that differs from the server's rather than reporting it: a mismatch shows as a hydrated page
 * whose markup is not the server's (the stops section's test below compares them).
 */
const pageErrors = new WeakMap<Page, string[]>();
const errorsOf = (page: Page) => pageErrors.get(page) ?? [];

async function open(
  url: string,
  viewport = VIEWPORTS[1],
  locale = 'en-GB',
  { javaScriptEnabled = true, before }: { javaScriptEnabled?: boolean; before?: (page: Page) => Promise<void> } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, locale, javaScriptEnabled });
  const page = await context.newPage();
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (error) => errors.push(error.message));
  // Map tiles come from the internet, which this machine does not reach.
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await before?.(page);
  await page.goto(url);
  return page;
}

async function views(linkId: string): Promise<number> {
  const link = (await linksOf(app, tenant.adminToken, consignment.id)).find((l) => l.id === linkId);
  if (!link) throw new Error(`no link ${linkId}`);
  return link.viewCount;
}

/** Every section on, or every section off. */
function sections(on: boolean) {
  return Object.fromEntries(TEMPLATE_SECTIONS.map((s) => [s, on]));
}

async function createLink(input: TrackingLinkInput): Promise<string> {
  return (await createLinkOf(input)).url;
}

async function createLinkOf(input: TrackingLinkInput): Promise<{ id: string; url: string }> {
  const { createTrackingLink } = await app.ok(CREATE_TRACKING_LINK, { consignmentId: consignment.id, input }, tenant.adminToken);
  return { id: createTrackingLink.id, url: `${app.url}/t/${tokenOf(createTrackingLink.url)}` };
}

describe('states', () => {
  it('active with all sections: renders them, at phone and desktop sizes, with no serious accessibility issue', async () => {
    for (const viewport of VIEWPORTS) {
      const page = await open(fullUrl, viewport);
      await page.getByTestId('tracking-page').waitFor();
      const text = await page.getByTestId('tracking-page').innerText();
      for (const expected of ['Northwind Haulage', consignment.id ? 'Rotterdam terminal' : '', 'Munich warehouse', 'PAL-001', 'PO-4711', 'MSKU1234565', 'FTL Express', 'Temperature', 'Please call 30 minutes before arrival.', 'Delivered', 'Received by', 'Anna Jansen']) {
        expect(text).toContain(expected);
      }
      // The proof of delivery's signature: a plain image through its signed URL, loaded.
      const signature = page.getByRole('img', { name: 'Signature of Anna Jansen' });
      await signature.waitFor();
      expect(await signature.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).toBe(1);
      expect(await page.getByRole('img', { name: 'Delivery photo 1 of 1' }).count()).toBe(1);
      await page.getByTestId('driver-marker').waitFor();
      await screenshot(page, `tracking-active-${viewport.name}`);
      expect(await seriousA11yViolations(page)).toEqual([]);
      expect(errorsOf(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('active with a minimal template: hidden sections do not render', async () => {
    const url = await createLink({ recipientEmail: 'minimal@example.com', ...sections(false) });
    for (const viewport of VIEWPORTS) {
      const page = await open(url, viewport);
      await page.getByTestId('tracking-page').waitFor();
      const text = await page.getByTestId('tracking-page').innerText();
      expect(text).toContain('Munich warehouse');
      for (const hidden of ['PAL-001', 'PO-4711', 'MSKU1234565', 'Please call', 'Received by', 'Anna Jansen']) expect(text).not.toContain(hidden);
      expect(await page.getByTestId('driver-marker').count()).toBe(0);
      await screenshot(page, `tracking-minimal-${viewport.name}`);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('expired: says so clearly', async () => {
    // A link whose own expiry has passed (a link cannot be made already expired).
    const { id, url } = await createLinkOf({ recipientEmail: 'late@example.com', expiresAt: new Date(Date.now() + 60_000).toISOString() });
    await app.sql("UPDATE tracking_links SET expires_at = now() - interval '1 minute' WHERE id = $1", [id]);
    for (const viewport of VIEWPORTS) {
      const page = await open(url, viewport);
      const state = page.getByTestId('tracking-unavailable');
      await state.waitFor();
      expect(await state.getAttribute('data-reason')).toBe('EXPIRED');
      expect(await state.innerText()).toContain('This tracking link has expired');
      await screenshot(page, `tracking-expired-${viewport.name}`);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('not available: says so clearly, in the recipient\'s language', async () => {
    for (const viewport of VIEWPORTS) {
      const page = await open(`${app.url}/t/${'x'.repeat(43)}`, viewport);
      const state = page.getByTestId('tracking-unavailable');
      await state.waitFor();
      expect(await state.getAttribute('data-reason')).toBe('NOT_AVAILABLE');
      expect(await state.innerText()).toContain('This tracking link is not available');
      await screenshot(page, `tracking-not-available-${viewport.name}`);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.context().close();
    }
    const dutch = await open(`${app.url}/t/${'y'.repeat(43)}`, VIEWPORTS[0], 'nl-NL');
    await dutch.getByTestId('tracking-unavailable').waitFor();
    expect(await dutch.locator('html').getAttribute('lang')).toBe('nl');
    await dutch.context().close();
  });

  it('shows its content without JavaScript: the server rendered it', async () => {
    for (const viewport of VIEWPORTS) {
      const page = await open(fullUrl, viewport, 'en-GB', { javaScriptEnabled: false });
      const content = page.getByTestId('tracking-page');
      await content.waitFor();
      const text = await content.innerText();
      for (const expected of ['Northwind Haulage', 'In transit', 'Rotterdam terminal', 'Munich warehouse', 'PAL-001', 'Please call 30 minutes before arrival.']) {
        expect(text).toContain(expected);
      }
      // The map and the live marker are the script's; their frame holds its place meanwhile.
      expect(await page.getByTestId('driver-marker').count()).toBe(0);
      expect((await page.locator('.tp-map__frame').boundingBox())?.height).toBeGreaterThan(200);
      await screenshot(page, `tracking-no-script-${viewport.name}`);
      await page.context().close();
    }
  });

  it('expired and not available pages are rendered on the server too', async () => {
    // A link whose own expiry has passed (a link cannot be made already expired).
    const { id, url: expired } = await createLinkOf({ recipientEmail: 'late-html@example.com', expiresAt: new Date(Date.now() + 60_000).toISOString() });
    await app.sql("UPDATE tracking_links SET expires_at = now() - interval '1 minute' WHERE id = $1", [id]);
    for (const [url, reason, text] of [
      [expired, 'EXPIRED', 'This tracking link has expired'],
      [`${app.url}/t/${'z'.repeat(43)}`, 'NOT_AVAILABLE', 'This tracking link is not available'],
    ]) {
      const page = await open(url, VIEWPORTS[0], 'en-GB', { javaScriptEnabled: false });
      const state = page.getByTestId('tracking-unavailable');
      await state.waitFor();
      expect(await state.getAttribute('data-reason')).toBe(reason);
      expect(await state.innerText()).toContain(text);
      expect(await page.title()).toBe(text);
      await page.context().close();
    }
  });

  it('counts a view when opened in a browser, none for fetching its HTML', async () => {
    const { id: linkId, url } = await createLinkOf({ recipientEmail: 'views@example.com' });
    for (let i = 0; i < 2; i++) expect((await fetch(url)).status).toBe(200);
    expect(await views(linkId)).toBe(0);
    const page = await open(url, VIEWPORTS[0]);
    await page.getByText('Live: this page updates automatically.').waitFor();
    // Counted as the page's live updates open, beside the socket's handshake.
    await eventually(async () => (await views(linkId)) === 1, { timeoutMs: 3000, intervalMs: 50, what: 'the view of the opened page' });
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('sends no-referrer, noindex and no-store with the page', async () => {
    const res = await fetch(fullUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-robots-tag')).toMatch(/noindex/);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('live', () => {
  const addNote = (text: string) => app.ok(ADD_NOTE, { consignmentId: consignment.id, input: { scope: 'CUSTOMER', text } }, tenant.adminToken);

  it('after hydration: a dropped socket polls meanwhile, reconnects, and catches up with what changed', async () => {
    const url = await createLink({ recipientEmail: 'reconnect@example.com' });
    let connectionsAllowed = true;
    const sockets: Array<{ page: WebSocketRoute; server: WebSocketRoute }> = [];
    const page = await open(url, VIEWPORTS[0], 'en-GB', {
      before: (p) =>
        p.routeWebSocket(/\/public\/graphql$/, (ws) => {
          if (!connectionsAllowed) return void ws.close({ code: 3000, reason: 'unreachable' });
          sockets.push({ page: ws, server: ws.connectToServer() });
        }),
    });
    await page.getByText('Live: this page updates automatically.').waitFor();
    await page.getByTestId('driver-marker').waitFor();
    // The socket drops, and the server stays out of reach for a while.
    connectionsAllowed = false;
    const [first] = sockets;
    if (!first) throw new Error('the page opened no socket');
    await first.server.close();
    await first.page.close({ code: 3000, reason: 'dropped' });
    await page.getByText('This page refreshes every 30 seconds.').waitFor();
    const note = `Changed while offline ${Date.now()}`;
    await addNote(note);
    connectionsAllowed = true;
    await page.getByText('Live: this page updates automatically.').waitFor({ timeout: 20_000 });
    await page.getByText(note).waitFor({ timeout: 5000 });
    expect(sockets.length).toBeGreaterThanOrEqual(2);
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('after hydration: with no socket at all, polls every 30 s', async () => {
    const url = await createLink({ recipientEmail: 'polling@example.com' });
    const page = await open(url, VIEWPORTS[0], 'en-GB', {
      before: async (p) => {
        await p.clock.install();
        await p.routeWebSocket(/\/public\/graphql$/, (ws) => void ws.close({ code: 3000, reason: 'no sockets here' }));
      },
    });
    await page.getByText('This page refreshes every 30 seconds.').waitFor();
    const note = `Seen by polling ${Date.now()}`;
    await addNote(note);
    expect(await page.getByText(note).count()).toBe(0);
    const polled = page.waitForRequest((request) => request.url().endsWith('/public/graphql') && request.method() === 'POST');
    await page.clock.fastForward(31_000);
    const request = await polled;
    expect(request.url()).not.toContain('?');
    await page.getByText(note).waitFor({ timeout: 5000 });
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('moves the driver marker within 2 s of a reported position, then turns into not available within 2 s of a revoke', async () => {
    const page = await open(fullUrl);
    const marker = page.getByTestId('driver-marker');
    await marker.waitFor();
    // Let the subscription open before the position is reported.
    await page.waitForTimeout(500);
    await app.ok(REPORT_POSITIONS, { positions: [position('p1', 49.9, 9.3, { heading: 100 })] }, driver.token);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="driver-marker"]')?.getAttribute('data-lat')?.startsWith('49.9'),
      undefined,
      { timeout: 2000 },
    );
    expect(await page.url()).toBe(fullUrl);
    await app.ok(REVOKE_TRACKING_LINK, { linkId: fullLinkId }, tenant.adminToken);
    await page.getByTestId('tracking-unavailable').waitFor({ timeout: 2000 });
    expect(await page.getByTestId('tracking-unavailable').getAttribute('data-reason')).toBe('NOT_AVAILABLE');
    await page.context().close();
  });
});

describe('the stops section', () => {
  it("shows the ETA window and the driver's stops before this one, hydrates without a mismatch, with no serious accessibility issue", async () => {
    // Another consignment of the same driver, due before this one's next stop.
    const other = await givenConsignment(app, tenant.adminToken, {
      status: 'PLANNED',
      stops: [
        { type: 'PICKUP', name: 'Other depot', latitude: 50.2, longitude: 8.5, timezone: 'Europe/Berlin', plannedArrival: new Date(Date.now() + 3_600_000).toISOString() },
        { type: 'DELIVERY', name: 'Other client', latitude: 50.0, longitude: 8.6, timezone: 'Europe/Berlin' },
      ],
    });
    await app.ok(ASSIGN_DRIVER, { consignmentId: other.id, driverId: driver.id }, tenant.adminToken);
    const now = Date.now();
    for (const [i, lon] of [8.0, 7.8, 7.6].entries()) {
      await app.ok(REPORT_POSITIONS, { positions: [position(`w${i}`, 50.6, lon, { recordedAt: new Date(now - (2 - i) * 5 * 60_000).toISOString() })] }, driver.token);
      await app.server.services.eta.idle();
    }
    const url = await createLink({ recipientEmail: 'stops-window@example.com' });
    for (const [locale, window, before] of [
      ['en-GB', 'Expected ', '1 stop before yours'],
      ['nl-NL', 'Verwacht ', 'Nog 1 stop vóór de uwe'],
    ] as const) {
      // The section as the server wrote it, then as the browser has it once hydrated: the same.
      const served = await open(url, VIEWPORTS[0], locale, { javaScriptEnabled: false });
      const servedStops = await served.locator('.tp-stops').innerHTML();
      await served.context().close();
      const page = await open(url, VIEWPORTS[0], locale);
      await page.getByTestId('tracking-page').waitFor();
      const stops = await page.locator('.tp-stops').innerText();
      expect(stops).toContain(window);
      expect(stops).toContain(before);
      expect(stops).not.toContain('Other depot');
      await page.waitForTimeout(300); // hydration done
      expect(errorsOf(page)).toEqual([]);
      expect(await page.locator('.tp-stops').innerHTML()).toBe(servedStops);
      if (locale === 'en-GB') {
        await screenshot(page, 'tracking-stops-window');
        expect(await seriousA11yViolations(page)).toEqual([]);
      }
      await page.context().close();
    }
  });
});
