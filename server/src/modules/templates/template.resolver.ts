import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Access, TENANT_API, tenantScope } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { CustomerTemplateInput, CustomerTrackingLinkTemplate, TrackingLinkTemplate, TrackingLinkTemplateInput } from './template.inputs';

@Resolver()
export class TemplateResolver {
  @Authorized(...TENANT_API)
  @Query(() => TrackingLinkTemplate, { description: 'The tenant-wide sections of the public tracking page.' })
  trackingLinkTemplate(@Ctx() ctx: Context): Promise<TrackingLinkTemplate> {
    return ctx.services.templates.tenantTemplate(tenantScope(ctx.principal).tenantId);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => TrackingLinkTemplate)
  updateTrackingLinkTemplate(
    @Arg('input', () => TrackingLinkTemplateInput) input: TrackingLinkTemplateInput,
    @Ctx() ctx: Context,
  ): Promise<TrackingLinkTemplate> {
    return ctx.services.templates.updateTenantTemplate(tenantScope(ctx.principal), input);
  }

  @Authorized(...TENANT_API)
  @Query(() => [CustomerTrackingLinkTemplate])
  customerTrackingLinkTemplates(@Ctx() ctx: Context): Promise<CustomerTrackingLinkTemplate[]> {
    return ctx.services.templates.customerTemplates(tenantScope(ctx.principal));
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => CustomerTrackingLinkTemplate, { description: "Sets all of a customer's overrides; null sections follow the tenant template." })
  setCustomerTrackingLinkTemplate(
    @Arg('input', () => CustomerTemplateInput) input: CustomerTemplateInput,
    @Ctx() ctx: Context,
  ): Promise<CustomerTrackingLinkTemplate> {
    return ctx.services.templates.setCustomerTemplate(tenantScope(ctx.principal), input.customerId, input);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => Boolean)
  deleteCustomerTrackingLinkTemplate(@Arg('customerId', () => ID) customerId: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.templates.deleteCustomerTemplate(tenantScope(ctx.principal), customerId);
  }
}
