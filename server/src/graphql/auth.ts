import type { AuthCheckerFn } from 'type-graphql';
import { Role } from '@tracklink/shared';
import { AppError } from './errors';
import type { Context } from './context';

/** Who is calling: a signed-in user, a tenant's API key, or a driver app. */
export type Principal =
  | { kind: 'user'; userId: string; role: Role; tenantId: string | null; label: string }
  | { kind: 'apiKey'; apiKeyId: string; tenantId: string; label: string }
  | { kind: 'driver'; driverId: string; tenantId: string; label: string }
  /** The server itself (live ETAs, demo data): never the caller of a request. */
  | { kind: 'system'; tenantId: string; label: string };

/** What `@Authorized(...)` names: the user roles plus the two machine callers. */
export const Access = {
  PLATFORM_ADMIN: Role.PLATFORM_ADMIN,
  SUPER_ADMIN: Role.SUPER_ADMIN,
  DISPATCHER: Role.DISPATCHER,
  INTEGRATION: 'INTEGRATION',
  DRIVER: 'DRIVER',
} as const;
export type Access = (typeof Access)[keyof typeof Access];

/** Tenant staff in the console. */
export const STAFF: Access[] = [Access.SUPER_ADMIN, Access.DISPATCHER];
/** Staff plus integrators: everything that works on a tenant's orders and consignments. */
export const TENANT_API: Access[] = [...STAFF, Access.INTEGRATION];
/** Who may report positions and scans. */
export const REPORTERS: Access[] = [...TENANT_API, Access.DRIVER];

export function accessOf(principal: Principal): Access {
  switch (principal.kind) {
    case 'user':
      return principal.role;
    case 'apiKey':
      return Access.INTEGRATION;
    case 'driver':
      return Access.DRIVER;
    case 'system':
      return Access.INTEGRATION;
  }
}

export const authChecker: AuthCheckerFn<Context, Access> = ({ context }, roles) => {
  const principal = context.principal;
  if (!principal) throw new AppError('UNAUTHENTICATED', 'Sign in, or send an API key or driver token');
  if (roles.length > 0 && !roles.includes(accessOf(principal))) {
    throw new AppError('FORBIDDEN', 'You do not have access to this operation');
  }
  return true;
};

/** The tenant a request acts in, and who acts (for audit trails). */
export interface TenantScope {
  tenantId: string;
  principal: Principal;
}

export function tenantScope(principal: Principal | null): TenantScope {
  if (!principal) throw new AppError('UNAUTHENTICATED', 'Sign in, or send an API key or driver token');
  if (!principal.tenantId) throw new AppError('FORBIDDEN', 'This operation works inside a tenant; platform admins have none');
  return { tenantId: principal.tenantId, principal };
}

export function systemScope(tenantId: string, label = 'system'): TenantScope {
  return { tenantId, principal: { kind: 'system', tenantId, label } };
}
