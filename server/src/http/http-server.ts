import http from 'node:http';
import type { PublicEndpoint } from '../graphql/public/endpoint';
import type { StaffEndpoint } from '../graphql/staff-endpoint';
import { createExpressApp } from './app';
import { isPublicGraphqlPath, publicGraphqlHandler } from './public-graphql';

export interface HttpRoutes {
  staff: StaffEndpoint;
  public: PublicEndpoint;
  webDistDir: string;
  /** Compiled "trust proxy" rule (Express syntax), for Express and the WebSocket endpoints alike. */
  trustProxy: (addr: string, i: number) => boolean;
  clientIp: (req: http.IncomingMessage) => string;
  /** Browser origins allowed to call the public API (the app's own origin among them). */
  publicOrigins: string[];
  log: (...args: unknown[]) => void;
}

/**
 * Routes requests and WebSocket upgrades to the endpoints: the public API is answered before
 * Express (http/public-graphql.ts); everything else is Express's (http/app.ts).
 */
export function attachRoutes(server: http.Server, routes: HttpRoutes): void {
  const app = createExpressApp({ staff: routes.staff, public: routes.public, webDistDir: routes.webDistDir, trustProxy: routes.trustProxy, log: routes.log });
  const publicApi = publicGraphqlHandler(routes.public.apollo, async (req) => routes.public.context(routes.clientIp(req)), routes.publicOrigins, routes.log);
  server.on('request', (req, res) => (isPublicGraphqlPath(req.url) ? publicApi(req, res) : app(req, res)));
  server.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/graphql') {
      routes.staff.wsServer.handleUpgrade(req, socket, head, (ws) => routes.staff.wsServer.emit('connection', ws, req));
    } else if (path === '/public/graphql') {
      if (!routes.public.admit(routes.clientIp(req))) {
        socket.end('HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\n\r\n');
        return;
      }
      routes.public.wsServer.handleUpgrade(req, socket, head, (ws) => routes.public.wsServer.emit('connection', ws, req));
    } else {
      socket.destroy();
    }
  });
}
