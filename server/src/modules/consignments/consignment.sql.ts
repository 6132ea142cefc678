import { ConsignmentStatus } from '@tracklink/shared';

/** Statuses of a consignment whose stops its driver is still on the way to. */
export const ACTIVE_STATUSES: readonly ConsignmentStatus[] = [ConsignmentStatus.TO_PLAN, ConsignmentStatus.PLANNED, ConsignmentStatus.IN_TRANSIT];

/**
 * Whether the driver `driverExpr` (an SQL expression) has a consignment in `statusExpr` (the
 * in-transit status, as a parameter): for statements of other modules that must tell in the
 * same round trip (the positions batch). A scalar subquery with LIMIT 1 rather than EXISTS:
 * PostgreSQL may turn an EXISTS into a hashed subplan over every consignment in that status
 * (which it did in the custom plans of a new connection on a large database), but must run
 * this one per driver, one probe of consignments_driver_status_idx each.
 */
export const driverHasConsignmentIn = (driverExpr: string, statusExpr: string): string =>
  `coalesce((SELECT true FROM consignments c WHERE c.driver_id = ${driverExpr} AND c.status = ${statusExpr} AND c.deleted_at IS NULL LIMIT 1), false)`;

/**
 * Whether the driver `driverExpr` has a consignment in one of `statusesExpr` (a text[]
 * parameter: those whose stops are still ahead), for the positions batch to tell whether
 * geofence detection has work. One index probe, as above.
 */
export const driverHasConsignmentInAny = (driverExpr: string, statusesExpr: string): string =>
  `coalesce((SELECT true FROM consignments c WHERE c.driver_id = ${driverExpr} AND c.status = ANY(${statusesExpr}) AND c.deleted_at IS NULL LIMIT 1), false)`;

/** When the consignment `idExpr` (an SQL expression) last changed, for other modules' reads (a link's expiry counts from it). */
export const consignmentUpdatedAt = (idExpr: string): string => `(SELECT c.updated_at FROM consignments c WHERE c.id = ${idExpr})`;
