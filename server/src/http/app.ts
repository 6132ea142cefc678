import fs from 'node:fs';
import path from 'node:path';
import cors from 'cors';
import express, { type Express, type RequestHandler } from 'express';

export interface AppRoutes {
  staffGraphql: RequestHandler;
  publicGraphql: RequestHandler;
  webDistDir: string;
  /** Browser origins allowed to call the public API (the app's own origin is always fine). */
  publicOrigins: string[];
  /** Compiled "trust proxy" rule, shared with the WebSocket endpoints. */
  trustProxy: (addr: string, i: number) => boolean;
}

/** Public tracking responses: never cached, never indexed, never leaking the URL onwards. */
const privateResponse: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Robots-Tag', 'noindex, nofollow');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  next();
};

/** Express app: the API, the health check, and the built web app (admin console, public pages). */
export function createExpressApp(routes: AppRoutes): Express {
  const app = express();
  app.disable('x-powered-by');
  // API answers are not cached (the public ones are no-store): no hash of every body for an ETag.
  // Static files keep theirs (serve-static and sendFile set their own).
  app.set('etag', false);
  // Client addresses drive the public rate limits: believe X-Forwarded-For only from our proxies.
  app.set('trust proxy', routes.trustProxy);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/robots.txt', (_req, res) => {
    res.type('text/plain').send('User-agent: *\nDisallow: /t/\nDisallow: /admin/\n');
  });

  app.use('/graphql', express.json({ limit: '1mb' }), routes.staffGraphql);
  app.use(
    '/public/graphql',
    privateResponse,
    // POST only: a token must never travel in a URL, where proxies and logs keep it.
    (req, res, next) => {
      if (req.method === 'POST' || req.method === 'OPTIONS') return next();
      res.setHeader('Allow', 'POST');
      res.status(405).json({ errors: [{ message: 'Use POST', extensions: { code: 'METHOD_NOT_ALLOWED' } }] });
    },
    cors({ origin: routes.publicOrigins, methods: ['GET', 'POST'], maxAge: 600 }),
    express.json({ limit: '16kb' }),
    routes.publicGraphql,
  );

  const indexHtml = path.join(routes.webDistDir, 'index.html');
  if (fs.existsSync(indexHtml)) {
    app.use(
      '/assets',
      express.static(path.join(routes.webDistDir, 'assets'), { immutable: true, maxAge: '1y', index: false }),
    );
    const sendIndex: RequestHandler = (_req, res) => {
      if (!res.getHeader('Cache-Control')) res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(indexHtml);
    };
    app.get(['/admin', '/admin/{*rest}'], sendIndex);
    app.get('/t/:token', privateResponse, (_req, res, next) => {
      // No third-party content; the token stays in the path only. Only the admin console's
      // template preview (same origin) may frame the page.
      res.setHeader('Content-Security-Policy', "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'self'; base-uri 'none'");
      sendIndex(_req, res, next);
    });
    app.get('/', (_req, res) => res.redirect('/admin'));
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('Tracklink API. The web app is not built: run `npm run build`.');
    });
  }

  app.use((_req, res) => {
    res.status(404).json({ error: 'Not found' });
  });
  return app;
}
