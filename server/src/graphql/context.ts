import type { RateLimitSlot } from '../limits/rate-limit-fields';
import type { Services } from '../services';
import { createLoaders, type Loaders } from './loaders';
import type { Principal } from '../core/scope';
import type { Metrics } from '../observability/metrics';

/**
 * The admin console's session kept in cookies by the HTTP layer (http/session-cookie.ts): an
 * httpOnly cookie with the token and a readable one with its CSRF token. Null over WebSocket.
 */
export interface SessionCookies {
  start(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface Context {
  principal: Principal | null;
  /** The token of the request (a bearer token, or the session cookie's), when it had one. */
  token: string | null;
  services: Services;
  loaders: Loaders;
  /** Client address, for rate limits and audit. */
  ip: string;
  metrics: Metrics;
  sessionCookies: SessionCookies | null;
  /** Where the caller stands against the staff rate limit (the answer's RateLimit headers). */
  rateLimit?: RateLimitSlot;
}

/**
 * The request's loaders are made when a resolver first asks for them: many operations (a
 * driver app's batch of positions, most mutations) use none. The accessor is on the class, not
 * the object, because Apollo hands each operation a shallow copy of the context (own properties
 * copied onto an object of the same prototype), which would call an own getter at once.
 */
class RequestContext implements Context {
  rateLimit?: RateLimitSlot;
  private madeLoaders?: Loaders;

  constructor(
    public principal: Principal | null,
    public token: string | null,
    public services: Services,
    public ip: string,
    public metrics: Metrics,
    public sessionCookies: SessionCookies | null,
  ) {}

  get loaders(): Loaders {
    return (this.madeLoaders ??= createLoaders(this.services));
  }

  set loaders(value: Loaders) {
    this.madeLoaders = value;
  }
}

export function createContext(
  services: Services,
  principal: Principal | null,
  token: string | null,
  ip: string,
  metrics: Metrics,
  sessionCookies: SessionCookies | null = null,
): Context {
  return new RequestContext(principal, token, services, ip, metrics, sessionCookies);
}

export function bearerToken(header: string | undefined | null): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match ? match[1] : null;
}
