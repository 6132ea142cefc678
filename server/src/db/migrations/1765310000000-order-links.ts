import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One public tracking link per order: the same token format, hashing, revoke, regenerate and
 * expiry rules as a consignment's link, and a tenant setting that makes one per order.
 */
export class OrderLinks1765310000000 implements MigrationInterface {
  name = 'OrderLinks1765310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tenants ADD COLUMN order_links_enabled boolean NOT NULL DEFAULT false;
      CREATE TABLE order_links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        order_id uuid NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        token_encrypted text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        expires_at timestamptz,
        revoked_at timestamptz,
        revoked_by text,
        view_count integer NOT NULL DEFAULT 0,
        last_viewed_at timestamptz,
        overrides jsonb NOT NULL DEFAULT '{}'::jsonb
      );
      -- One active link per order.
      CREATE UNIQUE INDEX order_links_active_idx ON order_links (order_id) WHERE revoked_at IS NULL;
      CREATE INDEX order_links_order_idx ON order_links (order_id, created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE order_links; ALTER TABLE tenants DROP COLUMN order_links_enabled;');
  }
}
