import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Access, TENANT_API } from '../../graphql/auth';
import { CurrentScope } from '../../graphql/auth';
import type { TenantScope } from '../../core/scope';
import type { Context } from '../../graphql/context';
import { CustomerTemplateInput, CustomerTrackingLinkTemplate, TrackingLinkTemplate, TrackingLinkTemplateInput } from './template.inputs';

@Resolver()
export class TemplateResolver {
  @Authorized(...TENANT_API)
  @Query(() => TrackingLinkTemplate, { description: 'The tenant-wide sections of the public tracking page. Staff and API keys.' })
  trackingLinkTemplate(@CurrentScope() scope: TenantScope, @Ctx() ctx: Context): Promise<TrackingLinkTemplate> {
    return ctx.services.templates.tenantTemplate(scope.tenantId);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => TrackingLinkTemplate, { description: 'Changes the tenant-wide sections; null fields stay as they are. Super admins only.' })
  updateTrackingLinkTemplate(
    @CurrentScope() scope: TenantScope,
    @Arg('input', () => TrackingLinkTemplateInput, { description: 'The sections to change.' }) input: TrackingLinkTemplateInput,
    @Ctx() ctx: Context,
  ): Promise<TrackingLinkTemplate> {
    return ctx.services.templates.updateTenantTemplate(scope, input);
  }

  @Authorized(...TENANT_API)
  @Query(() => [CustomerTrackingLinkTemplate], { description: 'The customers that have section overrides, with their overrides. Staff and API keys.' })
  customerTrackingLinkTemplates(@CurrentScope() scope: TenantScope, @Ctx() ctx: Context): Promise<CustomerTrackingLinkTemplate[]> {
    return ctx.services.templates.customerTemplates(scope);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => CustomerTrackingLinkTemplate, { description: "Sets all of a customer's overrides; null sections follow the tenant template. Super admins only." })
  setCustomerTrackingLinkTemplate(
    @CurrentScope() scope: TenantScope,
    @Arg('input', () => CustomerTemplateInput, { description: 'The customer and all their overrides.' }) input: CustomerTemplateInput,
    @Ctx() ctx: Context,
  ): Promise<CustomerTrackingLinkTemplate> {
    return ctx.services.templates.setCustomerTemplate(scope, input.customerId, input);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => Boolean, { description: 'Removes a customer\'s overrides: their pages follow the tenant template again. Super admins only.' })
  deleteCustomerTrackingLinkTemplate(@CurrentScope() scope: TenantScope, @Arg('customerId', () => ID, { description: 'The customer whose overrides go.' }) customerId: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.templates.deleteCustomerTemplate(scope, customerId);
  }
}
