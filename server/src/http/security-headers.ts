import type http from 'node:http';
import helmet from 'helmet';
import type { RequestHandler } from 'express';

type Trust = (addr: string, i: number) => boolean;

/**
 * Whether the request reached us over TLS: on our own TLS socket, or through a proxy we trust
 * that says so in X-Forwarded-Proto (its first value, as Express reads it).
 */
export function cameOverTls(req: http.IncomingMessage, trust: Trust): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  const header = req.headers['x-forwarded-proto'];
  if (!header || !trust(req.socket.remoteAddress ?? '', 0)) return false;
  const first = (Array.isArray(header) ? header[0] : header).split(',')[0];
  return first.trim().toLowerCase() === 'https';
}

/**
 * The admin console's policy: its own scripts only (no inline script, no eval), styles from
 * itself (React and Leaflet set inline styles), map tiles and images from any HTTPS host
 * (VITE_TILE_URL), API calls and the WebSocket to itself, the template preview's frame from
 * itself, and never framed by anyone.
 */
export const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Everything that is not a page (API answers, assets, errors): nothing to run, never framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * helmet's headers on every answer of the Express app: nosniff, a strict CSP (pages that need
 * another one, /admin and /t/, set theirs on their route), no referrer, same-origin opener and
 * resource policies, and HSTS when the request came over TLS (see cameOverTls).
 */
export function securityHeaders(trust: Trust): RequestHandler {
  const headers = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { 'default-src': ["'none'"], 'frame-ancestors': ["'none'"], 'base-uri': ["'none'"], 'form-action': ["'none'"] } },
    // SAMEORIGIN, not DENY: the admin console frames the public page in its template preview;
    // browsers that know CSP follow frame-ancestors, which is 'none' everywhere else.
    xFrameOptions: { action: 'sameorigin' },
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
  return (req, res, next) => {
    if (cameOverTls(req, trust)) res.setHeader('Strict-Transport-Security', HSTS);
    headers(req, res, next);
  };
}

/** The same headers for the public API, which is answered before Express (public-graphql.ts). */
export function setApiSecurityHeaders(req: http.IncomingMessage, res: http.ServerResponse, trust: Trust): void {
  res.setHeader('Content-Security-Policy', API_CSP);
  res.setHeader('X-Frame-Options', 'SAMEORIGIN');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  if (cameOverTls(req, trust)) res.setHeader('Strict-Transport-Security', HSTS);
}
