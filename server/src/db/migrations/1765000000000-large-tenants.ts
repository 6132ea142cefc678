import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The admin list and its search at any size (bench L): the list's order and filters served by
 * indexes of the live rows (deleted ones are never listed), the search's substrings by trigram
 * indexes (pg_trgm, which PostgreSQL ships in its contrib modules), and the positions batch's
 * "has this driver a consignment in transit" answered from one index.
 */
export class LargeTenants1765000000000 implements MigrationInterface {
  name = 'LargeTenants1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE EXTENSION IF NOT EXISTS pg_trgm;

      CREATE INDEX consignments_tenant_live_idx ON consignments (tenant_id, created_at DESC, id DESC) WHERE deleted_at IS NULL;
      CREATE INDEX consignments_tenant_status_idx ON consignments (tenant_id, status, created_at DESC, id DESC) WHERE deleted_at IS NULL;
      DROP INDEX consignments_tenant_created_idx;
      CREATE INDEX consignments_driver_status_idx ON consignments (driver_id, status) WHERE deleted_at IS NULL;
      DROP INDEX consignments_driver_idx;

      CREATE INDEX consignments_reference_trgm_idx ON consignments USING gin (reference gin_trgm_ops);
      CREATE INDEX consignments_customer_reference_trgm_idx ON consignments USING gin (customer_reference gin_trgm_ops);
      CREATE INDEX consignments_container_number_trgm_idx ON consignments USING gin (container_number gin_trgm_ops);
      CREATE INDEX orders_reference_trgm_idx ON orders USING gin (reference gin_trgm_ops);
      CREATE INDEX customers_name_trgm_idx ON customers USING gin (name gin_trgm_ops);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX customers_name_trgm_idx, orders_reference_trgm_idx, consignments_container_number_trgm_idx,
        consignments_customer_reference_trgm_idx, consignments_reference_trgm_idx;
      CREATE INDEX consignments_driver_idx ON consignments (driver_id) WHERE deleted_at IS NULL;
      DROP INDEX consignments_driver_status_idx;
      CREATE INDEX consignments_tenant_created_idx ON consignments (tenant_id, created_at DESC, id DESC);
      DROP INDEX consignments_tenant_status_idx, consignments_tenant_live_idx;
    `);
  }
}
