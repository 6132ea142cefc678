import type { DataSource } from 'typeorm';
import { BillingStatus, ConsignmentStatus, type SectionOverrides } from '@tracklink/shared';
import type { TokenVault } from '../../secrets';
import type { PodImageUrls } from '../proof-of-delivery/signed-urls';
import type { TrackingLinkService } from '../tracking-links/tracking-link.service';
import type { OrderLinkService } from '../tracking-links/order-link.service';
import { buildOrderPage, buildTrackingPage, type SectionData } from './tracking-view';
import { UnavailableReason, type TrackingPage, type TrackingUnavailable } from './public-tracking.types';
import { visibilityProfile } from './visibility';
import type { LinkContext } from './link-context';
import { LRUCache } from 'lru-cache';
import { LINK_BY_ID, LINK_BY_TOKEN, ORDER_LINK_BY_TOKEN, ORDER_SECTIONS, ORDER_SELECTED_SECTIONS, PAGE_BY_TOKEN, PAGE_VERSION_BY_TOKEN, pageVersionByTokenKnown, SECTIONS, SELECTED_SECTIONS } from './public-tracking.sql';
import type { VisibilityProfile } from './visibility';
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

/** What the one statement of a cached page tells (`pageState`). */
export interface PageState {
  linkId: string;
  /** False for a revoked, expired, deleted or locked link (or tracking off): never from a cache. */
  available: boolean;
  /** The page's version (public-tracking.sql.ts, `PAGE_VERSION`). */
  version: string;
  /** Counts the visitor's view where the statement could not (run it once the answer is sent). */
  finishView(): Promise<void>;
}

/** A row of the page statements (`PAGE_VERSION_BY_TOKEN` and its lighter twin, which lacks the last two). */
interface PageStateRow {
  link_id: string;
  available: boolean;
  version: string;
  counted: boolean;
  link_version: string;
  consignment_version: string;
  tenant_version: string;
  counts_stops_before?: boolean;
  shows_position?: boolean;
}

/** What the whole page statement told of a token hash, for the lighter one (`pageState`). */
interface SeenPage {
  linkId: string;
  linkVersion: string;
  consignmentVersion: string;
  tenantVersion: string;
  countsStopsBefore: boolean;
  showsPosition: boolean;
}

export class PublicTrackingService {
  constructor(
    private readonly ds: DataSource,
    private readonly vault: TokenVault,
    private readonly links: TrackingLinkService,
    /** Signs the proof-of-delivery image URLs of the pages built here. */
    private readonly podImages: PodImageUrls,
    private readonly orderLinks: OrderLinkService,
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
   * an unknown token. `version` is the page's version read in the same snapshot as the page.
   */
  async pageForToken(token: string): Promise<{ ctx: LinkContext; page: PageResult; version: string } | null> {
    if (!TOKEN.test(token)) return null;
    const [row] = await queryPrepared<{ link: LinkRow; sections: SectionData | null }>(this.ds, PAGE_BY_TOKEN, [this.vault.lookupHash(token)]);
    if (!row) return null;
    const ctx = this.toContext(row.link);
    const version = String(row.link.version);
    if (ctx.unavailable || !row.sections) return { ctx, page: unavailable(ctx.unavailable ?? UnavailableReason.NOT_AVAILABLE), version };
    return { ctx, page: buildTrackingPage(ctx, row.sections, this.imageUrl), version };
  }

  /**
   * What the page statement last told of the token hashes seen here: the link, so that a known
   * link's view is counted in its page's one statement, and what the lighter statement
   * (`pageVersionByTokenKnown`) needs to tell the page's version.
   */
  private readonly seenHashes = new LRUCache<string, SeenPage>({ max: 100_000 });

  /**
   * A cached page's one statement: whether a token's consignment page is available, its
   * version, and the visitor's view counted (once per half hour, the links' rule). Null for a
   * token of no consignment link (unknown, or an order's). A token seen before is read with the
   * lighter statement; when the link's, consignment's or tenant's version moved since, with the
   * whole one again (its view counted by the first).
   */
  async pageState(token: string, visitor: string): Promise<PageState | null> {
    if (!TOKEN.test(token)) return null;
    const hash = this.vault.lookupHash(token);
    const seen = this.seenHashes.get(hash);
    const known = seen?.linkId;
    const claimed = known !== undefined && this.links.claimView(known, visitor);
    let row: PageStateRow | undefined;
    let counted = false;
    if (seen) {
      const [quick] = await queryPrepared<PageStateRow>(this.ds, pageVersionByTokenKnown(seen.countsStopsBefore, seen.showsPosition), [hash, claimed]);
      if (!quick) {
        this.seenHashes.delete(hash);
        return null;
      }
      counted = quick.counted;
      const same = quick.link_id === seen.linkId && quick.link_version === seen.linkVersion
        && quick.consignment_version === seen.consignmentVersion && quick.tenant_version === seen.tenantVersion;
      // Not available: the page is built (and tells why) whatever its version.
      if (same || !quick.available) row = quick;
    }
    if (!row) {
      // The view was counted (or not) by the lighter statement already, where it ran.
      const [full] = await queryPrepared<PageStateRow>(this.ds, PAGE_VERSION_BY_TOKEN, [hash, claimed && !seen]);
      if (!full) {
        this.seenHashes.delete(hash);
        return null;
      }
      if (!seen) counted = full.counted;
      row = full;
      this.seenHashes.set(hash, {
        linkId: full.link_id,
        linkVersion: full.link_version,
        consignmentVersion: full.consignment_version,
        tenantVersion: full.tenant_version,
        countsStopsBefore: !!full.counts_stops_before,
        showsPosition: !!full.shows_position,
      });
    }
    const { link_id: linkId, available } = row;
    const finishView = async (): Promise<void> => {
      if (!available) return;
      // A link's first view is told in a transaction of its own (trackingLink.firstViewed); a
      // link not seen here yet has its view counted by the links' own rule.
      if (claimed && !counted) await this.links.recordView(linkId);
      else if (known === undefined || known !== linkId) await this.links.countView(linkId, visitor);
    };
    return { linkId, available, version: row.version, finishView };
  }

  /**
   * The order link a token opens and its page (two statements: the link, then every consignment
   * of the order with the sections its profile shows); null for a token of no order link. The
   * order link is the credential: a consignment's own links (revoked or not) play no part.
   */
  async orderPageForToken(token: string): Promise<{ linkId: string; page: PageResult } | null> {
    if (!TOKEN.test(token)) return null;
    const [row] = await queryPrepared<LinkRow>(this.ds, ORDER_LINK_BY_TOKEN, [this.vault.lookupHash(token)]);
    if (!row) return null;
    const reason = unavailableReason(row);
    if (reason) return { linkId: row.link_id, page: unavailable(reason) };
    const profile = orderPageProfile(row);
    const rows = await queryPrepared<ConsignmentRow>(this.ds, ORDER_SECTIONS, [
      row.order_id,
      row.tenant_id,
      profile.showDriverPosition && profile.showMap,
      ...ORDER_SELECTED_SECTIONS.map((section) => profile[section]),
    ]);
    // An order whose consignments were all deleted shows nothing, as a deleted consignment's link.
    if (!rows.length) return { linkId: row.link_id, page: unavailable(UnavailableReason.NOT_AVAILABLE) };
    const organization = organizationOf(row);
    const expiresAt = new Date(row.expires_at);
    const consignments = rows.map((c) =>
      buildTrackingPage(
        {
          linkId: row.link_id,
          tenantId: row.tenant_id,
          consignmentId: c.consignment_id,
          driverId: c.driver_id,
          reference: c.reference,
          status: c.status,
          customerReference: c.customer_reference,
          containerNumber: c.container_number,
          transportService: c.transport_service,
          customFields: c.custom_fields ?? {},
          extraFields: c.extra_fields ?? [],
          updatedAt: new Date(c.updated_at),
          expiresAt,
          organization,
          profile,
          unavailable: null,
        },
        c.sections,
        this.imageUrl,
      ),
    );
    return {
      linkId: row.link_id,
      page: buildOrderPage({ organization, reference: row.reference, showMap: profile.showMap, consignments, lastUpdatedAt: new Date(row.updated_at), expiresAt }),
    };
  }

  /** Whether a token is an order link's and whether its page is available (the live updates' check). */
  async orderLinkState(token: string): Promise<{ linkId: string; unavailable: UnavailableReason | null } | null> {
    if (!TOKEN.test(token)) return null;
    const [row] = await queryPrepared<LinkRow>(this.ds, ORDER_LINK_BY_TOKEN, [this.vault.lookupHash(token)]);
    return row ? { linkId: row.link_id, unavailable: unavailableReason(row) } : null;
  }

  /** Counts a view of an available order page (once per visitor per half hour). */
  countOrderView(linkId: string, visitor: string): Promise<void> {
    return this.orderLinks.countView(linkId, visitor);
  }

  /** From a `LINK` row, as columns or as JSON (times then come as text). */
  private toContext(row: LinkRow): LinkContext {
    const reason = unavailableReason(row);
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
      organization: organizationOf(row),
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

/** A consignment row of `ORDER_SECTIONS`. */
interface ConsignmentRow extends LinkRow {
  sections: SectionData;
}

/** Why a link's page shows nothing (revoked, deleted, locked, tracking off; or expired), or null. */
function unavailableReason(row: LinkRow): UnavailableReason | null {
  if (row.revoked_at || row.deleted_at || row.billing_status === BillingStatus.LOCKED || !row.tracking_integration_enabled) {
    return UnavailableReason.NOT_AVAILABLE;
  }
  return row.expired ? UnavailableReason.EXPIRED : null;
}

function organizationOf(row: LinkRow): LinkContext['organization'] {
  const language = String(row.default_language).split('-')[0];
  return {
    name: row.tenant_name,
    logoUrl: row.logo_url,
    brandColor: row.brand_color,
    locale: `${language}-${row.country}`,
    timezone: row.timezone,
  };
}

/**
 * The profile every consignment of an order page is built with: default < tenant < customer of
 * the order < the order link's options. Feedback is never shown there: a recipient sends it
 * through a consignment's own link.
 */
export function orderPageProfile(row: LinkRow): VisibilityProfile {
  const profile = visibilityProfile({
    tenant: row.tenant_sections ? { sections: row.tenant_sections, customFieldKeys: row.tenant_field_keys } : null,
    customer: row.customer_sections ? { sections: row.customer_sections as SectionOverrides, customFieldKeys: row.customer_field_keys } : null,
    link: { sections: row.overrides, photoIds: null },
  });
  return Object.freeze({ ...profile, showFeedback: false });
}
