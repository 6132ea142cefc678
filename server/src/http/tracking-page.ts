import fs from 'node:fs';
import path from 'node:path';
import type { RequestHandler } from 'express';
import type { PublicEndpoint } from '../graphql/public/endpoint';
import { RATE_LIMIT_HEADER, RATE_LIMIT_POLICY_HEADER } from '../limits/rate-limit-fields';

/**
 * The server's half of the public page, built by the web app (web/src/tracking.server.tsx →
 * web/dist/server/tracking.server.cjs): the query the page sends, and the whole HTML document
 * rendered from that query's answer.
 */
export interface TrackingRenderer {
  PAGE_QUERY: { query: string; operationName: string };
  renderTrackingDocument(input: {
    outcome: InitialOutcome;
    acceptLanguage: string | undefined;
    now: number;
    assets: DocumentAssets;
  }): string;
}

/** The answer to the page's query as the page gets it: `data.trackingPage`, or why there is none. */
type InitialOutcome = { ok: true; result: unknown } | { ok: false; rateLimited: boolean; retryAfterSeconds: number | null };

export interface DocumentAssets {
  scripts: string[];
  preloads: string[];
  stylesheets: string[];
}

const RENDERER_FILE = path.join('server', 'tracking.server.cjs');
const MANIFEST_FILE = path.join('.vite', 'manifest.json');
/** The hydrating entry of the server-rendered page (web/vite.config.ts). */
const CLIENT_ENTRY = 'src/tracking.tsx';

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

/**
 * The tags the page's entry needs, from the web build's manifest: its script, the chunks it
 * imports statically (preloaded together rather than found one import after another) and their
 * stylesheets, a chunk's imports' before its own (the order Vite gives an HTML entry). What the
 * entry imports dynamically (the map) is left to load later.
 */
export function documentAssets(manifest: Record<string, ManifestChunk>, entry = CLIENT_ENTRY): DocumentAssets | null {
  const root = manifest[entry];
  if (!root) return null;
  const seen = new Set<string>();
  const preloads: string[] = [];
  const stylesheets: string[] = [];
  const walk = (key: string) => {
    const chunk = manifest[key];
    if (seen.has(key) || !chunk) return;
    seen.add(key);
    for (const child of chunk.imports ?? []) walk(child);
    if (key !== entry) preloads.push(`/${chunk.file}`);
    for (const css of chunk.css ?? []) if (!stylesheets.includes(`/${css}`)) stylesheets.push(`/${css}`);
  };
  walk(entry);
  return { scripts: [`/${root.file}`], preloads, stylesheets };
}

/** The renderer and the page's assets from a web build, or null when it has neither (API only). */
export function loadTrackingRenderer(webDistDir: string): { renderer: TrackingRenderer; assets: DocumentAssets } | null {
  const rendererFile = path.join(webDistDir, RENDERER_FILE);
  const manifestFile = path.join(webDistDir, MANIFEST_FILE);
  if (!fs.existsSync(rendererFile) || !fs.existsSync(manifestFile)) return null;
  const assets = documentAssets(JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>);
  if (!assets) return null;
  // A build artefact of the web app, found at run time (CommonJS: no loader needed).
  const renderer = require(rendererFile) as TrackingRenderer;
  if (typeof renderer.renderTrackingDocument !== 'function' || !renderer.PAGE_QUERY) return null;
  return { renderer, assets };
}

export interface TrackingPageRoute {
  endpoint: PublicEndpoint;
  renderer: TrackingRenderer;
  assets: DocumentAssets;
  /** The client's address, by the same rule as the public API's. */
  clientIp: (req: Parameters<RequestHandler>[0]) => string;
  /** Serves the page the way it was served before it was rendered here (the app shell). */
  fallback: RequestHandler;
  log: (...args: unknown[]) => void;
}

/**
 * GET /t/<token>: the page with its content in the HTML. It runs the page's own query through
 * the public endpoint, in-process, so the answer is the API's to the byte and the endpoint's
 * protections hold: the look-up and miss limits per address, unknown and revoked tokens alike.
 * It counts no view (the page counts one when it runs) and logs neither the token nor the URL.
 * Its answer carries the endpoint's RateLimit-Policy and RateLimit ("lookups", "misses").
 */
export function trackingPageHandler(route: TrackingPageRoute): RequestHandler {
  const { endpoint, renderer, assets, clientIp, fallback, log } = route;
  return async (req, res, next) => {
    const token = String(req.params.token ?? '');
    let outcome: InitialOutcome;
    let status = 200;
    try {
      const response = await endpoint.apollo.executeOperation(
        { query: renderer.PAGE_QUERY.query, operationName: renderer.PAGE_QUERY.operationName, variables: { token } },
        { contextValue: { ...endpoint.context(clientIp(req)), countViews: false } },
      );
      // Where the address stands against the public limits, as /public/graphql tells it.
      for (const name of [RATE_LIMIT_POLICY_HEADER, RATE_LIMIT_HEADER]) {
        const value = response.http.headers.get(name.toLowerCase());
        if (value) res.setHeader(name, value);
      }
      const single = response.body.kind === 'single' ? response.body.singleResult : null;
      const result = (single?.data as { trackingPage?: unknown } | null | undefined)?.trackingPage;
      if (result) {
        outcome = { ok: true, result };
      } else {
        const limited = single?.errors?.find((error) => error.extensions?.code === 'RATE_LIMITED');
        const retryAfter = Number(limited?.extensions?.retryAfter ?? response.http.headers.get('retry-after'));
        outcome = { ok: false, rateLimited: !!limited, retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null };
        status = limited ? 429 : 503;
        if (limited && outcome.retryAfterSeconds) res.setHeader('Retry-After', String(outcome.retryAfterSeconds));
      }
      const html = renderer.renderTrackingDocument({ outcome, acceptLanguage: req.headers['accept-language'], now: Date.now(), assets });
      res.status(status);
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Vary', 'Accept-Language');
      res.send(html);
    } catch (error) {
      // The page still works without its server-rendered half: the shell loads it in the browser.
      log('tracking page: rendering failed; serving the app shell instead:', error);
      fallback(req, res, next);
    }
  };
}
