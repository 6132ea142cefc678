import type { DataSource } from 'typeorm';
import { asInstances, epochMs, jsonObjectOf } from '../../db/raw-rows';
import { linkLifetimeDays } from '../tenants/tenant.sql';
import { effectiveExpiry } from './link-expiry';
import { TrackingLink } from './tracking-link.entity';

/** A link as `linksJsonOf` reads it: its columns (instants as ISO text) and what its effective expiry is made of. */
export type LinkJson = Omit<TrackingLink, 'effectiveExpiresAt'> & { expiresAtMs$: number | null; lifetimeDays$: number };

/**
 * Every link of the consignment `consignmentId` (an SQL expression), oldest first, as one JSON
 * array (null when it has none), for a statement of another module that reads the links of its
 * rows in the same round trip (the consignment list). `linksFromJson` makes them links. With
 * `properties`, only those columns (and what the effective expiry is made of). `tenantId`: the
 * links' tenant, when the statement knows it (a parameter: its link lifetime is then read once
 * per statement, not once per link).
 */
export function linksJsonOf(ds: DataSource, consignmentId: string, properties?: ReadonlySet<string>, tenantId = 'l.tenant_id'): string {
  const link = jsonObjectOf(ds, TrackingLink, 'l', properties, { expiresAtMs$: epochMs('l.expires_at'), lifetimeDays$: linkLifetimeDays(tenantId) });
  // Aggregated from a select in creation order (json_agg's own ORDER BY sorts after the scan).
  return `(SELECT json_agg(x.j) FROM (SELECT ${link} AS j FROM tracking_links l WHERE l.consignment_id = ${consignmentId} ORDER BY l.created_at) x)`;
}

/**
 * The links of `linksJsonOf`, with their effective expiry as a Date (their status is decided
 * from it), counted from their consignment's last change (`consignmentUpdatedAtMs`, as
 * `epochMs` reads it); their other instants stay ISO text, which the API sends as it is.
 */
export function linksFromJson(json: LinkJson[] | null, consignmentUpdatedAtMs: number): TrackingLink[] {
  if (!json) return [];
  const updatedAt = new Date(consignmentUpdatedAtMs);
  return asInstances(
    TrackingLink,
    json.map(({ expiresAtMs$, lifetimeDays$, ...link }) => ({
      ...link,
      effectiveExpiresAt: effectiveExpiry(updatedAt, lifetimeDays$, expiresAtMs$ == null ? null : new Date(expiresAtMs$)),
    })),
  );
}
