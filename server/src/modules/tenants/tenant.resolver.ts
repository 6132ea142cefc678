import { PageArgs } from '../../graphql/page-info';
import type { Connection } from '../../core/pagination';
import { TenantConnection } from './tenant.inputs';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Access, STAFF } from '../../graphql/auth';
import { CurrentScope } from '../../graphql/auth';
import type { TenantScope } from '../../core/scope';
import type { Context } from '../../graphql/context';
import { CreateTenantInput, UpdateTenantSettingsInput } from './tenant.inputs';
import { Tenant } from './tenant.entity';
import { DomainError } from '../../core/errors';
import { BillingStatus } from '@tracklink/shared';

@Resolver(() => Tenant)
export class TenantResolver {
  @Authorized()
  @Query(() => Tenant, { nullable: true, description: 'Platform admins see any tenant; everyone else only their own. Any valid token.' })
  async tenant(@Arg('id', () => ID, { description: 'The tenant\'s id.' }) id: string, @Ctx() ctx: Context): Promise<Tenant | null> {
    const principal = ctx.principal!;
    if (principal.kind === 'user' && principal.role === Access.PLATFORM_ADMIN) return ctx.services.tenants.byId(id);
    if (principal.tenantId !== id) return null;
    return ctx.services.tenants.byId(id);
  }

  @Authorized(Access.PLATFORM_ADMIN)
  @Query(() => [Tenant], { description: 'Every tenant. Platform admins only.' })
  tenants(@Ctx() ctx: Context): Promise<Tenant[]> {
    return ctx.services.tenants.list();
  }

  @Authorized(Access.PLATFORM_ADMIN)
  @Query(() => TenantConnection, { description: 'Every tenant a page at a time, by name (the same list as tenants). Platform admins only.' })
  tenantsConnection(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Connection<Tenant>> {
    return ctx.services.tenants.page(page);
  }

  @Authorized(...STAFF, Access.INTEGRATION, Access.DRIVER)
  @Query(() => Tenant, { description: "The caller's own tenant. Staff, API keys and driver tokens." })
  async myTenant(@CurrentScope() scope: TenantScope, @Ctx() ctx: Context): Promise<Tenant> {
    const tenant = await ctx.services.tenants.byId(scope.tenantId);
    if (!tenant) throw new DomainError('NOT_FOUND', 'Tenant not found');
    return tenant;
  }

  @Authorized(Access.PLATFORM_ADMIN)
  @Mutation(() => Tenant, { description: 'A new tenant with its first super admin. Platform admins only.' })
  createTenant(@Arg('input', () => CreateTenantInput, { description: 'The tenant and its first super admin.' }) input: CreateTenantInput, @Ctx() ctx: Context): Promise<Tenant> {
    return ctx.services.tenants.create(input);
  }

  @Authorized(Access.PLATFORM_ADMIN)
  @Mutation(() => Tenant, { description: 'Turns a tenant\'s public tracking on or off: off, every page shows "not available" and no link emails are sent. Platform admins only.' })
  setTrackingIntegration(
    @Arg('tenantId', () => ID, { description: 'The tenant.' }) tenantId: string,
    @Arg('enabled', () => Boolean, { description: 'True: tracking pages work.' }) enabled: boolean,
    @Ctx() ctx: Context,
  ): Promise<Tenant> {
    return ctx.services.tenants.setTrackingIntegration(tenantId, enabled);
  }

  @Authorized(Access.PLATFORM_ADMIN)
  @Mutation(() => Tenant, { description: 'LOCKED stops the tenant\'s tracking pages and link emails; ACTIVE resumes them. Platform admins only.' })
  setTenantBillingStatus(
    @Arg('tenantId', () => ID, { description: 'The tenant.' }) tenantId: string,
    @Arg('status', () => BillingStatus, { description: 'The new status.' }) status: BillingStatus,
    @Ctx() ctx: Context,
  ): Promise<Tenant> {
    return ctx.services.tenants.setBillingStatus(tenantId, status);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => Tenant, { description: "Settings of the caller's tenant. Super admins only." })
  updateTenantSettings(
    @CurrentScope() scope: TenantScope,
    @Arg('input', () => UpdateTenantSettingsInput, { description: 'What to change; null fields stay as they are.' }) input: UpdateTenantSettingsInput,
    @Ctx() ctx: Context,
  ): Promise<Tenant> {
    return ctx.services.tenants.updateSettings(scope, input);
  }
}
