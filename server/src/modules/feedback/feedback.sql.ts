/**
 * Consignments with a rating at or below `:maxRating` in the tenant `:tenantId`, for the
 * consignment list's filter (a subquery on `recipient_feedback`, which this module owns).
 */
export const RATED_AT_MOST_SQL = 'SELECT f.consignment_id FROM recipient_feedback f WHERE f.tenant_id = :tenantId AND f.rating <= :maxRating';
