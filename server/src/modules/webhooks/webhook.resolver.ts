import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access, CurrentScope } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import type { TenantScope } from '../../core/scope';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { UpdateWebhookEndpointInput, WebhookDeliveryConnection, WebhookEndpointInput, WebhookEndpointWithSecret } from './webhook.inputs';

@Resolver(() => WebhookEndpoint)
export class WebhookEndpointResolver {
  @Authorized(Access.SUPER_ADMIN)
  @Query(() => [WebhookEndpoint], { description: "The tenant's webhook endpoints, oldest first. Super admins only." })
  webhookEndpoints(@CurrentScope() scope: TenantScope, @Ctx() ctx: Context): Promise<WebhookEndpoint[]> {
    return ctx.services.webhooks.list(scope);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Query(() => WebhookEndpoint, { description: 'One of the tenant\'s endpoints; NOT_FOUND when there is none with this id. Super admins only.' })
  webhookEndpoint(@CurrentScope() scope: TenantScope, @Arg('id', () => ID, { description: 'The endpoint\'s id.' }) id: string, @Ctx() ctx: Context): Promise<WebhookEndpoint> {
    return ctx.services.webhooks.find(scope, id);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Query(() => WebhookDeliveryConnection, { description: "An endpoint's deliveries, newest first. Super admins only." })
  webhookDeliveries(
    @CurrentScope() scope: TenantScope,
    @Ctx() ctx: Context,
    @Arg('endpointId', () => ID, { description: 'The endpoint.' }) endpointId: string,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100; default 20.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'A cursor from a previous page (endCursor): the page starts after it.' }) after?: string,
    @Arg('status', () => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries with this status; null: all.' }) status?: WebhookDeliveryStatus,
  ): Promise<WebhookDeliveryConnection> {
    return ctx.services.webhooks.deliveries(scope, endpointId, { first, after, status });
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => WebhookEndpointWithSecret, { description: 'The signing secret is in the answer once and never again. Super admins only.' })
  createWebhookEndpoint(
    @CurrentScope() scope: TenantScope,
    @Arg('input', () => WebhookEndpointInput, { description: 'The endpoint\'s URL, events and options.' }) input: WebhookEndpointInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointWithSecret> {
    return ctx.services.webhooks.create(scope, input);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => WebhookEndpoint, { description: 'Changes an endpoint; null fields stay as they are. Super admins only.' })
  updateWebhookEndpoint(
    @CurrentScope() scope: TenantScope,
    @Arg('id', () => ID, { description: 'The endpoint.' }) id: string,
    @Arg('input', () => UpdateWebhookEndpointInput, { description: 'What to change.' }) input: UpdateWebhookEndpointInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpoint> {
    return ctx.services.webhooks.update(scope, id, input);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => Boolean, { description: 'Deletes the endpoint with its deliveries. Super admins only.' })
  deleteWebhookEndpoint(@CurrentScope() scope: TenantScope, @Arg('id', () => ID, { description: 'The endpoint to delete.' }) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.webhooks.delete(scope, id);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => WebhookEndpointWithSecret, {
    description: 'A new signing secret, shown once; the old one keeps signing beside it for WEBHOOK_SECRET_GRACE_HOURS (24 h). Super admins only.',
  })
  rotateWebhookSecret(@CurrentScope() scope: TenantScope, @Arg('id', () => ID, { description: 'The endpoint whose secret to rotate.' }) id: string, @Ctx() ctx: Context): Promise<WebhookEndpointWithSecret> {
    return ctx.services.webhooks.rotateSecret(scope, id);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => WebhookDelivery, { description: 'Queues a "webhook.test" event for the endpoint. Super admins only.' })
  sendTestWebhook(@CurrentScope() scope: TenantScope, @Arg('endpointId', () => ID, { description: 'The endpoint to test.' }) endpointId: string, @Ctx() ctx: Context): Promise<WebhookDelivery> {
    return ctx.services.webhooks.sendTest(scope, endpointId);
  }

  @Authorized(Access.SUPER_ADMIN)
  @Mutation(() => WebhookDelivery, { description: 'Sends a DELIVERED or FAILED delivery again, now, with the same webhook-id. Super admins only.' })
  resendWebhookDelivery(@CurrentScope() scope: TenantScope, @Arg('id', () => ID, { description: 'The delivery to send again.' }) id: string, @Ctx() ctx: Context): Promise<WebhookDelivery> {
    return ctx.services.webhooks.resend(scope, id);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => Date, { nullable: true, description: 'When a PENDING delivery is next attempted.' })
  nextAttemptAt(@Root() d: WebhookDelivery): Date | null {
    return d.status === WebhookDeliveryStatus.PENDING ? d.nextAttemptAt : null;
  }
}
