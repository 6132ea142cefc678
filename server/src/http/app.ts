import fs from 'node:fs';
import path from 'node:path';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express, { type ErrorRequestHandler, type Express, type Request, type RequestHandler, type Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import type { ServeStaticOptions } from 'serve-static';
import { bearerToken, type SessionCookies } from '../graphql/context';
import type { PublicEndpoint } from '../graphql/public/endpoint';
import type { Readiness } from '../health/readiness';
import type { StaffCredentials, StaffEndpoint } from '../graphql/staff-endpoint';
import { API_COMPRESSION, setPrivateHeaders } from './public-graphql';
import { ADMIN_CSP, securityHeaders } from './security-headers';
import { CSRF_HEADER, type SessionCookieJar } from './session-cookie';
import { loadTrackingRenderer, trackingPageHandler } from './tracking-page';
import { recipientFeedbackHandler } from './recipient-feedback';
import type { FeedbackService } from '../modules/feedback/feedback.service';
import { DEVICE_APP_PATH } from '../modules/drivers/device-app.formats';
import type { ProofOfDeliveryService } from '../modules/proof-of-delivery/proof-of-delivery.service';
import { POD_IMAGE_PATH, type PodImageUrls } from '../modules/proof-of-delivery/signed-urls';
import { POD_UPLOAD_PATH, proofImageHandler, proofUploadHandlers } from './proof-of-delivery';

export interface AppRoutes {
  staff: StaffEndpoint;
  /** The public endpoint: /t/<token> runs the page's query through it to render the page. */
  public: PublicEndpoint;
  feedback: FeedbackService;
  /** Counts a refusal by a rate limit of this kind (metrics). */
  rateLimited?: (kind: string) => void;
  webDistDir: string;
  /** Compiled "trust proxy" rule, shared with the WebSocket endpoints. */
  trustProxy: (addr: string, i: number) => boolean;
  readiness: Readiness;
  log: (...args: unknown[]) => void;
  sessionCookies: SessionCookieJar;
  /** Positions from Traccar Client and OsmAnd (driver-app.ts), at DEVICE_APP_PATH. */
  deviceApp: Array<RequestHandler | ErrorRequestHandler>;
  /** Proof of delivery: recorded at POD_UPLOAD_PATH, its images served at POD_IMAGE_PATH (proof-of-delivery.ts). */
  proofs: ProofOfDeliveryService;
  podImageUrls: PodImageUrls;
}

/**
 * A staff request's token: `Authorization: Bearer`, else the console's session cookie when the
 * request sends its CSRF token (session-cookie.ts); and the cookies the resolvers may set.
 */
function staffRequest(jar: SessionCookieJar, req: Request, res: Response): { credentials: StaffCredentials; cookies: SessionCookies } {
  const bearer = bearerToken(req.headers.authorization);
  const cookie = bearer ? null : jar.sessionOf(req, req.get(CSRF_HEADER));
  const credentials = { token: bearer ?? cookie, viaCookie: cookie !== null };
  const cookies: SessionCookies = {
    start: (token, expiresAt) => res.append('Set-Cookie', jar.start(token, expiresAt, req.secure)),
    clear: () => res.append('Set-Cookie', jar.clear(req.secure)),
  };
  return { credentials, cookies };
}

/** A body the JSON parser refused (too large, not JSON) gets a GraphQL-shaped JSON answer, as on the public endpoint. */
const jsonBodyErrors: ErrorRequestHandler = (error: { status?: number; type?: string; expose?: boolean; message?: string }, _req, res, next) => {
  if (res.headersSent || !error.status || error.status < 400 || error.status >= 500 || !error.expose) return next(error);
  const code = error.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
  res.status(error.status).json({ errors: [{ message: error.message, extensions: { code } }] });
};

const privateResponse: RequestHandler = (_req, res, next) => {
  setPrivateHeaders(res);
  next();
};

/**
 * The built web app's files as the build compressed them (web/vite.config.ts writes a `.br` and
 * a `.gz` beside each): the one the browser accepts, brotli first, with Content-Encoding and
 * Vary: Accept-Encoding; the file itself to anyone else.
 */
function precompressed(root: string, serveStatic: ServeStaticOptions): RequestHandler {
  return expressStaticGzip(root, { enableBrotli: true, orderPreference: ['br', 'gzip'], index: false, serveStatic: { index: false, ...serveStatic } });
}

/**
 * Express app: the staff API, the health check, and the built web app (admin console, public
 * pages). The public API at /public/graphql is served before it (public-graphql.ts).
 */
export function createExpressApp(routes: AppRoutes): Express {
  const app = express();
  app.disable('x-powered-by');
  // API answers are not cached (the public ones are no-store): no hash of every body for an ETag.
  // Static files keep theirs (serve-static sets its own).
  app.set('etag', false);
  // Believe X-Forwarded-For only from our proxies (the same rule as the public endpoint's).
  app.set('trust proxy', routes.trustProxy);
  app.use(securityHeaders(routes.trustProxy));

  // Liveness: the process answers. Readiness: its database (and Redis, when configured)
  // answer within a second each; a load balancer sends traffic only while it is 200.
  app.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const report = await routes.readiness.check();
    res.setHeader('Cache-Control', 'no-store');
    if (!report.ready) res.status(503).setHeader('Retry-After', '5');
    res.json({ status: report.ready ? 'ready' : 'unavailable', checks: report.checks });
  });

  app.get('/robots.txt', (_req, res) => {
    res.type('text/plain').send('User-agent: *\nDisallow: /t/\nDisallow: /admin/\n');
  });

  const staffGraphql = expressMiddleware(routes.staff.apollo, {
    context: ({ req, res }) => {
      const { credentials, cookies } = staffRequest(routes.sessionCookies, req, res);
      return routes.staff.context(credentials, req.ip ?? '', cookies);
    },
  });
  const staffLimits: RequestHandler = (req, res, next) => {
    const errors = req.method === 'POST' ? routes.staff.precheck((req.body as { query?: unknown } | undefined)?.query) : [];
    if (errors.length) res.status(400).json({ errors });
    else next();
  };
  // A recipient's word back from the public page (recipient-feedback.ts): same origin only (no
  // CORS), JSON only, 16 KB at most, as the public API.
  app.post('/public/feedback', privateResponse, express.json({ limit: '16kb' }), recipientFeedbackHandler(routes.public, routes.feedback, routes.log, () => routes.rateLimited?.('public_feedback')), jsonBodyErrors);
  app.use('/graphql', compression(API_COMPRESSION), express.json({ limit: '1mb' }), staffLimits, staffGraphql, jsonBodyErrors);
  app.all(DEVICE_APP_PATH, ...routes.deviceApp);
  app.put(POD_UPLOAD_PATH, ...proofUploadHandlers(routes.staff, routes.proofs, routes.podImageUrls, routes.log));
  app.get(`${POD_IMAGE_PATH}/:imageId`, proofImageHandler(routes.public, routes.proofs, routes.podImageUrls, routes.log, () => routes.rateLimited?.('public_pod_image')));

  const indexHtml = path.join(routes.webDistDir, 'index.html');
  if (fs.existsSync(indexHtml)) {
    app.use('/assets', precompressed(path.join(routes.webDistDir, 'assets'), { immutable: true, maxAge: '1y' }));
    // The app shell: index.html only, whatever the path; revalidated on every load.
    const shell = precompressed(routes.webDistDir, { cacheControl: false });
    const sendIndex: RequestHandler = (req, res, next) => {
      if (!res.getHeader('Cache-Control')) res.setHeader('Cache-Control', 'no-cache');
      req.url = '/index.html';
      shell(req, res, next);
    };
    app.get(['/admin', '/admin/{*rest}'], (req, res, next) => {
      res.setHeader('Content-Security-Policy', ADMIN_CSP);
      sendIndex(req, res, next);
    });

    // The public page, rendered here with its content (tracking-page.ts), or the shell that
    // loads it in the browser where the web build has no server renderer.
    const rendered = loadTrackingRenderer(routes.webDistDir);
    if (!rendered) routes.log(`the web build in ${routes.webDistDir} has no server renderer (server/tracking.server.cjs): /t/<token> is sent as the app shell`);
    const trackingPage = rendered
      ? trackingPageHandler({ endpoint: routes.public, ...rendered, clientIp: (req) => req.ip ?? '', fallback: sendIndex, log: routes.log })
      : sendIndex;
    app.get('/t/:token', privateResponse, trackingPageHeaders, compression(API_COMPRESSION), trackingPage);
    app.get('/', (_req, res) => res.redirect('/admin'));
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('Tracklink API. The web app is not built: run `npm run build`.');
    });
  }

  app.use((_req, res) => {
    res.status(404).json({ error: 'Not found' });
  });
  // Anything else that failed: a plain answer, nothing of what went wrong inside.
  const internal: ErrorRequestHandler = (error, _req, res, _next) => {
    routes.log('request failed:', error);
    if (res.headersSent) return void res.destroy();
    res.status(500).json({ error: 'Internal server error' });
  };
  app.use(internal);
  return app;
}

/**
 * No third-party content, and no script but our own files (the page's data is a JSON script
 * element, which is not run); the token stays in the path only. Only the admin console's
 * template preview (same origin) may frame the page.
 */
const trackingPageHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'self'; script-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'self'; base-uri 'none'; object-src 'none'",
  );
  next();
};
