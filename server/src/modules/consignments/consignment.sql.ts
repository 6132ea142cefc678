import { ConsignmentStatus } from '@tracklink/shared';

/** Statuses of a consignment whose stops its driver is still on the way to. */
export const ACTIVE_STATUSES: readonly ConsignmentStatus[] = [ConsignmentStatus.TO_PLAN, ConsignmentStatus.PLANNED, ConsignmentStatus.IN_TRANSIT];

/**
 * Whether the driver `driverExpr` (an SQL expression) has a consignment in `statusExpr` (the
 * in-transit status, as a parameter): for statements of other modules that must tell in the
 * same round trip (the positions batch).
 */
export const driverHasConsignmentIn = (driverExpr: string, statusExpr: string): string =>
  `EXISTS (SELECT 1 FROM consignments c WHERE c.driver_id = ${driverExpr} AND c.status = ${statusExpr} AND c.deleted_at IS NULL)`;

/**
 * Whether the driver `driverExpr` has a consignment in one of `statusesExpr` (a text[]
 * parameter: those whose stops are still ahead), for the positions batch to tell whether
 * geofence detection has work.
 */
export const driverHasConsignmentInAny = (driverExpr: string, statusesExpr: string): string =>
  `EXISTS (SELECT 1 FROM consignments c WHERE c.driver_id = ${driverExpr} AND c.status = ANY(${statusesExpr}) AND c.deleted_at IS NULL)`;
