/**
 * Headless Debian Chromium through playwright-core (never a downloaded browser). Every visit
 * gets a fresh context (empty cache); host names other than this machine's do not resolve, so
 * map tiles fail at once instead of going to the internet.
 */
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { gzippedSize } from './bundle.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const chromiumAvailable = () => fs.existsSync(CHROMIUM);

export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
}

/** The last largest-contentful-paint candidate, as the page reports it. */
function observeLcp() {
  window.__lcp = null;
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    window.__lcp = entries[entries.length - 1].startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

/**
 * Opens `url` in a fresh context, waits for `text` to show and the paints to settle; returns
 * LCP, FCP, the load event and the JavaScript the page fetched (with its gzipped size).
 */
export async function visit(browser, url, text, { keepHtml = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(observeLcp);
    const page = await context.newPage();
    const scripts = [];
    const apiErrors = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') {
        scripts.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, ...gzippedSize(body) }), () => null));
      } else if (response.url().includes('/graphql') && response.status() >= 400) {
        apiErrors.push(response.text().then((body) => `${response.status()} ${body.slice(0, 400)}`, () => String(response.status())));
      }
    });
    await page.goto(url, { waitUntil: 'load' });
    try {
      await page.getByText(text, { exact: false }).first().waitFor({ state: 'visible', timeout: 10_000 });
    } catch {
      const errors = [...new Set(await Promise.all(apiErrors))];
      throw new Error(`"${text}" never showed on ${new URL(url).pathname.slice(0, 12)}…; page title "${await page.title()}"` +
        (errors.length ? `; the page's API calls failed: ${errors.join(' | ')}` : ''));
    }
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
    await page.waitForTimeout(250); // a later, larger paint would still be reported
    const timing = await page.evaluate(() => ({
      lcp: window.__lcp,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      load: performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? null,
    }));
    const html = keepHtml ? await page.content() : null;
    return { ...timing, scripts: (await Promise.all(scripts)).filter(Boolean), html };
  } finally {
    await context.close();
  }
}
