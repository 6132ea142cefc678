/**
 * Lighthouse (12.2.3, the root's devDependency; 13 needs Node 22) on Debian's Chromium: a
 * fresh browser for every run, as the Lighthouse CLI does, with its default throttling
 * (simulated). `mobile` is Lighthouse's default profile: a Moto G Power's screen, slow 4G
 * (150 ms RTT, 1.6 Mbit/s down) and a 4x CPU slowdown; `desktop` its desktop preset. Host names
 * other than this machine's do not resolve, so map tiles fail at once.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM } from './browser.mjs';

const FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync', '--disable-background-networking',
  '--disable-component-update', '--disable-default-apps', '--mute-audio', '--disable-extensions',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/** Starts Chromium with a DevTools port; resolves to { port, close }. */
async function startChromium() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-lh-'));
  const child = spawn(CHROMIUM, [...FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools port: ${text.slice(-300)}`)), 20_000);
    child.stderr.on('data', (chunk) => {
      text += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${text.slice(-300)}`)));
  });
  return {
    port,
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      // Chromium may still be writing its profile as it exits: retry rather than fail the run.
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    },
  };
}

let modules;
/** Lighthouse's own modules, loaded once. */
export async function loadLighthouse() {
  modules ??= Promise.all([import('lighthouse'), import('lighthouse/core/config/desktop-config.js')]).then(([lh, desktop]) => ({
    lighthouse: lh.default,
    desktopConfig: desktop.default,
  }));
  return modules;
}

/** The element an audit's details name (LCP element): its tag and start, as Lighthouse wrote it. */
function elementOf(audit) {
  const tables = audit?.details?.items ?? [];
  for (const table of tables) for (const item of table.items ?? []) if (item.node?.snippet) return item.node.snippet.slice(0, 160);
  return null;
}

/**
 * One Lighthouse run of `url`: the category scores, the metrics, the LCP element, and every
 * script's transfer size from Lighthouse's network records.
 */
export async function lighthouseRun(url, preset = 'mobile') {
  const { lighthouse, desktopConfig } = await loadLighthouse();
  const browser = await startChromium();
  try {
    const flags = { port: browser.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] };
    const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no report');
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const a = lhr.audits;
    const value = (id) => a[id]?.numericValue ?? null;
    const requests = a['network-requests']?.details?.items ?? [];
    const scripts = requests.filter((r) => r.resourceType === 'Script').map((r) => ({ url: new URL(r.url).pathname, transferSize: r.transferSize }));
    return {
      performance: lhr.categories.performance?.score ?? null,
      accessibility: lhr.categories.accessibility?.score ?? null,
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      speedIndex: value('speed-index'),
      tti: value('interactive'),
      lcpElement: elementOf(a['largest-contentful-paint-element']),
      textCompressionSavings: a['uses-text-compression']?.details?.overallSavingsBytes ?? 0,
      scriptBytes: scripts.reduce((sum, s) => sum + s.transferSize, 0),
      scripts,
      // Where the main thread went (simulated times): the long tasks, and each script's evaluation and compilation.
      longTasks: (a['long-tasks']?.details?.items ?? []).map((t) => ({ url: t.url, startTime: Math.round(t.startTime), duration: Math.round(t.duration) })),
      bootup: (a['bootup-time']?.details?.items ?? []).map((b) => ({ url: b.url, total: Math.round(b.total), scripting: Math.round(b.scripting), parseCompile: Math.round(b.scriptParseCompile) })),
      mainThread: Object.fromEntries((a['mainthread-work-breakdown']?.details?.items ?? []).map((m) => [m.group, Math.round(m.duration)])),
      warnings: lhr.runWarnings ?? [],
      benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    };
  } finally {
    await browser.close();
  }
}
