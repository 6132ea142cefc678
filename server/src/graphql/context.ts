import type { Services } from '../services';
import { createLoaders, type Loaders } from './loaders';
import type { Principal } from '../core/scope';
import type { Metrics } from '../observability/metrics';

export interface Context {
  principal: Principal | null;
  /** The bearer token of the request, when it had one. */
  token: string | null;
  services: Services;
  loaders: Loaders;
  /** Client address, for rate limits and audit. */
  ip: string;
  metrics: Metrics;
}

export function createContext(
  services: Services,
  principal: Principal | null,
  token: string | null,
  ip: string,
  metrics: Metrics,
): Context {
  return { principal, token, services, loaders: createLoaders(services), ip, metrics };
}

export function bearerToken(header: string | undefined | null): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match ? match[1] : null;
}
