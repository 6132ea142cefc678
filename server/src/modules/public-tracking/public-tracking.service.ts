import type { DataSource } from 'typeorm';
import { BillingStatus, ConsignmentStatus, type SectionOverrides } from '@tracklink/shared';
import type { TokenVault } from '../../secrets';
import type { PodImageUrls } from '../proof-of-delivery/signed-urls';
import type { TrackingLinkService } from '../tracking-links/tracking-link.service';
import { buildTrackingPage, type SectionData } from './tracking-view';
import { UnavailableReason, type TrackingPage, type TrackingUnavailable } from './public-tracking.types';
import { visibilityProfile } from './visibility';
import type { LinkContext } from './link-context';
import { LINK_BY_ID, LINK_BY_TOKEN, PAGE_BY_TOKEN, SECTIONS, SELECTED_SECTIONS } from './public-tracking.sql';
import { queryPrepared } from '../../adapters/typeorm/prepared';

export type PageResult = TrackingPage | TrackingUnavailable;

export const MESSAGES: Record<UnavailableReason, string> = {
  [UnavailableReason.EXPIRED]: 'This tracking link has expired',
  [UnavailableReason.NOT_AVAILABLE]: 'This tracking link is not available',
};

export function unavailable(reason: UnavailableReason): TrackingUnavailable {
  return { reason, message: MESSAGES[reason] };
}

/** A row of the link statements (`LINK` in public-tracking.sql.ts), snake_case as selected. */
type LinkRow = Record<string, any>;

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

export class PublicTrackingService {
  constructor(
    private readonly ds: DataSource,
    private readonly vault: TokenVault,
    private readonly links: TrackingLinkService,
    /** Signs the proof-of-delivery image URLs of the pages built here. */
    private readonly podImages: PodImageUrls,
  ) {}

  private readonly imageUrl = (imageId: string): string => this.podImages.path(imageId);

  /** The link a token opens, with its page's visibility profile, or null for an unknown token. */
  async contextForToken(token: string): Promise<LinkContext | null> {
    if (!TOKEN.test(token)) return null;
    const [row] = await queryPrepared<LinkRow>(this.ds, LINK_BY_TOKEN, [this.vault.lookupHash(token)]);
    return row ? this.toContext(row) : null;
  }

  /** The same, by link id: live pages re-check their link after a change. */
  async contextForLink(linkId: string): Promise<LinkContext | null> {
    const [row] = await queryPrepared<LinkRow>(this.ds, LINK_BY_ID, [linkId]);
    return row ? this.toContext(row) : null;
  }

  /**
   * The link a token opens and its page, in one statement (the public query's path); null for
   * an unknown token.
   */
  async pageForToken(token: string): Promise<{ ctx: LinkContext; page: PageResult } | null> {
    if (!TOKEN.test(token)) return null;
    const [row] = await queryPrepared<{ link: LinkRow; sections: SectionData | null }>(this.ds, PAGE_BY_TOKEN, [this.vault.lookupHash(token)]);
    if (!row) return null;
    const ctx = this.toContext(row.link);
    if (ctx.unavailable || !row.sections) return { ctx, page: unavailable(ctx.unavailable ?? UnavailableReason.NOT_AVAILABLE) };
    return { ctx, page: buildTrackingPage(ctx, row.sections, this.imageUrl) };
  }

  /** From a `LINK` row, as columns or as JSON (times then come as text). */
  private toContext(row: LinkRow): LinkContext {
    let reason: UnavailableReason | null = null;
    if (
      row.revoked_at ||
      row.deleted_at ||
      row.billing_status === BillingStatus.LOCKED ||
      !row.tracking_integration_enabled
    ) {
      reason = UnavailableReason.NOT_AVAILABLE;
    } else if (row.expired) {
      reason = UnavailableReason.EXPIRED;
    }
    const language = String(row.default_language).split('-')[0];
    return {
      linkId: row.link_id,
      tenantId: row.tenant_id,
      consignmentId: row.consignment_id,
      driverId: row.driver_id,
      reference: row.reference,
      status: row.status,
      customerReference: row.customer_reference,
      containerNumber: row.container_number,
      transportService: row.transport_service,
      customFields: row.custom_fields ?? {},
      extraFields: row.extra_fields ?? [],
      updatedAt: new Date(row.updated_at),
      expiresAt: new Date(row.expires_at),
      organization: {
        name: row.tenant_name,
        logoUrl: row.logo_url,
        brandColor: row.brand_color,
        locale: `${language}-${row.country}`,
        timezone: row.timezone,
      },
      profile: visibilityProfile({
        tenant: row.tenant_sections ? { sections: row.tenant_sections, customFieldKeys: row.tenant_field_keys } : null,
        customer: row.customer_sections ? { sections: row.customer_sections as SectionOverrides, customFieldKeys: row.customer_field_keys } : null,
        link: { sections: row.overrides, photoIds: row.photo_ids },
      }),
      unavailable: reason,
    };
  }

  /**
   * Reads only the sections the profile shows (one statement): a hidden section is never
   * selected, so it cannot reach a response.
   */
  async sectionData(ctx: LinkContext): Promise<SectionData> {
    const p = ctx.profile;
    const [row] = await queryPrepared<{ sections: SectionData }>(this.ds, SECTIONS, [
      ctx.consignmentId,
      ctx.tenantId,
      showsDriver(ctx) ? ctx.driverId : null,
      p.photoIds,
      ctx.linkId,
      servesStops(ctx) ? ctx.driverId : null,
      ...SELECTED_SECTIONS.map((section) => p[section]),
    ]);
    return row.sections;
  }

  /** Counts a view of an available page (the link's own rule: a visitor's views count once per half hour). */
  countView(linkId: string, visitor: string): Promise<void> {
    return this.links.countView(linkId, visitor);
  }

  /** The page (or why there is none) for a link context. */
  async page(ctx: LinkContext): Promise<PageResult> {
    if (ctx.unavailable) return unavailable(ctx.unavailable);
    return buildTrackingPage(ctx, await this.sectionData(ctx), this.imageUrl);
  }
}

const ON_ITS_WAY: readonly ConsignmentStatus[] = [ConsignmentStatus.TO_PLAN, ConsignmentStatus.PLANNED, ConsignmentStatus.IN_TRANSIT];

/** Whether the page counts the driver's other stops before its own: a driver's consignment on its way. */
export function servesStops(ctx: Pick<LinkContext, 'status' | 'driverId'>): boolean {
  return ctx.driverId !== null && ON_ITS_WAY.includes(ctx.status);
}

/** The driver's position is shown only on the map, while the consignment is on its way. */
export function showsDriver(ctx: Pick<LinkContext, 'profile' | 'status' | 'driverId'>): boolean {
  return ctx.profile.showDriverPosition && ctx.profile.showMap && ctx.status === ConsignmentStatus.IN_TRANSIT && ctx.driverId !== null;
}
