/**
 * The name of the session setting that holds the installation's POSITION_RETENTION_DAYS (every
 * connection of the pool sets it: db/data-source.ts), so a statement can tell a tenant's
 * retention in the same round trip.
 */
export const POSITION_RETENTION_SETTING = 'tracklink.position_retention_days';

/** The installation's default when a connection has not set it (the same as config.ts's). */
const FALLBACK_RETENTION_DAYS = 90;

/** Days the tenant `tenantId` (an SQL expression) keeps positions: its own, else the installation's. */
export function positionRetentionDays(tenantId: string): string {
  return `coalesce((SELECT t.position_retention_days FROM tenants t WHERE t.id = ${tenantId}),
                   nullif(current_setting('${POSITION_RETENTION_SETTING}', true), '')::int, ${FALLBACK_RETENTION_DAYS})`;
}

/** The oldest recorded time the tenant `tenantId` (an SQL expression) still keeps and shows. */
export function positionCutoff(tenantId: string): string {
  return `(now() - make_interval(days => ${positionRetentionDays(tenantId)}))`;
}

/**
 * The newest kept position of the driver `driverId` of the tenant `tenantId` (SQL expressions),
 * as a set of at most one driver_positions row (`FROM newestPosition(…) dp`): the database
 * function of migration 1765420000000, which opens only the partitions it needs.
 */
export function newestPosition(driverId: string, tenantId: string): string {
  return `newest_driver_position(${driverId}, ${positionCutoff(tenantId)})`;
}

/** The longest retention a tenant may choose, in days (two years). */
export const MAX_POSITION_RETENTION_DAYS = 730;

/** The tenant `tenantId`'s (an SQL expression) link lifetime in days, for other modules' reads. */
export const linkLifetimeDays = (tenantId: string): string => `(SELECT t.link_lifetime_days FROM tenants t WHERE t.id = ${tenantId})`;
