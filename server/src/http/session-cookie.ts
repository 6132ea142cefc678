import { createHmac, timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import { parseCookie, stringifySetCookie } from 'cookie';

/** The console's session token: httpOnly, sent to /graphql only (HTTP and the WebSocket). */
export const SESSION_COOKIE = 'tl_session';
/** Its CSRF token, readable by the console's script, which sends it back in CSRF_HEADER. */
export const CSRF_COOKIE = 'tl_csrf';
export const CSRF_HEADER = 'x-csrf-token';
/** Where the console's WebSocket sends the CSRF token: its connection_init payload. */
export const CSRF_PARAM = 'csrfToken';

/**
 * The admin console's session in cookies. The token is in an httpOnly, SameSite=Strict cookie
 * (Secure over TLS) that script cannot read; its CSRF token is an HMAC of the token under the
 * app secret (OWASP's signed double submit), in a readable cookie. A request counts as signed
 * in by cookie only when it sends that CSRF token back in a header (over WebSocket: in the
 * connection's parameters), which a page of another site can neither read nor forge; without
 * it the cookie is ignored and the request is anonymous. Bearer tokens (API keys, driver apps,
 * scripts) need no CSRF token: a browser never sends them by itself.
 */
export class SessionCookieJar {
  constructor(private readonly secret: string) {}

  csrfFor(token: string): string {
    return createHmac('sha256', this.secret).update(`csrf:${token}`).digest('base64url');
  }

  /** The session token of a request whose CSRF token matches it; else null. */
  sessionOf(req: http.IncomingMessage, presentedCsrf: unknown): string | null {
    const header = req.headers.cookie;
    if (!header) return null;
    const token = parseCookie(header)[SESSION_COOKIE];
    if (!token || typeof presentedCsrf !== 'string') return null;
    const expected = Buffer.from(this.csrfFor(token));
    const presented = Buffer.from(presentedCsrf);
    return expected.length === presented.length && timingSafeEqual(expected, presented) ? token : null;
  }

  /** Whether the request carries a session cookie at all (valid or not). */
  hasSession(req: http.IncomingMessage): boolean {
    return Boolean(req.headers.cookie && parseCookie(req.headers.cookie)[SESSION_COOKIE]);
  }

  /** Set-Cookie values that start a session lasting until `expiresAt`. */
  start(token: string, expiresAt: Date, secure: boolean): string[] {
    const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
    return [
      stringifySetCookie({ name: SESSION_COOKIE, value: token, httpOnly: true, secure, sameSite: 'strict', path: '/graphql', maxAge }),
      stringifySetCookie({ name: CSRF_COOKIE, value: this.csrfFor(token), secure, sameSite: 'strict', path: '/', maxAge }),
    ];
  }

  /** Set-Cookie values that end it. */
  clear(secure: boolean): string[] {
    return [
      stringifySetCookie({ name: SESSION_COOKIE, value: '', httpOnly: true, secure, sameSite: 'strict', path: '/graphql', maxAge: 0 }),
      stringifySetCookie({ name: CSRF_COOKIE, value: '', secure, sameSite: 'strict', path: '/', maxAge: 0 }),
    ];
  }
}
