/**
 * The orders whose reference or customer's name matches `:pattern` (an ILIKE pattern) in
 * `:tenantId`, as a subquery for other modules' searches (the consignment list).
 */
export const ORDER_SEARCH_SQL = `SELECT o.id FROM orders o LEFT JOIN customers cu ON cu.id = o.customer_id
  WHERE o.tenant_id = :tenantId AND (o.reference ILIKE :pattern OR cu.name ILIKE :pattern)`;
