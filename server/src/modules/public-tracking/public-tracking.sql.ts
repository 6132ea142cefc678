import { DEFAULT_TEMPLATE, type TemplateSection } from '@tracklink/shared';
import type { PreparedStatement } from '../../adapters/typeorm/prepared';
import { newestPosition } from '../tenants/tenant.sql';

// The public page's statements, each sent by name so that a pooled connection parses and plans
// it once. A section the visibility profile hides is never selected.

/** An instant as the text `Date#toISOString` writes (UTC, milliseconds), ready for the API. */
export const iso = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Everything about a link that decides whether and what its page shows. */
/**
 * When a link of `l` (tracking_links) for the consignment `c` in the tenant `t` expires: the
 * tenant's link lifetime after the consignment's last change, or the link's own expiry if earlier.
 */
const LINK_EXPIRES_AT = (l: string, c: string, t: string): string =>
  `LEAST(${c}.updated_at + make_interval(hours => 24 * ${t}.link_lifetime_days), COALESCE(${l}.expires_at, 'infinity'))`;

/** Whether a page is available, from its link's revocation, its consignment's deletion, its tenant's state and its expiry (SQL expressions). */
const AVAILABLE = (a: { revokedAt: string; deletedAt: string; billingStatus: string; integrationEnabled: string; expired: string }): string =>
  `NOT (${a.revokedAt} IS NOT NULL OR ${a.deletedAt} IS NOT NULL OR ${a.billingStatus} = 'LOCKED'
        OR NOT ${a.integrationEnabled} OR ${a.expired})`;

const LINK = `
  SELECT l.id AS link_id, l.revoked_at, l.overrides, l.photo_ids,
         l.page_version AS link_version, c.page_version AS consignment_version, t.page_version AS tenant_version,
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
    CROSS JOIN LATERAL (SELECT ${LINK_EXPIRES_AT('l', 'c', 't')} AS expires_at) x
   WHERE `;

interface SectionSources {
  consignment: string;
  tenant: string;
  /** The driver whose latest position to show; null when the page does not show it. */
  driver: string;
  /** The link's picked photos; null for every customer-visible one. */
  photoIds: string;
  /** The link whose recipient's feedback to show. */
  link: string;
  /** The driver whose other open stops are counted before each stop; null: none (no driver, or not on its way). */
  serving: string;
  /** Whether a section is shown (a boolean expression). */
  show(section: TemplateSection): string;
}

/** The sections of one page as one JSON object; the keys of `SectionData`. */
function sections(src: SectionSources): string {
  const { show } = src;
  return `json_build_object(
    'stops', (SELECT coalesce(json_agg(json_build_object(
        'type', s.type, 'name', s.name, 'address', s.address, 'timezone', s.timezone,
        'plannedArrival', ${iso('s.planned_arrival')}, 'plannedWindowEnd', ${iso('s.planned_window_end')},
        'actualArrival', ${iso('s.actual_arrival')}, 'actualDeparture', ${iso('s.actual_departure')},
        'reference', CASE WHEN ${show('showStopReferences')} THEN s.reference END,
        'estimatedArrival', CASE WHEN ${show('showEstimatedTimes')} THEN ${iso('s.estimated_arrival')} END,
        'etaEarliest', CASE WHEN ${show('showEstimatedTimes')} AND s.actual_arrival IS NULL THEN ${iso('s.eta_earliest')} END,
        'etaLatest', CASE WHEN ${show('showEstimatedTimes')} AND s.actual_arrival IS NULL THEN ${iso('s.eta_latest')} END,
        'stopsBefore', CASE WHEN ${show('showEstimatedTimes')} AND s.actual_arrival IS NULL AND ${src.serving} IS NOT NULL
                             AND COALESCE(s.estimated_arrival, s.planned_arrival) IS NOT NULL THEN
          (SELECT count(*)::int FROM consignments oc JOIN stops os ON os.consignment_id = oc.id
            WHERE oc.driver_id = ${src.serving} AND oc.id <> s.consignment_id AND oc.deleted_at IS NULL
              AND oc.status IN ('TO_PLAN', 'PLANNED', 'IN_TRANSIT') AND os.actual_arrival IS NULL
              AND COALESCE(os.estimated_arrival, os.planned_arrival) < COALESCE(s.estimated_arrival, s.planned_arrival)) END,
        'lateByMinutes', CASE WHEN ${show('showEstimatedTimes')} AND s.actual_arrival IS NULL THEN s.late_by_minutes END,
        'lateRecovered', ${show('showEstimatedTimes')} AND s.actual_arrival IS NULL AND s.late_by_minutes IS NULL AND s.late_episodes > 0,
        'latitude', CASE WHEN ${show('showMap')} THEN s.latitude END,
        'longitude', CASE WHEN ${show('showMap')} THEN s.longitude END,
        'pod', CASE WHEN ${show('showProofOfDelivery')} THEN (SELECT json_build_object(
            'receiverName', pod.receiver_name, 'deliveredAt', ${iso('pod.delivered_at')},
            'latitude', CASE WHEN ${show('showMap')} THEN pod.latitude END,
            'longitude', CASE WHEN ${show('showMap')} THEN pod.longitude END,
            'images', (SELECT coalesce(json_agg(json_build_object('id', pi.id, 'kind', pi.kind) ORDER BY pi.kind DESC, pi.sequence), '[]')
                         FROM proof_of_delivery_images pi WHERE pi.proof_id = pod.id))
            FROM proofs_of_delivery pod WHERE pod.stop_id = s.id) END) ORDER BY s.sequence), '[]')
        FROM stops s WHERE s.consignment_id = ${src.consignment}),
    'cargo', CASE WHEN ${show('showCargo')} THEN (SELECT coalesce(json_agg(json_build_object(
        'description', g.description, 'quantity', g.quantity, 'packagingType', g.packaging_type, 'weightKg', g.weight_kg)
        ORDER BY g.sequence), '[]') FROM cargo_lines g WHERE g.consignment_id = ${src.consignment}) END,
    'scans', CASE WHEN ${show('showPalletScans')} THEN (SELECT coalesce(json_agg(json_build_object(
        'palletBarcode', ps.pallet_barcode, 'event', ps.event, 'scannedAt', ${iso('ps.scanned_at')}, 'stopName', st.name)
        ORDER BY ps.scanned_at, ps.id), '[]')
        FROM pallet_scans ps LEFT JOIN stops st ON st.id = ps.stop_id WHERE ps.consignment_id = ${src.consignment}) END,
    'notes', CASE WHEN ${show('showNotes')} THEN (SELECT coalesce(json_agg(json_build_object(
        'text', n.text, 'createdAt', ${iso('n.created_at')}) ORDER BY n.created_at), '[]')
        FROM consignment_notes n WHERE n.consignment_id = ${src.consignment} AND n.scope = 'CUSTOMER') END,
    'photos', CASE WHEN ${show('showPhotos')} THEN (SELECT coalesce(json_agg(json_build_object(
        'url', ph.url, 'caption', ph.caption) ORDER BY ph.created_at), '[]')
        FROM consignment_photos ph
       WHERE ph.consignment_id = ${src.consignment} AND ph.customer_visible
         AND (${src.photoIds} IS NULL OR ph.id = ANY(${src.photoIds}))) END,
    'field_labels', CASE WHEN ${show('showCustomFields')} THEN (SELECT coalesce(json_agg(json_build_object(
        'key', d.key, 'label', d.label) ORDER BY d.key), '[]')
        FROM custom_field_definitions d WHERE d.tenant_id = ${src.tenant}) END,
    'feedback', CASE WHEN ${show('showFeedback')} THEN (SELECT json_build_object(
        'instructions', f.instructions, 'rating', f.rating, 'comment', f.comment, 'submissions', f.submissions)
        FROM recipient_feedback f WHERE f.link_id = ${src.link}) END,
    'position', (SELECT json_build_object('latitude', dp.latitude, 'longitude', dp.longitude, 'heading', dp.heading,
        'recordedAt', ${iso('dp.recorded_at')})
        FROM ${newestPosition(src.driver, src.tenant)} dp))`;
}

/** $1: the token's look-up hash. */
export const LINK_BY_TOKEN: PreparedStatement = { name: 'public_link_by_token', text: LINK + 'l.token_hash = $1' };

/** $1: the link's id. */
export const LINK_BY_ID: PreparedStatement = { name: 'public_link_by_id', text: LINK + 'l.id = $1' };

/** The section statement with one boolean parameter per section it selects by, noted in order. */
function sectionsByParameters(): { text: string; selected: TemplateSection[] } {
  const selected: TemplateSection[] = [];
  const text = `SELECT ${sections({
    consignment: '$1::uuid',
    tenant: '$2::uuid',
    driver: '$3::uuid',
    photoIds: '$4::uuid[]',
    link: '$5::uuid',
    serving: '$6::uuid',
    show: (section) => {
      if (!selected.includes(section)) selected.push(section);
      return `$${7 + selected.indexOf(section)}::boolean`;
    },
  })} AS sections`;
  return { text, selected };
}

const bySections = sectionsByParameters();

/**
 * The sections of a page whose profile is already known: $1 consignment, $2 tenant, $3 the
 * driver (null unless the page shows the position), $4 the picked photos, $5 the link, $6 the
 * driver whose other stops are counted (null unless the consignment is on its way with one),
 * then one boolean per section of `SELECTED_SECTIONS`, in its order.
 */
export const SECTIONS: PreparedStatement = { name: 'public_sections', text: bySections.text };

/** The sections the statements select by (the others shape the page from the link alone). */
export const SELECTED_SECTIONS: readonly TemplateSection[] = bySections.selected;

/**
 * The link of a token (as `LINK` selects it) with the sections it shows resolved as the
 * visibility profile resolves them (default < tenant < customer < link, a missing or null key
 * inherits) and whether its page is available: the CTE `shown`. $1: the token's look-up hash.
 */
const SHOWN_LINK = `link AS (${LINK} l.token_hash = $1),
shown AS (
  SELECT link.*,
         '${JSON.stringify(DEFAULT_TEMPLATE)}'::jsonb || jsonb_strip_nulls(coalesce(link.tenant_sections, '{}'))
           || jsonb_strip_nulls(coalesce(link.customer_sections, '{}')) || jsonb_strip_nulls(coalesce(link.overrides, '{}')) AS shown,
         ${AVAILABLE({ revokedAt: 'link.revoked_at', deletedAt: 'link.deleted_at', billingStatus: 'link.billing_status', integrationEnabled: 'link.tracking_integration_enabled', expired: 'link.expired' })} AS available
    FROM link
)`;

/** Whether a page (a row of `shown`) counts the driver's other stops before its own: the driver's version is part of its own. */
const COUNTS_STOPS_BEFORE = (v: string): string =>
  `(${v}.shown->>'showEstimatedTimes')::boolean AND ${v}.status IN ('TO_PLAN', 'PLANNED', 'IN_TRANSIT')`;

/** Whether a page (a row of `shown`) shows the driver's position: the driver's position version is part of its version. */
const SHOWS_POSITION = (v: string): string =>
  `(${v}.shown->>'showDriverPosition')::boolean AND (${v}.shown->>'showMap')::boolean AND ${v}.status = 'IN_TRANSIT'`;

/** The version of a row with link_version, consignment_version, tenant_version and driver_id, given the two conditions. */
const VERSION = (v: string, countsStopsBefore: string, showsPosition: string): string => `concat(${v}.link_version, '.', ${v}.consignment_version, '.', ${v}.tenant_version, '.',
  CASE WHEN ${countsStopsBefore} THEN (SELECT d.page_version FROM drivers d WHERE d.id = ${v}.driver_id) END, '.',
  CASE WHEN ${showsPosition} THEN (SELECT d.position_version FROM drivers d WHERE d.id = ${v}.driver_id) END)`;

/**
 * The version of a page (the key of its cache, graphql/public/page-cache.ts), from a row of
 * `shown`: the page versions of its link, consignment and tenant, which the database moves in
 * the transaction of every change of what the page shows (migration 1765410000000); while the
 * page counts the driver's other stops before its own, the driver's (moved by any change of
 * their consignments); while it shows the driver's position, the driver's position version
 * (moved by every stored batch that moves their newest position, migration 1765430000000). A
 * part the page does not show is empty, so its changes cost no rebuild. The one change of the
 * page no write makes, the newest position passing out of the tenant's retention with no newer
 * one, is shown once the kept answer's time is up (PAGE_CACHE_TTL_SECONDS).
 */
export const PAGE_VERSION = (v: string): string => VERSION(v, COUNTS_STOPS_BEFORE(v), SHOWS_POSITION(v));

/** The view of a visitor counted in a page's statement, when `$2` says it counts: `counted`, from the CTE `of` (link_id, available). */
const COUNTED = (of: string): string => `counted AS (
  UPDATE tracking_links SET view_count = view_count + 1, last_viewed_at = now()
   WHERE id = (SELECT link_id FROM ${of} WHERE available) AND $2::boolean AND view_count > 0
  RETURNING id
)`;

/**
 * A cached page's one statement per request: whether a token's page is available and its
 * version, counting the view when `$2` says the visitor's view counts (a link's first view is
 * left to the tracking links' service, which tells it). It also tells what the lighter
 * statement below needs: the link's, consignment's and tenant's versions and the two
 * conditions of the version's other parts. $1: the token's look-up hash.
 */
export const PAGE_VERSION_BY_TOKEN: PreparedStatement = {
  name: 'public_page_version_by_token',
  text: `
WITH ${SHOWN_LINK},
${COUNTED('shown')}
SELECT shown.link_id, shown.available, ${PAGE_VERSION('shown')} AS version, EXISTS (SELECT 1 FROM counted) AS counted,
       shown.link_version::text AS link_version, shown.consignment_version::text AS consignment_version,
       shown.tenant_version::text AS tenant_version,
       coalesce(${COUNTS_STOPS_BEFORE('shown')}, false) AS counts_stops_before, coalesce(${SHOWS_POSITION('shown')}, false) AS shows_position
  FROM shown`,
};

/**
 * The same for a token whose page was read before (`PAGE_VERSION_BY_TOKEN`): the link, its
 * consignment and tenant by primary key, with neither the order, the templates nor the
 * visibility profile. What the profile decided for the version, whether the page counts the
 * driver's stops and shows their position, comes from that earlier read, and holds while the
 * three versions it returns are the ones read then: the profile (templates, the order's
 * customer, the link's options) and the consignment's status and driver move one of them. When
 * they moved, the caller reads `PAGE_VERSION_BY_TOKEN` again (the view is counted here either
 * way). Availability is decided here as there. $1: the token's look-up hash.
 *
 * One statement for each of the four combinations, the two conditions written into its text:
 * as parameters, a page that shows no position was planned again on every request (PostgreSQL
 * weighs the generic plan with the position's look-up in it against custom plans without it,
 * and kept choosing the custom ones: 0.18 ms of planning for 0.03 ms of execution).
 */
export function pageVersionByTokenKnown(countsStopsBefore: boolean, showsPosition: boolean): PreparedStatement {
  return KNOWN_STATEMENTS[Number(countsStopsBefore) * 2 + Number(showsPosition)];
}

const knownStatement = (countsStopsBefore: boolean, showsPosition: boolean): PreparedStatement => ({
  name: `public_page_version_by_token_known_${Number(countsStopsBefore)}${Number(showsPosition)}`,
  text: `
WITH k AS (
  SELECT l.id AS link_id, l.page_version AS link_version, c.page_version AS consignment_version, t.page_version AS tenant_version,
         c.driver_id, t.id AS tenant_id,
         ${AVAILABLE({ revokedAt: 'l.revoked_at', deletedAt: 'c.deleted_at', billingStatus: 't.billing_status', integrationEnabled: 't.tracking_integration_enabled', expired: `${LINK_EXPIRES_AT('l', 'c', 't')} <= now()` })} AS available
    FROM tracking_links l
    JOIN consignments c ON c.id = l.consignment_id
    JOIN tenants t ON t.id = l.tenant_id
   WHERE l.token_hash = $1
),
${COUNTED('k')}
SELECT k.link_id, k.available, ${VERSION('k', String(countsStopsBefore), String(showsPosition))} AS version, EXISTS (SELECT 1 FROM counted) AS counted,
       k.link_version::text AS link_version, k.consignment_version::text AS consignment_version, k.tenant_version::text AS tenant_version
  FROM k`,
});

const KNOWN_STATEMENTS = [knownStatement(false, false), knownStatement(false, true), knownStatement(true, false), knownStatement(true, true)];

/**
 * A whole page from its token in one statement: the link (as `LINK` selects it) and, when the
 * page is available, its sections. The sections shown are resolved here as the visibility
 * profile resolves them (default < tenant < customer < link, a missing or null key inherits);
 * the page is built from the profile, which drops anything this selects that it hides.
 * $1: the token's look-up hash.
 */
export const PAGE_BY_TOKEN: PreparedStatement = {
  name: 'public_page_by_token',
  text: `
WITH ${SHOWN_LINK},
v AS (SELECT shown.*, ${PAGE_VERSION('shown')} AS version FROM shown)
SELECT to_json(v) AS link,
       CASE WHEN v.available THEN ${sections({
         consignment: 'v.consignment_id',
         tenant: 'v.tenant_id',
         driver: `CASE WHEN (v.shown->>'showDriverPosition')::boolean AND (v.shown->>'showMap')::boolean
                        AND v.status = 'IN_TRANSIT' THEN v.driver_id END`,
         photoIds: 'v.photo_ids',
         link: 'v.link_id',
         serving: `CASE WHEN v.status IN ('TO_PLAN', 'PLANNED', 'IN_TRANSIT') THEN v.driver_id END`,
         show: (section) => `(v.shown->>'${section}')::boolean`,
       })} END AS sections
  FROM v`,
};

/**
 * An order link and what decides whether and what its page shows: the order, the tenant and its
 * templates, and its expiry (the latest change of the order or any of its consignments plus the
 * tenant's link lifetime, or the link's own expiry when earlier). $1: the token's look-up hash.
 */
export const ORDER_LINK_BY_TOKEN: PreparedStatement = {
  name: 'public_order_link_by_token',
  text: `
  SELECT l.id AS link_id, l.revoked_at, l.overrides,
         o.id AS order_id, o.reference,
         t.id AS tenant_id, t.name AS tenant_name, t.logo_url, t.brand_color, t.country, t.default_language,
         t.timezone, t.tracking_integration_enabled, t.billing_status,
         tt.sections AS tenant_sections, tt.custom_field_keys AS tenant_field_keys,
         ct.sections AS customer_sections, ct.custom_field_keys AS customer_field_keys,
         u.updated_at, x.expires_at, x.expires_at <= now() AS expired
    FROM order_links l
    JOIN orders o ON o.id = l.order_id
    JOIN tenants t ON t.id = l.tenant_id
    LEFT JOIN tracking_link_templates tt ON tt.tenant_id = t.id AND tt.customer_id IS NULL
    LEFT JOIN tracking_link_templates ct ON ct.tenant_id = t.id AND ct.customer_id = o.customer_id
    CROSS JOIN LATERAL (SELECT GREATEST(o.updated_at, (SELECT max(c.updated_at) FROM consignments c WHERE c.order_id = o.id)) AS updated_at) u
    CROSS JOIN LATERAL (SELECT LEAST(u.updated_at + make_interval(hours => 24 * t.link_lifetime_days),
                                     COALESCE(l.expires_at, 'infinity')) AS expires_at) x
   WHERE l.token_hash = $1`,
};

/** Consignments shown on one order page, at most. */
export const ORDER_PAGE_CONSIGNMENTS = 100;

function orderSectionsByParameters(): { text: string; selected: TemplateSection[] } {
  const selected: TemplateSection[] = [];
  const text = `
  SELECT c.id AS consignment_id, c.reference, c.status, c.customer_reference, c.container_number,
         c.transport_service, c.custom_fields, c.extra_fields, c.driver_id, c.updated_at,
         ${sections({
           consignment: 'c.id',
           tenant: '$2::uuid',
           driver: `CASE WHEN $3::boolean AND c.status = 'IN_TRANSIT' THEN c.driver_id END`,
           photoIds: 'NULL::uuid[]',
           link: 'NULL::uuid',
           serving: `CASE WHEN c.status IN ('TO_PLAN', 'PLANNED', 'IN_TRANSIT') THEN c.driver_id END`,
           show: (section) => {
             if (!selected.includes(section)) selected.push(section);
             return `$${4 + selected.indexOf(section)}::boolean`;
           },
         })} AS sections
    FROM consignments c
   WHERE c.order_id = $1 AND c.deleted_at IS NULL
   ORDER BY c.created_at, c.reference, c.id
   LIMIT ${ORDER_PAGE_CONSIGNMENTS}`;
  return { text, selected };
}

const byOrderSections = orderSectionsByParameters();

/**
 * Every (non-deleted) consignment of an order with its sections, for an order page whose
 * profile is known: $1 the order, $2 the tenant, $3 whether the driver's position is shown, then
 * one boolean per section of `ORDER_SELECTED_SECTIONS`, in its order. A hidden section is never
 * selected.
 */
export const ORDER_SECTIONS: PreparedStatement = { name: 'public_order_sections', text: byOrderSections.text };

export const ORDER_SELECTED_SECTIONS: readonly TemplateSection[] = byOrderSections.selected;
