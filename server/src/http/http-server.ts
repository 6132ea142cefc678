import http from 'node:http';
import type { PublicEndpoint } from '../graphql/public/endpoint';
import type { StaffEndpoint } from '../graphql/staff-endpoint';
import { createExpressApp } from './app';
import { isPublicGraphqlPath, publicGraphqlHandler } from './public-graphql';
import type { SessionCookieJar } from './session-cookie';

export interface HttpRoutes {
  staff: StaffEndpoint;
  public: PublicEndpoint;
  webDistDir: string;
  /** Compiled "trust proxy" rule (Express syntax), for Express and the WebSocket endpoints alike. */
  trustProxy: (addr: string, i: number) => boolean;
  clientIp: (req: http.IncomingMessage) => string;
  /** Browser origins allowed to call the public API (the app's own origin among them). */
  publicOrigins: string[];
  sessionCookies: SessionCookieJar;
  log: (...args: unknown[]) => void;
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
  const app = createExpressApp({ staff: routes.staff, webDistDir: routes.webDistDir, trustProxy: routes.trustProxy, sessionCookies: routes.sessionCookies });
  const publicApi = publicGraphqlHandler(routes.public.apollo, async (req) => routes.public.context(routes.clientIp(req)), routes.publicOrigins, routes.trustProxy, routes.log);
  server.on('request', (req, res) => (isPublicGraphqlPath(req.url) ? publicApi(req, res) : app(req, res)));
  server.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/graphql') {
      if (!routes.staff.admit(routes.clientIp(req), req, socket)) return tooManySockets(socket, 5);
      routes.staff.wsServer.handleUpgrade(req, socket, head, (ws) => routes.staff.wsServer.emit('connection', ws, req));
    } else if (path === '/public/graphql') {
      void routes.public.admit(routes.clientIp(req), socket).then((admitted) => {
        if (!admitted) return socket.destroyed ? undefined : tooManySockets(socket, 30);
        routes.public.wsServer.handleUpgrade(req, socket, head, (ws) => routes.public.wsServer.emit('connection', ws, req));
      });
    } else {
      socket.destroy();
    }
  });
}
