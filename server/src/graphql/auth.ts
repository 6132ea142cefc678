import { createParameterDecorator, type AuthCheckerFn } from 'type-graphql';
import { Role } from '@tracklink/shared';
import { DomainError } from '../core/errors';
import { tenantScopeOf, type Principal } from '../core/scope';
import type { Context } from './context';

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
  if (!principal) throw new DomainError('UNAUTHENTICATED', 'Sign in, or send an API key or driver token');
  if (roles.length > 0 && !roles.includes(accessOf(principal))) {
    throw new DomainError('FORBIDDEN', 'You do not have access to this operation');
  }
  return true;
};

/**
 * The caller's tenant scope as a resolver parameter: `@CurrentScope() scope: TenantScope`.
 * Refuses callers outside a tenant (platform admins) and the signed-out.
 */
export function CurrentScope() {
  return createParameterDecorator<Context>(({ context }) => tenantScopeOf(context.principal));
}
