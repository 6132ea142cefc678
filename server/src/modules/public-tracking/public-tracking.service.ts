import type { DataSource } from 'typeorm';
import { BillingStatus, ConsignmentStatus, type SectionOverrides } from '@tracklink/shared';
import type { TokenVault } from '../../secrets';
import type { KeyValue } from '../consignments/consignment.entity';
import { buildTrackingPage, type SectionData } from './tracking-view';
import { UnavailableReason, type TrackingPage, type TrackingUnavailable } from './public-tracking.types';
import { visibilityProfile, type VisibilityProfile } from './visibility';

/** Everything about a link that decides whether and what its page shows (one statement). */
export interface LinkContext {
  linkId: string;
  tenantId: string;
  consignmentId: string;
  driverId: string | null;
  reference: string;
  status: ConsignmentStatus;
  customerReference: string | null;
  containerNumber: string | null;
  transportService: string | null;
  customFields: Record<string, string>;
  extraFields: KeyValue[];
  updatedAt: Date;
  expiresAt: Date;
  organization: { name: string; logoUrl: string | null; brandColor: string | null; locale: string; timezone: string };
  profile: VisibilityProfile;
  /** Null when the page is available; otherwise why not. */
  unavailable: UnavailableReason | null;
}

export type PageResult = TrackingPage | TrackingUnavailable;

export const MESSAGES: Record<UnavailableReason, string> = {
  [UnavailableReason.EXPIRED]: 'This tracking link has expired',
  [UnavailableReason.NOT_AVAILABLE]: 'This tracking link is not available',
};

export function unavailable(reason: UnavailableReason): TrackingUnavailable {
  return { reason, message: MESSAGES[reason] };
}

const LOOKUP = `
  SELECT l.id AS link_id, l.revoked_at, l.overrides, l.photo_ids,
         c.id AS consignment_id, c.reference, c.status, c.customer_reference, c.container_number,
         c.transport_service, c.custom_fields, c.extra_fields, c.driver_id, c.updated_at, c.deleted_at,
         t.id AS tenant_id, t.name AS tenant_name, t.logo_url, t.brand_color, t.country, t.default_language,
         t.timezone, t.tracking_integration_enabled, t.billing_status,
         tt.sections AS tenant_sections, tt.custom_field_keys AS tenant_field_keys,
         ct.sections AS customer_sections, ct.custom_field_keys AS customer_field_keys,
         x.expires_at, x.expires_at <= now() AS expired
    FROM tracking_links l
    JOIN consignments c ON c.id = l.consignment_id
    JOIN tenants t ON t.id = l.tenant_id
    JOIN orders o ON o.id = c.order_id
    LEFT JOIN tracking_link_templates tt ON tt.tenant_id = t.id AND tt.customer_id IS NULL
    LEFT JOIN tracking_link_templates ct ON ct.tenant_id = t.id AND ct.customer_id = o.customer_id
    CROSS JOIN LATERAL (SELECT LEAST(c.updated_at + make_interval(days => t.link_lifetime_days),
                                     COALESCE(l.expires_at, 'infinity')) AS expires_at) x
   WHERE `;

const VIEW_WINDOW_MS = 30 * 60_000;
const MAX_RECENT_VIEWS = 50_000;

export class PublicTrackingService {
  private readonly recentViews = new Map<string, number>();

  constructor(
    private readonly ds: DataSource,
    private readonly vault: TokenVault,
  ) {}

  /** The link a token opens, with its page's visibility profile, or null for an unknown token. */
  async contextForToken(token: string): Promise<LinkContext | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const rows = await this.ds.query(LOOKUP + 'l.token_hash = $1', [this.vault.lookupHash(token)]);
    return rows.length ? this.toContext(rows[0]) : null;
  }

  /** The same, by link id: live pages re-check their link after a change. */
  async contextForLink(linkId: string): Promise<LinkContext | null> {
    const rows = await this.ds.query(LOOKUP + 'l.id = $1', [linkId]);
    return rows.length ? this.toContext(rows[0]) : null;
  }

  private toContext(row: Record<string, any>): LinkContext {
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
      updatedAt: row.updated_at,
      expiresAt: row.expires_at,
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
    const stopFields = [
      `'type', s.type`, `'name', s.name`, `'address', s.address`, `'timezone', s.timezone`,
      `'plannedArrival', s.planned_arrival`, `'plannedWindowEnd', s.planned_window_end`,
      `'actualArrival', s.actual_arrival`, `'actualDeparture', s.actual_departure`,
    ];
    if (p.showStopReferences) stopFields.push(`'reference', s.reference`);
    if (p.showEstimatedTimes) stopFields.push(`'estimatedArrival', s.estimated_arrival`);
    if (p.showMap) stopFields.push(`'latitude', s.latitude`, `'longitude', s.longitude`);
    const selects = [
      `(SELECT coalesce(json_agg(json_build_object(${stopFields.join(', ')}) ORDER BY s.sequence), '[]')
          FROM stops s WHERE s.consignment_id = $1) AS stops`,
    ];
    const params: unknown[] = [ctx.consignmentId];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (p.showCargo) {
      selects.push(`(SELECT coalesce(json_agg(json_build_object('description', g.description, 'quantity', g.quantity,
          'packagingType', g.packaging_type, 'weightKg', g.weight_kg) ORDER BY g.sequence), '[]')
          FROM cargo_lines g WHERE g.consignment_id = $1) AS cargo`);
    }
    if (p.showPalletScans) {
      selects.push(`(SELECT coalesce(json_agg(json_build_object('palletBarcode', ps.pallet_barcode, 'event', ps.event,
          'scannedAt', ps.scanned_at, 'stopName', st.name) ORDER BY ps.scanned_at, ps.id), '[]')
          FROM pallet_scans ps LEFT JOIN stops st ON st.id = ps.stop_id WHERE ps.consignment_id = $1) AS scans`);
    }
    if (p.showNotes) {
      selects.push(`(SELECT coalesce(json_agg(json_build_object('text', n.text, 'createdAt', n.created_at) ORDER BY n.created_at), '[]')
          FROM consignment_notes n WHERE n.consignment_id = $1 AND n.scope = 'CUSTOMER') AS notes`);
    }
    if (p.showPhotos) {
      const picked = p.photoIds ? ` AND ph.id = ANY(${param(p.photoIds)}::uuid[])` : '';
      selects.push(`(SELECT coalesce(json_agg(json_build_object('url', ph.url, 'caption', ph.caption) ORDER BY ph.created_at), '[]')
          FROM consignment_photos ph WHERE ph.consignment_id = $1 AND ph.customer_visible${picked}) AS photos`);
    }
    if (p.showCustomFields) {
      selects.push(`(SELECT coalesce(json_agg(json_build_object('key', d.key, 'label', d.label) ORDER BY d.key), '[]')
          FROM custom_field_definitions d WHERE d.tenant_id = ${param(ctx.tenantId)}) AS field_labels`);
    }
    if (showsDriver(ctx)) {
      selects.push(`(SELECT json_build_object('latitude', dp.latitude, 'longitude', dp.longitude, 'heading', dp.heading,
          'recordedAt', dp.recorded_at)
          FROM driver_positions dp WHERE dp.driver_id = ${param(ctx.driverId)} ORDER BY dp.recorded_at DESC, dp.id DESC LIMIT 1) AS position`);
    }
    const [row] = await this.ds.query(`SELECT ${selects.join(',\n')}`, params);
    return row as SectionData;
  }

  /**
   * Counts a view of an available page; the HTML alone (an email scanner) does not count, nor
   * do the same visitor's reloads and polls within half an hour.
   */
  async countView(linkId: string, visitor: string): Promise<void> {
    const key = `${linkId}|${visitor}`;
    const now = Date.now();
    const seen = this.recentViews.get(key);
    if (seen !== undefined && now - seen < VIEW_WINDOW_MS) return;
    if (this.recentViews.size >= MAX_RECENT_VIEWS) {
      for (const [k, at] of this.recentViews) if (now - at >= VIEW_WINDOW_MS) this.recentViews.delete(k);
      if (this.recentViews.size >= MAX_RECENT_VIEWS) this.recentViews.clear();
    }
    this.recentViews.set(key, now);
    await this.ds.query('UPDATE tracking_links SET view_count = view_count + 1, last_viewed_at = now() WHERE id = $1', [linkId]);
  }

  /** The page (or why there is none) for a link context. */
  async page(ctx: LinkContext): Promise<PageResult> {
    if (ctx.unavailable) return unavailable(ctx.unavailable);
    return buildTrackingPage(ctx, await this.sectionData(ctx));
  }
}

/** The driver's position is shown only on the map, while the consignment is on its way. */
export function showsDriver(ctx: Pick<LinkContext, 'profile' | 'status' | 'driverId'>): boolean {
  return ctx.profile.showDriverPosition && ctx.profile.showMap && ctx.status === ConsignmentStatus.IN_TRANSIT && ctx.driverId !== null;
}
