import type { Role } from '@tracklink/shared';
import { DomainError } from './errors';

/** Who is calling: a signed-in user, a tenant's API key, or a driver app. */
export type Principal =
  /** `sessionId`: the sign-in the request came with. */
  | { kind: 'user'; userId: string; role: Role; tenantId: string | null; label: string; sessionId?: string }
  | { kind: 'apiKey'; apiKeyId: string; tenantId: string; label: string }
  | { kind: 'driver'; driverId: string; tenantId: string; label: string }
  /** The server itself (live ETAs, demo data): never the caller of a request. */
  | { kind: 'system'; tenantId: string; label: string };

/** The tenant a piece of work acts in, and who acts (for audit trails). Every service call takes one. */
export interface TenantScope {
  tenantId: string;
  principal: Principal;
}

/** The scope of a caller's request: signed in, and inside a tenant. */
export function tenantScopeOf(principal: Principal | null): TenantScope {
  if (!principal) throw new DomainError('UNAUTHENTICATED', 'Sign in, or send an API key or driver token');
  if (!principal.tenantId) throw new DomainError('FORBIDDEN', 'This operation works inside a tenant; platform admins have none');
  return { tenantId: principal.tenantId, principal };
}

/** Work the server does on its own in a tenant (live ETAs, demo data). */
export function systemScope(tenantId: string, label = 'system'): TenantScope {
  return { tenantId, principal: { kind: 'system', tenantId, label } };
}
