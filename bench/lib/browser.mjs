/**
 * Headless Debian Chromium through playwright-core (never a downloaded browser). Every visit
 * gets a fresh context (empty cache); host names other than this machine's do not resolve, so
 * map tiles fail at once instead of going to the internet.
 */
import fs from 'node:fs';
import { chromium } from 'playwright-core';

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

/** The last largest-contentful-paint candidate, as the page reports it, and what it was. */
function observeLcp() {
  window.__lcp = null;
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    const last = entries[entries.length - 1];
    const element = last.element;
    window.__lcp = {
      time: last.startTime,
      element: element
        ? `<${element.tagName.toLowerCase()}${element.className ? ` class="${element.className}"` : ''}> ${(element.textContent ?? '').trim().slice(0, 60)}`
        : null,
      inMap: !!element?.closest?.('.tp-map__frame'),
    };
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

/**
 * Opens `url` in a fresh context, waits for `text` to show (and `waitFor`, a selector, if
 * given) and the paints to settle; returns LCP and what it painted, FCP, the load event, every
 * script as the browser fetched it (transfer size on the wire, headers included, from resource
 * timing; its Content-Encoding; whether the document itself asked for it), and uncaught errors.
 */
export async function visit(browser, url, text, { keepHtml = false, viewport = { width: 1280, height: 800 }, waitFor = null } = {}) {
  const context = await browser.newContext({ viewport });
  try {
    await context.addInitScript(observeLcp);
    const page = await context.newPage();
    const encodings = new Map();
    const apiErrors = [];
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') {
        encodings.set(new URL(response.url()).pathname, response.headers()['content-encoding'] ?? null);
      } else if (response.url().includes('/graphql') && response.status() >= 400) {
        apiErrors.push(response.text().then((body) => `${response.status()} ${body.slice(0, 400)}`, () => String(response.status())));
      }
    });
    const document = await page.goto(url, { waitUntil: 'load' });
    const html = await document.text();
    try {
      await page.getByText(text, { exact: false }).first().waitFor({ state: 'visible', timeout: 10_000 });
      if (waitFor) await page.locator(waitFor).first().waitFor({ timeout: 10_000 });
    } catch {
      const failures = [...new Set(await Promise.all(apiErrors))];
      throw new Error(`"${text}"${waitFor ? ` or ${waitFor}` : ''} never showed on ${new URL(url).pathname.slice(0, 12)}…; page title "${await page.title()}"` +
        (failures.length ? `; the page's API calls failed: ${failures.join(' | ')}` : ''));
    }
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
    await page.waitForTimeout(250); // a later, larger paint would still be reported
    const timing = await page.evaluate(() => ({
      lcp: window.__lcp?.time ?? null,
      lcpElement: window.__lcp?.element ?? null,
      lcpInMap: window.__lcp?.inMap ?? null,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      load: performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? null,
      documentBytes: performance.getEntriesByType('navigation')[0]?.transferSize ?? null,
      resources: performance.getEntriesByType('resource').map((r) => ({ url: new URL(r.name).pathname, type: r.initiatorType, transferSize: r.transferSize, encodedBodySize: r.encodedBodySize, decodedBodySize: r.decodedBodySize })),
    }));
    const referenced = new Set([...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]));
    const scripts = timing.resources
      .filter((r) => r.url.endsWith('.js'))
      .map((r) => ({ ...r, encoding: encodings.get(r.url) ?? null, inDocument: referenced.has(r.url) }));
    delete timing.resources;
    return { ...timing, scripts, errors, html: keepHtml ? html : null, renderedHtml: keepHtml ? await page.content() : null };
  } finally {
    await context.close();
  }
}
