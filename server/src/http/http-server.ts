import http from 'node:http';
import type { PublicEndpoint } from '../graphql/public/endpoint';
import type { PublicPageCache } from '../graphql/public/page-cache';
import type { StaffEndpoint } from '../graphql/staff-endpoint';
import type { Readiness } from '../health/readiness';
import type { Logger } from '../logger';
import type { Metrics } from '../observability/metrics';
import type { FeedbackService } from '../modules/feedback/feedback.service';
import { metricsHandler } from './metrics-endpoint';
import { routeOf } from '../observability/route';
import { observeRequests } from './observe';
import { createExpressApp, type AppRoutes } from './app';
import { isPublicGraphqlPath, publicGraphqlHandler } from './public-graphql';
import type { SessionCookieJar } from './session-cookie';

export interface HttpRoutes {
  staff: StaffEndpoint;
  public: PublicEndpoint;
  /** Recipients' messages through their link's page (POST /public/feedback). */
  feedback: FeedbackService;
  webDistDir: string;
  /** Compiled "trust proxy" rule (Express syntax), for Express and the WebSocket endpoints alike. */
  trustProxy: (addr: string, i: number) => boolean;
  clientIp: (req: http.IncomingMessage) => string;
  /** Browser origins allowed to call the public API (the app's own origin among them). */
  publicOrigins: string[];
  /** Whether live updates can reach pages now (the event bus is up); if not, new page sockets are refused with 503. */
  liveAvailable: () => boolean;
  readiness: Readiness;
  metrics: Metrics;
  /** /metrics on this server asks for it; unset: /metrics is not served here. */
  metricsToken: string | undefined;
  sessionCookies: SessionCookieJar;
  log: Logger;
  /** Positions from Traccar Client and OsmAnd (driver-app.ts). */
  deviceApp: AppRoutes['deviceApp'];
  proofs: AppRoutes['proofs'];
  podImageUrls: AppRoutes['podImageUrls'];
  /** Built public-page answers (graphql/public/page-cache.ts); unset: every page is built. */
  pageCache?: PublicPageCache;
}

/** Refuses an upgrade with 429 and the seconds to wait. */
function tooManySockets(socket: import('node:stream').Duplex, retryAfter: number): void {
  socket.end(`HTTP/1.1 429 Too Many Requests\r\nRetry-After: ${retryAfter}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * Routes requests and WebSocket upgrades to the endpoints: the public API is answered before
 * Express (http/public-graphql.ts); everything else is Express's (http/app.ts).
 */
export function attachRoutes(server: http.Server, routes: HttpRoutes): void {
  const app = createExpressApp({
    staff: routes.staff,
    public: routes.public,
    feedback: routes.feedback,
    rateLimited: (kind) => routes.metrics.rateLimited.inc({ kind }),
    webDistDir: routes.webDistDir,
    trustProxy: routes.trustProxy,
    readiness: routes.readiness,
    sessionCookies: routes.sessionCookies,
    log: routes.log.error,
    deviceApp: routes.deviceApp,
    proofs: routes.proofs,
    podImageUrls: routes.podImageUrls,
  });
  const publicApi = publicGraphqlHandler(routes.public.apollo, routes.clientIp, (ip) => routes.public.context(ip), routes.publicOrigins, routes.trustProxy, routes.log.error, routes.pageCache);
  const metrics = routes.metricsToken ? metricsHandler(routes.metrics, routes.metricsToken) : null;
  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (isPublicGraphqlPath(req.url)) return publicApi(req, res);
    if (metrics && routeOf(req.url) === '/metrics') return metrics(req, res);
    app(req, res);
  };
  server.on(
    'request',
    observeRequests(handle, {
      log: routes.log,
      metrics: routes.metrics,
      fromTrustedProxy: (req) => routes.trustProxy(req.socket.remoteAddress ?? '', 0),
    }),
  );

  server.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/graphql') {
      if (!routes.staff.admit(routes.clientIp(req), req, socket)) return tooManySockets(socket, 5);
      routes.staff.wsServer.handleUpgrade(req, socket, head, (ws) => routes.staff.wsServer.emit('connection', ws, req));
    } else if (path === '/public/graphql') {
      if (!routes.liveAvailable()) {
        // The page keeps polling and its socket retries with backoff.
        socket.end('HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\nConnection: close\r\n\r\n');
        return;
      }
      void routes.public.admit(routes.clientIp(req), socket).then((admitted) => {
        if (!admitted) {
          if (socket.destroyed) return;
          routes.metrics.rateLimited.inc({ kind: 'public_socket' });
          return tooManySockets(socket, 30);
        }
        routes.public.wsServer.handleUpgrade(req, socket, head, (ws) => routes.public.wsServer.emit('connection', ws, req));
      });
    } else {
      socket.destroy();
    }
  });
}
