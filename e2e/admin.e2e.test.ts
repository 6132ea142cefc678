import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_LOGINS, seedDemo } from '../server/src/db/seed/seed-demo';
import { ASSIGN_DRIVER, CREATE_CONTACT_TASK, OUTBOX, RECALCULATE_TASKS, UPDATE_STOP } from '../server/test/documents';
import { eventually } from '../server/test/eventually';
import { givenActiveLink, givenConsignment, givenConsignmentWithDriver, givenDriver, givenTenant, linksOf } from '../server/test/fixtures';
import { image, png, sendProof } from '../server/test/proof-of-delivery';
import { startTestApp, type TestApp } from '../server/test/harness';
import { untilStreams } from '../server/test/public-api';
import { doc } from '../server/test/typed-document';
import { blockMapTiles, freePort, launchBrowser, screenshot, screenshotViewport } from './browser';

// The admin console (issue 6) in Debian's Chromium against the real built app and PostgreSQL:
// every step goes through the UI a dispatcher uses; data the scenario is not about is made
// through the API. Each test makes its own tenant.

jest.setTimeout(90_000);

/** Bounded waits: the slowest step (a page's first load) takes well under a second here. */
const T = { timeout: 10_000 };

let app: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  // Links must point at this server, so copied URLs and the preview iframe open here.
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

async function newPage(): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/Amsterdam',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  contexts.push(context);
  await blockMapTiles(context);
  return context.newPage();
}

/** Through the real login form; lands on the consignments list. */
async function signIn(email: string, password = 'admin-pass-1'): Promise<Page> {
  const page = await newPage();
  await page.goto(`${app.url}/admin`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Consignments' }).waitFor(T);
  return page;
}

async function navigate(page: Page, link: string | RegExp, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor(T);
}

async function fillStop(page: Page, title: string, stop: { name: string; latitude: string; longitude: string; timezone: string; contactEmail?: string }) {
  const group = page.getByRole('group', { name: title, exact: true });
  await group.getByLabel('Location name').fill(stop.name);
  await group.getByLabel('Latitude').fill(stop.latitude);
  await group.getByLabel('Longitude').fill(stop.longitude);
  await group.getByLabel('Time zone').fill(stop.timezone);
  if (stop.contactEmail) await group.getByLabel('Contact email').fill(stop.contactEmail);
}

/** Clicks `refresh` until `target` shows (for data that arrives after the page loaded). */
async function untilShown(target: Locator, refresh: () => Promise<void>, ms = 10_000): Promise<void> {
  await eventually(
    async () => {
      if ((await target.count()) > 0) return;
      await refresh();
      throw new Error(`not shown: ${target}`);
    },
    { timeoutMs: ms, intervalMs: 250, what: String(target) },
  );
}

const ORDER_IDS = doc<{ consignments: { edges: Array<{ node: { reference: string; order: { id: string } } }> } }>(
  '{ consignments(first: 50) { edges { node { reference order { id } } } } }',
);

it('signs in, creates an order, copies its link, opens the public page, revokes: the open page says not available', async () => {
  const tenant = await givenTenant(app, { tracking: true });
  const page = await signIn(tenant.adminEmail);

  await page.getByRole('link', { name: 'New order' }).click();
  await page.getByRole('heading', { level: 1, name: 'New order' }).waitFor(T);
  await page.getByLabel('Order reference').fill('ORD-2026-777');
  await page.getByLabel('Customer name').fill('Acme Foods');
  await page.getByLabel('Consignment reference').fill('CN-7001');
  await fillStop(page, 'Stop 1', { name: 'Rotterdam terminal', latitude: '51.9563', longitude: '4.0434', timezone: 'Europe/Amsterdam' });
  await fillStop(page, 'Stop 2', { name: 'Munich warehouse', latitude: '48.1449', longitude: '11.4632', timezone: 'Europe/Berlin', contactEmail: 'goods-in@acme.example' });
  const cargo = page.getByRole('group', { name: 'Cargo line 1' });
  await cargo.getByLabel('Description').fill('Pallets of tiles');
  await cargo.getByLabel('Quantity').fill('4');
  await cargo.getByLabel('Weight (kg)').fill('1200');
  await screenshot(page, 'admin-new-order');
  await page.getByRole('button', { name: 'Create order' }).click();

  await page.getByRole('heading', { level: 1, name: 'Consignment CN-7001' }).waitFor(T);
  const card = page.getByRole('region', { name: 'Sharing' }).getByRole('article', { name: 'Tracking link: Default link' });
  await card.getByRole('button', { name: 'Copy URL' }).click();
  await card.getByRole('status').filter({ hasText: 'Copied to clipboard' }).waitFor(T);
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toMatch(new RegExp(`^${app.url}/t/[A-Za-z0-9_-]{20,}$`));
  expect(await card.getByRole('link').getAttribute('href')).toBe(url);

  const streams = app.server.services.live.streamCount;
  const publicPage = await page.context().newPage();
  let loads = 0;
  publicPage.on('load', () => loads++);
  await publicPage.goto(url);
  const tracking = publicPage.getByTestId('tracking-page');
  await tracking.waitFor(T);
  expect(await tracking.innerText()).toContain('Munich warehouse');
  await untilStreams(app, streams + 1, 10_000); // the page's live subscription is open

  await card.getByRole('button', { name: 'Revoke', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Revoke this tracking link?' });
  expect(await dialog.innerText()).toContain('permanent');
  await dialog.getByRole('button', { name: 'Revoke link' }).click();
  await dialog.waitFor({ state: 'detached', ...T });
  await card.getByRole('button', { name: 'Copy URL' }).waitFor({ state: 'detached', ...T });
  expect(await card.innerText()).toContain('Revoked');

  const unavailable = publicPage.getByTestId('tracking-unavailable');
  await unavailable.waitFor({ timeout: 5000 });
  expect(await unavailable.getAttribute('data-reason')).toBe('NOT_AVAILABLE');
  expect(publicPage.url()).toBe(url);
  expect(loads).toBe(1); // told over the open socket, not by a reload
});

it('toggling a template section changes the preview and the real public page', async () => {
  const tenant = await givenTenant(app, { tracking: true });
  const { link } = await givenActiveLink(app, tenant);
  const page = await signIn(tenant.adminEmail);
  await navigate(page, 'Configuration › Templates › Tracking link', 'Tracking link template');

  const preview = page.frameLocator('iframe[title="Public page preview"]');
  const sectionsShown = page.getByRole('list', { name: 'Sections shown' });
  const cargoSwitch = page.getByRole('switch', { name: 'Cargo details' });
  const publicPage = await page.context().newPage();

  async function expectCargo(shown: boolean): Promise<void> {
    await preview.getByTestId('tracking-page').waitFor(T);
    expect(await preview.getByText('Pallets of tiles').count()).toBe(shown ? 1 : 0);
    expect(await preview.getByRole('heading', { name: 'Cargo', exact: true }).count()).toBe(shown ? 1 : 0);
    expect(await sectionsShown.getByText('Cargo details').count()).toBe(shown ? 1 : 0);
    expect(await cargoSwitch.isChecked()).toBe(shown);
    await publicPage.goto(link.url);
    await publicPage.getByTestId('tracking-page').waitFor(T);
    expect(await publicPage.getByText('Pallets of tiles').count()).toBe(shown ? 1 : 0);
    expect(await publicPage.getByRole('heading', { name: 'Cargo', exact: true }).count()).toBe(shown ? 1 : 0);
  }

  await expectCargo(true);
  // A controlled switch: it flips when the server has saved, so click (not uncheck) and wait.
  await cargoSwitch.click();
  await page.getByRole('status').filter({ hasText: 'Cargo details: hidden. Saved.' }).waitFor(T);
  await expectCargo(false);
  await cargoSwitch.click();
  await page.getByRole('status').filter({ hasText: 'Cargo details: shown. Saved.' }).waitFor(T);
  await expectCargo(true);
});

it('a task with {{consignment.trackingLink}} is saved in the editor, and its email shows in the Outbox', async () => {
  const tenant = await givenTenant(app, { tracking: true });
  const page = await signIn(tenant.adminEmail);
  await navigate(page, 'Configuration › Tasks', 'Contact tasks');
  await page.getByRole('button', { name: 'New task' }).click();

  const form = page.getByRole('region', { name: 'New task' });
  await form.getByLabel('Task name').fill('Tracking link for the consignee');
  await form.getByLabel('Trigger').selectOption({ label: 'Consignment created' });
  await form.getByLabel('Recipient', { exact: true }).selectOption({ label: "The delivery stop's contact" });
  await form.getByRole('combobox', { name: 'Subject', exact: true }).fill('Your delivery {{consignment.reference}}');
  const body = form.getByRole('combobox', { name: 'Body', exact: true });
  await body.pressSequentially('Follow your delivery live: {{');
  const picker = form.getByRole('listbox', { name: 'Variables' });
  await picker.waitFor(T);
  await picker.getByRole('option', { name: /consignment\.trackingLink/ }).click();
  await picker.waitFor({ state: 'detached', ...T });
  expect(await body.inputValue()).toBe('Follow your delivery live: {{consignment.trackingLink}}');
  await form.getByRole('button', { name: 'Create task' }).click();
  await page.getByRole('heading', { level: 2, name: 'Tracking link for the consignee' }).waitFor(T);
  await screenshot(page, 'admin-task-saved');

  const consignment = await givenConsignment(app, tenant.adminToken); // delivery contact: goods-in@example.com
  await navigate(page, 'Outbox', 'Outbox');
  const row = page.getByRole('row').filter({ hasText: 'goods-in@example.com' });
  await untilShown(row, () => page.getByRole('button', { name: 'Refresh' }).click());
  expect(await row.count()).toBe(1);
  const cells = await row.getByRole('cell').allInnerTexts();
  expect(cells.slice(0, 4)).toEqual(['Not sent', 'goods-in@example.com', `Your delivery ${consignment.reference}`, consignment.reference]);

  const { outbox } = await app.ok(OUTBOX, { first: 5 }, tenant.adminToken);
  expect(outbox.edges).toHaveLength(1);
  // The link goes in when the email is sent: the recipient's own link, made with the message.
  expect(outbox.edges[0].node.bodyText).toBe('Follow your delivery live: {{consignment.trackingLink}}');
  const links = await linksOf(app, tenant.adminToken, consignment.id);
  expect(links.map((l) => l.recipientEmail)).toContain('goods-in@example.com');
});

it('status from stop visits: turned on in Settings, a detected delivery is offered in the list and confirmed in one click', async () => {
  const tenant = await givenTenant(app, { tracking: true });
  const page = await signIn(tenant.adminEmail);
  await navigate(page, 'Settings', 'Settings');
  const departure = page.getByLabel('Set a consignment in transit when its driver leaves the last pickup');
  const arrival = page.getByLabel('Offer "delivered" for confirmation when its driver arrives at the last delivery');
  expect(await departure.isChecked()).toBe(false);
  expect(await arrival.isChecked()).toBe(false);
  await departure.check();
  await arrival.check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor(T);

  // The driver leaves the last pickup and reaches the delivery (typed in here; detected ones take the same path).
  const consignment = await givenConsignment(app, tenant.adminToken, { status: 'PLANNED' });
  const driver = await givenDriver(app, tenant.adminToken);
  await app.ok(ASSIGN_DRIVER, { consignmentId: consignment.id, driverId: driver.id }, tenant.adminToken);
  const ago = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
  await app.ok(UPDATE_STOP, { stopId: consignment.stops[0].id, input: { actualArrival: ago(40), actualDeparture: ago(30) } }, tenant.adminToken);
  await app.server.services.visitStatus.idle();
  await app.ok(UPDATE_STOP, { stopId: consignment.stops[1].id, input: { actualArrival: ago(1) } }, tenant.adminToken);
  await app.server.services.visitStatus.idle();

  // A fresh list (the one seen at sign-in predates the consignment).
  await page.goto(`${app.url}/admin/consignments`);
  await page.getByRole('heading', { level: 1, name: 'Consignments' }).waitFor(T);
  const row = page.getByRole('row').filter({ hasText: consignment.reference });
  await row.getByRole('group', { name: 'Delivery detected' }).waitFor(T);
  expect(await row.getByText('In transit').count()).toBe(1);
  await screenshotViewport(page, 'admin-delivery-detected');
  await row.getByRole('button', { name: 'Confirm delivered' }).click();
  await row.getByText('Delivered', { exact: true }).waitFor(T);
  expect(await row.getByRole('button', { name: 'Confirm delivered' }).count()).toBe(0);
});

it('shows the proof of delivery a driver recorded on the consignment page, its signature loaded through a signed URL', async () => {
  const tenant = await givenTenant(app);
  const { consignment, driver } = await givenConsignmentWithDriver(app, tenant, { status: 'IN_TRANSIT' });
  const delivery = consignment.stops.find((s) => s.type === 'DELIVERY')!.id;
  const proof = await sendProof(app, delivery, { receiverName: 'Piet de Vries', latitude: 48.14, longitude: 11.46, signature: image(png('admin-signature')), photos: [image(png('admin-photo'))] }, driver.token);
  expect(proof.status).toBe(201);

  const page = await signIn(tenant.adminEmail);
  await page.goto(`${app.url}/admin/consignments/${consignment.id}`);
  const panel = page.getByRole('region', { name: 'Proof of delivery' });
  await panel.waitFor(T);
  const text = await panel.innerText();
  for (const expected of ['Munich warehouse', 'Received by', 'Piet de Vries', '48.14000, 11.46000 (sent with the proof)', 'driver']) expect(text).toContain(expected);
  const signature = panel.getByRole('img', { name: 'Signature of Piet de Vries' });
  await signature.waitFor(T);
  expect(await signature.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).toBe(1);
  expect(await panel.getByRole('img', { name: 'Delivery photo 1 of 1' }).count()).toBe(1);
});

it('saves screenshots of the main screens, and a 1440×900 picture of a consignment for the README', async () => {
  // The demo data of `npm start`, made by the same code, plus tasks whose emails fill the outbox.
  await seedDemo(app.server.services);
  const token = await app.login(DEMO_LOGINS.superAdmin.email, DEMO_LOGINS.superAdmin.password);
  await app.ok(CREATE_CONTACT_TASK, { input: { name: 'Tracking link for the consignee', level: 'CONSIGNMENT', trigger: 'CONSIGNMENT_CREATED', recipient: 'DELIVERY_CONTACT', subject: 'Your delivery {{consignment.reference}} from {{tenant.name}}', body: 'Follow it live: {{consignment.trackingLink}}' } }, token);
  await app.ok(CREATE_CONTACT_TASK, { input: { name: 'Delivered', level: 'CONSIGNMENT', trigger: 'STATUS_REACHED', triggerStatus: 'DELIVERED', recipient: 'CUSTOMER_CONTACT', subject: '{{consignment.reference}} was delivered', body: 'Consignment {{consignment.reference}} has been delivered.' } }, token);
  const { consignments } = await app.ok(ORDER_IDS, {}, token);
  const orderIds = consignments.edges.map((e) => e.node.order.id);
  await app.ok(RECALCULATE_TASKS, { orderIds }, token);

  const page = await signIn(DEMO_LOGINS.superAdmin.email, DEMO_LOGINS.superAdmin.password);
  await page.getByRole('link', { name: 'CN-1012' }).waitFor(T);
  await screenshot(page, 'admin-consignments');

  await page.getByRole('link', { name: 'CN-1001' }).click();
  await page.getByRole('heading', { level: 1, name: 'Consignment CN-1001' }).waitFor(T);
  // The consignee has opened their link once: the card shows a view.
  const consignee = page.getByRole('article', { name: 'Tracking link: logistics@dutchflowers.example' });
  const viewer = await page.context().newPage();
  await viewer.goto((await consignee.getByRole('link').getAttribute('href'))!);
  // The page counts its view once it runs (its live updates open), not for its HTML.
  await viewer.getByText('Live: this page updates automatically.').waitFor(T);
  await viewer.close();
  await page.reload();
  await consignee.waitFor(T);
  expect(await consignee.locator('dl > div', { hasText: /^Views/ }).locator('dd').innerText()).toBe('1');
  await page.getByTestId('driver-marker').waitFor(T);
  await screenshotViewport(page, 'admin-consignment-readme');
  await screenshot(page, 'admin-consignment');

  await navigate(page, 'Configuration › Templates › Tracking link', 'Tracking link template');
  await page.frameLocator('iframe[title="Public page preview"]').getByTestId('tracking-page').waitFor(T);
  await screenshot(page, 'admin-template');

  await navigate(page, 'Configuration › Tasks', 'Contact tasks');
  await page.getByRole('heading', { level: 2, name: 'Delivered' }).waitFor(T);
  await screenshot(page, 'admin-tasks');

  await navigate(page, 'Outbox', 'Outbox');
  await page.getByRole('row').filter({ hasText: 'Not sent' }).first().waitFor(T);
  await screenshot(page, 'admin-outbox');

  await navigate(page, 'Settings', 'Settings');
  const name = page.getByRole('region', { name: 'Company' }).getByLabel('Name', { exact: true });
  await name.waitFor(T);
  expect(await name.inputValue()).toBe('Northwind Haulage');
  const company = page.getByRole('region', { name: 'Company' });
  const retention = company.getByLabel('Position retention (days)');
  expect(await retention.inputValue()).toBe('');
  await retention.fill('800');
  await company.getByRole('button', { name: 'Save settings' }).click();
  await company.getByText('must be a whole number of days from 1 to 730').waitFor(T);
  await retention.fill('30');
  const tracks = company.getByLabel('Delivered tracks kept (days)');
  expect(await tracks.inputValue()).toBe('');
  await tracks.fill('14');
  await company.getByRole('button', { name: 'Save settings' }).click();
  await company.getByRole('status').filter({ hasText: 'Saved.' }).waitFor(T);
  await screenshot(page, 'admin-settings');
  // Kept: read back from the server.
  await page.reload();
  await tracks.waitFor(T);
  expect([await retention.inputValue(), await tracks.inputValue()]).toEqual(['30', '14']);
});
