import { addDays } from '../../core/clock';

/**
 * When a link stops working: the consignment's last change plus the tenant's link lifetime (in
 * days of 24 hours), or the link's own expiry when that is earlier. The public page's statement
 * (public-tracking.sql.ts) counts it the same way.
 */
export function effectiveExpiry(consignmentUpdatedAt: Date, lifetimeDays: number, explicit: Date | null): Date {
  const lifetime = addDays(consignmentUpdatedAt, lifetimeDays);
  return explicit && explicit < lifetime ? explicit : lifetime;
}
