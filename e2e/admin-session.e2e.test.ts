import type { Browser } from 'playwright-core';
import { eventually } from '../server/test/eventually';
import { givenConsignment, givenTenant } from '../server/test/fixtures';
import { startTestApp, type TestApp } from '../server/test/harness';
import { blockMapTiles, freePort, launchBrowser } from './browser';

// The admin console's session in Chromium: kept in an httpOnly cookie (nothing in storage a
// script could read), live updates over the cookie-signed WebSocket, the strict CSP of /admin
// with no violation, and signing out ends the session on the server.

jest.setTimeout(60_000);
const T = { timeout: 10_000 };

let app: TestApp;
let browser: Browser;
beforeAll(async () => {
  const port = await freePort();
  app = await startTestApp({ PORT: String(port), PUBLIC_BASE_URL: `http://localhost:${port}` });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

it('signs in with a cookie script cannot read, streams over it, and signing out ends the session', async () => {
  const tenant = await givenTenant(app);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await blockMapTiles(context);
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(`${app.url}/admin`);
  await page.getByLabel('Email').fill(tenant.adminEmail);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').filter({ hasText: 'Email or password is incorrect' }).waitFor(T);
  await page.getByLabel('Password').fill('admin-pass-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Consignments' }).waitFor(T);

  // The failed attempt is there for the super admin to see.
  await page.goto(`${app.url}/admin/settings`);
  const failed = page.getByRole('region', { name: 'Failed sign-ins' });
  await failed.getByText(tenant.adminEmail).waitFor(T);
  expect(await failed.innerText()).toContain('Wrong password');

  const storage = await page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie }));
  expect(storage.local).toEqual({});
  expect(storage.session).toEqual({});
  expect(storage.cookie).toMatch(/^tl_csrf=[\w-]+$/); // the token's cookie is httpOnly (and not on this path)
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name === 'tl_session');
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/graphql' });

  // A consignment's page subscribes to its changes over the WebSocket the cookie signed in.
  const consignment = await givenConsignment(app, tenant.adminToken);
  await page.goto(`${app.url}/admin/consignments/${consignment.id}`);
  await page.getByRole('heading', { level: 1, name: `Consignment ${consignment.reference}` }).waitFor(T);
  await eventually(() => expect(app.server.staffSockets.signedInCount).toBeGreaterThanOrEqual(1), { timeoutMs: 5000, what: 'the page’s WebSocket to sign in' });

  const sessionsOf = 'SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1';
  const sessionsBefore = await app.sql<{ n: number }>(sessionsOf, [tenant.adminEmail]);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor(T);
  const sessionsAfter = await app.sql<{ n: number }>(sessionsOf, [tenant.adminEmail]);
  expect(sessionsAfter[0].n).toBe(sessionsBefore[0].n - 1);
  expect((await context.cookies()).filter((c) => c.name.startsWith('tl_'))).toEqual([]);
  expect(violations).toEqual([]);
  await context.close();
});
