/**
 * The orders whose reference or customer's name matches `:pattern` (an ILIKE pattern) in
 * `:tenantId`, as a subquery for other modules' searches (the consignment list). Two branches,
 * so that each is served by its trigram index (orders.reference, customers.name).
 */
export const ORDER_SEARCH_SQL = `SELECT o.id FROM orders o WHERE o.tenant_id = :tenantId AND o.reference ILIKE :pattern
  UNION SELECT o.id FROM customers cu JOIN orders o ON o.customer_id = cu.id
  WHERE cu.tenant_id = :tenantId AND cu.name ILIKE :pattern AND o.tenant_id = :tenantId`;

/** The orders of tenant `$1` (id, created_at), as a subquery for other modules' statements (order links). */
export const TENANT_ORDERS_SQL = 'SELECT o.id, o.created_at FROM orders o WHERE o.tenant_id = $1';
