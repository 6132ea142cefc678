/**
 * Whether the driver `driverExpr` (an SQL expression) has a consignment in `statusExpr` (the
 * in-transit status, as a parameter): for statements of other modules that must tell in the
 * same round trip (the positions batch).
 */
export const driverHasConsignmentIn = (driverExpr: string, statusExpr: string): string =>
  `EXISTS (SELECT 1 FROM consignments c WHERE c.driver_id = ${driverExpr} AND c.status = ${statusExpr} AND c.deleted_at IS NULL)`;
