import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type RequestHandler } from 'express';

export interface AppRoutes {
  staffGraphql: RequestHandler;
  webDistDir: string;
}

/** Express app: the API, the health check, and the built web app (admin console, public pages). */
export function createExpressApp(routes: AppRoutes): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/robots.txt', (_req, res) => {
    res.type('text/plain').send('User-agent: *\nDisallow: /t/\nDisallow: /admin/\n');
  });

  app.use('/graphql', express.json({ limit: '1mb' }), routes.staffGraphql);

  const indexHtml = path.join(routes.webDistDir, 'index.html');
  if (fs.existsSync(indexHtml)) {
    app.use(
      '/assets',
      express.static(path.join(routes.webDistDir, 'assets'), { immutable: true, maxAge: '1y', index: false }),
    );
    const sendIndex: RequestHandler = (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(indexHtml);
    };
    app.get(['/admin', '/admin/{*rest}'], sendIndex);
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
