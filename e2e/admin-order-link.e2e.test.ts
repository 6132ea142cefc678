import type { Browser, BrowserContext, Page } from 'playwright-core';
import { givenConsignment, givenTenant } from '../server/test/fixtures';
import { startTestApp, type TestApp } from '../server/test/harness';
import { blockMapTiles, freePort, launchBrowser } from './browser';

// Order links in the admin console, in Debian's Chromium against the real built app.

jest.setTimeout(90_000);

const T = { timeout: 10_000 };

let app: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  const port = await freePort();
  app = await startTestApp({ PORT: String(port), PUBLIC_BASE_URL: `http://localhost:${port}`, PUBLIC_RATE_LIMIT: '100000', PUBLIC_MISS_LIMIT: '100000' });
  browser = await launchBrowser();
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function signIn(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  contexts.push(context);
  await blockMapTiles(context);
  const page = await context.newPage();
  await page.goto(`${app.url}/admin`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('admin-pass-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Consignments' }).waitFor(T);
  return page;
}

it('turns order links on, makes one for an existing order, opens its page, and revokes it', async () => {
  const tenant = await givenTenant(app, { tracking: true });
  const consignment = await givenConsignment(app, tenant.adminToken);
  const page = await signIn(tenant.adminEmail);

  await page.goto(`${app.url}/admin/settings`);
  const setting = page.getByRole('checkbox', { name: /Create an order link for every new order/ });
  await setting.waitFor(T);
  await setting.check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByRole('button', { name: 'Create order links for existing orders' }).click();
  await page.getByRole('status').filter({ hasText: '1 created.' }).waitFor(T);

  await page.goto(`${app.url}/admin/consignments/${consignment.id}`);
  const panel = page.getByRole('region', { name: 'Order link' });
  const url = await panel.getByRole('textbox').inputValue({ timeout: T.timeout });
  expect(await panel.getByText('ACTIVE').count()).toBe(1);

  const publicPage = await page.context().newPage();
  await publicPage.goto(url);
  await publicPage.getByTestId('order-tracking-page').waitFor(T);
  expect(await publicPage.getByText(consignment.reference).count()).toBeGreaterThan(0);

  page.once('dialog', (dialog) => void dialog.accept());
  await panel.getByRole('button', { name: 'Revoke' }).click();
  await panel.getByText('The order link was revoked.').waitFor(T);
  await publicPage.goto(url);
  await publicPage.getByTestId('tracking-unavailable').waitFor(T);
  expect(await publicPage.getByTestId('tracking-unavailable').getAttribute('data-reason')).toBe('NOT_AVAILABLE');

  // A new one, by hand.
  await panel.getByRole('button', { name: 'Create order link' }).click();
  await panel.getByText('ACTIVE').waitFor(T);
  expect(await panel.getByRole('textbox').inputValue()).not.toBe(url);
});
