import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { TEMPLATE_SECTIONS } from '@tracklink/shared';
import { CurrentScope, TENANT_API } from '../../graphql/auth';
import type { TenantScope } from '../../core/scope';
import type { Context } from '../../graphql/context';
import { Order } from '../orders/order.entity';
import { OrderLink } from './order-link.entity';
import { MissingOrderLinksResult, OrderLinkInput, OrderLinkOverrides } from './order-link.inputs';
import { TrackingLinkStatus } from './tracking-link.inputs';
import { qrCodeOf, QrCodeFormat } from './qr-code';

@Resolver(() => OrderLink)
export class OrderLinkResolver {
  @Authorized(...TENANT_API)
  @Mutation(() => OrderLink, { description: "A new order link: one public page with every consignment of the order (one active link per order). Staff and API keys." })
  createOrderLink(
    @CurrentScope() scope: TenantScope,
    @Arg('orderId', () => ID, { description: 'The order the link shows.' }) orderId: string,
    @Arg('input', () => OrderLinkInput, { nullable: true, description: 'Expiry and section overrides; null: follows the templates.' }) input: OrderLinkInput | undefined,
    @Ctx() ctx: Context,
  ): Promise<OrderLink> {
    return ctx.services.orderLinks.create(scope, orderId, input);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => OrderLink, { description: 'Options and expiry of an order link; the URL stays the same. Staff and API keys.' })
  updateOrderLink(
    @CurrentScope() scope: TenantScope,
    @Arg('linkId', () => ID, { description: 'The order link.' }) linkId: string,
    @Arg('input', () => OrderLinkInput, { description: 'What to change; null fields stay as they are.' }) input: OrderLinkInput,
    @Ctx() ctx: Context,
  ): Promise<OrderLink> {
    return ctx.services.orderLinks.update(scope, linkId, input);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => OrderLink, { description: 'Revokes an order link: immediate and permanent, no new link is made. Staff and API keys.' })
  revokeOrderLink(@CurrentScope() scope: TenantScope, @Arg('linkId', () => ID, { description: 'The order link to revoke.' }) linkId: string, @Ctx() ctx: Context): Promise<OrderLink> {
    return ctx.services.orderLinks.revoke(scope, linkId);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => OrderLink, { description: 'Revokes an order link and returns its replacement with a new URL and the same options. Staff and API keys.' })
  regenerateOrderLink(@CurrentScope() scope: TenantScope, @Arg('linkId', () => ID, { description: 'The order link to replace.' }) linkId: string, @Ctx() ctx: Context): Promise<OrderLink> {
    return ctx.services.orderLinks.regenerate(scope, linkId);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => MissingOrderLinksResult, { description: 'For orders made before order links were on: an order link for each order that never had one, oldest first, at most 1000 per call. Staff and API keys.' })
  createMissingOrderLinks(@CurrentScope() scope: TenantScope, @Ctx() ctx: Context): Promise<MissingOrderLinksResult> {
    return ctx.services.orderLinks.createMissing(scope);
  }

  @FieldResolver(() => String, { description: 'The public URL; keep it private to the recipient.' })
  url(@Root() link: OrderLink, @Ctx() ctx: Context): string {
    return ctx.services.orderLinks.urlOf(link);
  }

  @FieldResolver(() => String, { nullable: true, description: 'A QR code of the URL: an SVG document, or a PNG as a data: URL. Null once revoked.' })
  qrCode(
    @Root() link: OrderLink,
    @Arg('format', () => QrCodeFormat, { defaultValue: QrCodeFormat.SVG, description: 'SVG (the default) or PNG.' }) format: QrCodeFormat,
    @Ctx() ctx: Context,
  ): Promise<string> | null {
    if (link.revokedAt) return null;
    return qrCodeOf(ctx.services.orderLinks.urlOf(link), format);
  }

  @FieldResolver(() => TrackingLinkStatus, { description: 'ACTIVE, EXPIRED or REVOKED, as of now.' })
  status(@Root() link: OrderLink): TrackingLinkStatus {
    if (link.revokedAt) return TrackingLinkStatus.REVOKED;
    if (link.effectiveExpiresAt <= new Date()) return TrackingLinkStatus.EXPIRED;
    return TrackingLinkStatus.ACTIVE;
  }

  @FieldResolver(() => Date, { description: "When it stops working: the earlier of its own expiry and the last update of the order or any of its consignments plus the tenant's link lifetime." })
  expiresAt(@Root() link: OrderLink): Date {
    return link.effectiveExpiresAt;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'The expiry chosen for this link, if any.' })
  explicitExpiresAt(@Root() link: OrderLink): Date | null {
    return link.expiresAt;
  }

  @FieldResolver(() => OrderLinkOverrides, { description: "The sections this link decides itself for every consignment on its page; null ones follow the customer's and the tenant's template." })
  overrides(@Root() link: OrderLink): OrderLinkOverrides {
    return Object.fromEntries(TEMPLATE_SECTIONS.map((s) => [s, link.overrides[s] ?? null])) as unknown as OrderLinkOverrides;
  }
}

@Resolver(() => Order)
export class OrderLinksResolver {
  @FieldResolver(() => [OrderLink], { description: 'Every order link of the order, revoked ones included, oldest first.' })
  orderLinks(@Root() order: Order, @Ctx() ctx: Context): Promise<OrderLink[]> {
    return ctx.loaders.orderLinks.load(order.id);
  }
}
