import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SET_CONSIGNMENT_STATUS, UPDATE_TEMPLATE } from '../server/test/documents';
import { givenActiveLink, givenTenant, type TenantFixture } from '../server/test/fixtures';
import { startTestApp, type TestApp } from '../server/test/harness';
import { blockMapTiles, freePort, launchBrowser, screenshot, seriousA11yViolations } from './browser';

// The recipient's side (issue 20) in Debian's Chromium against the real built app: a
// recipient writes back through the public page, staff read it in the admin console, as text.

jest.setTimeout(90_000);
const T = { timeout: 10_000 };

let app: TestApp;
let browser: Browser;
let tenant: TenantFixture;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  const port = await freePort();
  app = await startTestApp({ PORT: String(port), PUBLIC_BASE_URL: `http://localhost:${port}`, PUBLIC_RATE_LIMIT: '100000', PUBLIC_MISS_LIMIT: '100000' });
  browser = await launchBrowser();
  tenant = await givenTenant(app, { tracking: true });
  await app.ok(UPDATE_TEMPLATE, { input: { showFeedback: true } }, tenant.adminToken);
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function newPage(locale = 'en-GB'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale, timezoneId: 'Europe/Amsterdam' });
  contexts.push(context);
  await blockMapTiles(context);
  const page = await context.newPage();
  // A script that ran where text belongs would set this.
  await page.addInitScript(() => Object.assign(window, { pwned: false }));
  return page;
}

async function signIn(): Promise<Page> {
  const page = await newPage();
  await page.goto(`${app.url}/admin`);
  await page.getByLabel('Email').fill(tenant.adminEmail);
  await page.getByLabel('Password').fill('admin-pass-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Consignments' }).waitFor(T);
  return page;
}

const HOSTILE = '<script>window.pwned = true</script><img src=x onerror="window.pwned = true"> Gate 3, ring the bell';

it('a recipient sends delivery instructions; the admin console shows the <script> in them as text', async () => {
  const { consignment, token } = await givenActiveLink(app, tenant);
  const recipient = await newPage();
  await recipient.goto(`${app.url}/t/${token}`);
  const section = recipient.getByRole('region', { name: 'Delivery instructions' });
  await section.waitFor(T);
  expect(await seriousA11yViolations(recipient)).toEqual([]);
  await section.getByLabel(/Anything the driver should know/).fill(HOSTILE);
  await section.getByRole('button', { name: 'Send' }).click();
  await section.getByRole('status').filter({ hasText: 'Thank you, we have passed it on.' }).waitFor(T);
  await expect(section.getByRole('status').textContent()).resolves.toContain('You can change it 4 more times.');
  expect(await seriousA11yViolations(recipient)).toEqual([]);
  await screenshot(recipient, 'recipient-instructions');

  const staff = await signIn();
  await staff.goto(`${app.url}/admin/consignments/${consignment.id}`);
  const callout = staff.getByRole('region', { name: 'Delivery instructions from the recipient' });
  await callout.waitFor(T);
  await expect(callout.locator('.callout__text').textContent()).resolves.toBe(HOSTILE);
  expect(await callout.locator('script, img').count()).toBe(0);
  expect(await staff.evaluate(() => (window as unknown as { pwned: boolean }).pwned)).toBe(false);
  expect(await seriousA11yViolations(staff)).toEqual([]);
  await screenshot(staff, 'recipient-instructions-admin');

  // The Sharing panel's QR code of the same link.
  await staff.getByRole('button', { name: 'QR code' }).first().click();
  const dialog = staff.getByRole('dialog', { name: 'QR code' });
  await dialog.getByRole('img', { name: `QR code of the tracking link for consignment ${consignment.reference}` }).waitFor(T);
  await expect(dialog.getByRole('link', { name: 'Download PNG' }).getAttribute('download')).resolves.toBe(`tracking-${consignment.reference}.png`);
  expect(await seriousA11yViolations(staff)).toEqual([]);
});

it('after delivery, a Dutch recipient rates it 2 with a comment; staff find it among the low ratings', async () => {
  const { consignment, token } = await givenActiveLink(app, tenant);
  for (const status of ['TO_PLAN', 'PLANNED', 'IN_TRANSIT', 'DELIVERED'] as const) {
    await app.ok(SET_CONSIGNMENT_STATUS, { consignmentId: consignment.id, status }, tenant.dispatcherToken);
  }
  const recipient = await newPage('nl-NL');
  await recipient.goto(`${app.url}/t/${token}`);
  const section = recipient.getByRole('region', { name: 'Hoe was uw levering?' });
  await section.waitFor(T);
  await section.getByRole('group', { name: /Uw beoordeling/ }).getByLabel('2').check();
  await section.getByLabel('Opmerking (optioneel)').fill('Pallet <b>beschadigd</b>');
  await section.getByRole('button', { name: 'Versturen' }).click();
  await section.getByRole('status').filter({ hasText: 'Bedankt' }).waitFor(T);
  expect(await seriousA11yViolations(recipient)).toEqual([]);

  const staff = await signIn();
  await staff.getByLabel('Rated 2 or lower').check();
  await staff.getByRole('link', { name: consignment.reference }).waitFor(T);
  await staff.getByRole('link', { name: consignment.reference }).click();
  const ratings = staff.getByRole('region', { name: 'Recipient ratings' });
  await ratings.getByText('Pallet <b>beschadigd</b>', { exact: true }).waitFor(T);
  await ratings.getByLabel('Rated 2 of 5').waitFor(T);
});
