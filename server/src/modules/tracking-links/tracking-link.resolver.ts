import { PageArgs } from '../../graphql/page-info';
import type { Connection } from '../../core/pagination';
import { TrackingLinkConnection, TrackingLinkEventConnection } from './tracking-link.inputs';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, registerEnumType, Resolver, Root } from 'type-graphql';
import { TEMPLATE_SECTIONS } from '@tracklink/shared';
import { TENANT_API } from '../../graphql/auth';
import { CurrentScope } from '../../graphql/auth';
import type { TenantScope } from '../../core/scope';
import type { Context } from '../../graphql/context';
import { Consignment } from '../consignments/consignment.entity';
import { TrackingLinkEvent } from './tracking-link-event.entity';
import { TrackingLink } from './tracking-link.entity';
import { RecalculateResult, TrackingLinkInput, TrackingLinkOverrides, TrackingLinkStatus } from './tracking-link.inputs';
import { linkStatus } from './tracking-link.service';
import { QrCodeFormat, qrCodeOf } from './qr-code';

registerEnumType(QrCodeFormat, {
  name: 'QrCodeFormat',
  description: 'How a QR code is given.',
  valuesConfig: { SVG: { description: 'An SVG document (text), for print and for scaling without loss.' }, PNG: { description: 'A PNG image as a data:image/png;base64 URL.' } },
});

@Resolver(() => TrackingLink)
export class TrackingLinkResolver {
  @Authorized(...TENANT_API)
  @Mutation(() => TrackingLink, { description: 'A new link: the default one, or one for a recipient (one active per recipient). Staff and API keys.' })
  createTrackingLink(
    @CurrentScope() scope: TenantScope,
    @Arg('consignmentId', () => ID, { description: 'The consignment the link shows.' }) consignmentId: string,
    @Arg('input', () => TrackingLinkInput, { nullable: true, description: 'The recipient, expiry and section overrides; null: the default link, following the template.' }) input: TrackingLinkInput | undefined,
    @Ctx() ctx: Context,
  ): Promise<TrackingLink> {
    return ctx.services.trackingLinks.create(scope, consignmentId, input);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => TrackingLink, { description: 'Options and expiry; the URL stays the same. Staff and API keys.' })
  updateTrackingLink(
    @CurrentScope() scope: TenantScope,
    @Arg('linkId', () => ID, { description: 'The link.' }) linkId: string,
    @Arg('input', () => TrackingLinkInput, { description: 'What to change; null fields stay as they are.' }) input: TrackingLinkInput,
    @Ctx() ctx: Context,
  ): Promise<TrackingLink> {
    return ctx.services.trackingLinks.update(scope, linkId, input);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => TrackingLink, { description: 'Immediate and permanent. No new link is made. Staff and API keys.' })
  revokeTrackingLink(@CurrentScope() scope: TenantScope, @Arg('linkId', () => ID, { description: 'The link to revoke.' }) linkId: string, @Ctx() ctx: Context): Promise<TrackingLink> {
    return ctx.services.trackingLinks.revoke(scope, linkId);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => TrackingLink, { description: 'Revokes the link and returns its replacement with a new URL. Staff and API keys.' })
  regenerateTrackingLink(@CurrentScope() scope: TenantScope, @Arg('linkId', () => ID, { description: 'The link to replace.' }) linkId: string, @Ctx() ctx: Context): Promise<TrackingLink> {
    return ctx.services.trackingLinks.regenerate(scope, linkId);
  }

  @Authorized(...TENANT_API)
  @Mutation(() => RecalculateResult, { description: 'For orders made before the integration was on: creates the missing links and runs the contact tasks that apply. Staff and API keys.' })
  recalculateTasks(@CurrentScope() scope: TenantScope, @Arg('orderIds', () => [ID], { description: 'Orders of the caller\'s tenant, at most 500.' }) orderIds: string[], @Ctx() ctx: Context): Promise<RecalculateResult> {
    return ctx.services.recalculate(scope, orderIds);
  }

  @FieldResolver(() => String, { description: 'The public URL; keep it private to the recipient.' })
  url(@Root() link: TrackingLink, @Ctx() ctx: Context): string {
    return ctx.services.trackingLinks.urlOf(link);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'A QR code of the URL, to print on a delivery note or CMR: an SVG document, or a PNG as a data: URL. Null once revoked.',
  })
  qrCode(
    @Root() link: TrackingLink,
    @Arg('format', () => QrCodeFormat, { defaultValue: QrCodeFormat.SVG, description: 'SVG (the default) or PNG.' }) format: QrCodeFormat,
    @Ctx() ctx: Context,
  ): Promise<string> | null {
    if (link.revokedAt) return null;
    return qrCodeOf(ctx.services.trackingLinks.urlOf(link), format);
  }

  @FieldResolver(() => TrackingLinkStatus, { description: 'ACTIVE, EXPIRED or REVOKED, as of now.' })
  status(@Root() link: TrackingLink): TrackingLinkStatus {
    return linkStatus(link);
  }

  @FieldResolver(() => Date, { description: "When it stops working: the earlier of its own expiry and the consignment's last update plus the tenant's link lifetime." })
  expiresAt(@Root() link: TrackingLink): Date {
    return link.effectiveExpiresAt;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'The expiry chosen for this link, if any.' })
  explicitExpiresAt(@Root() link: TrackingLink): Date | null {
    return link.expiresAt;
  }

  @FieldResolver(() => TrackingLinkOverrides, { description: 'The sections this link decides itself; null ones follow the customer\'s and the tenant\'s template.' })
  overrides(@Root() link: TrackingLink): TrackingLinkOverrides {
    return Object.fromEntries(TEMPLATE_SECTIONS.map((s) => [s, link.overrides[s] ?? null])) as unknown as TrackingLinkOverrides;
  }

  @FieldResolver(() => [ID], { nullable: true, description: 'Photos picked for this link; null shows every customer-visible photo.' })
  photoIds(@Root() link: TrackingLink): string[] | null {
    return link.photoIds;
  }

  @FieldResolver(() => [TrackingLinkEvent], { description: 'Who created, changed, revoked or regenerated it, and when.' })
  auditLog(@Root() link: TrackingLink, @Ctx() ctx: Context): Promise<TrackingLinkEvent[]> {
    return ctx.loaders.linkAudit.load(link.id);
  }

  @FieldResolver(() => TrackingLinkEventConnection, { description: 'Its audit log a page at a time, oldest first (the same list as auditLog).' })
  auditLogConnection(@Root() link: TrackingLink, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<TrackingLinkEvent>> {
    return ctx.services.trackingLinks.auditPage(link.id, page);
  }
}

/**
 * The links a list read with its rows (only the columns its query shows), by row: they answer
 * that row's `trackingLinks`, and never go to the request's loader, which other fields of the
 * same request read whole links from.
 */
export const listedLinks = new WeakMap<Consignment, TrackingLink[]>();

@Resolver(() => Consignment)
export class ConsignmentLinksResolver {
  @FieldResolver(() => [TrackingLink], { description: 'Every link, revoked ones included, oldest first.' })
  trackingLinks(@Root() c: Consignment, @Ctx() ctx: Context): TrackingLink[] | Promise<TrackingLink[]> {
    return listedLinks.get(c) ?? ctx.loaders.trackingLinks.get(c.id);
  }

  @FieldResolver(() => TrackingLinkConnection, { description: 'Its links a page at a time, revoked ones included, oldest first (the same list as trackingLinks).' })
  trackingLinksConnection(@Root() c: Consignment, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<TrackingLink>> {
    return ctx.services.trackingLinks.linksPage(c.id, page);
  }
}
