import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tracking links with their audit trail, and the visibility templates (SPEC §2, §3). */
export class TrackingLinks1763790000000 implements MigrationInterface {
  name = 'TrackingLinks1763790000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tracking_links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        consignment_id uuid NOT NULL REFERENCES consignments(id) ON DELETE CASCADE,
        recipient_email text,
        token_hash text NOT NULL UNIQUE,
        token_encrypted text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        expires_at timestamptz,
        revoked_at timestamptz,
        revoked_by text,
        view_count integer NOT NULL DEFAULT 0,
        last_viewed_at timestamptz,
        overrides jsonb NOT NULL DEFAULT '{}'::jsonb,
        photo_ids uuid[]
      );
      -- One working link per consignment and recipient (the default link has no recipient).
      CREATE UNIQUE INDEX tracking_links_one_active_idx
        ON tracking_links (consignment_id, lower(coalesce(recipient_email, '')))
        WHERE revoked_at IS NULL;
      CREATE INDEX tracking_links_consignment_idx ON tracking_links (consignment_id, created_at);

      CREATE TABLE tracking_link_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        link_id uuid NOT NULL REFERENCES tracking_links(id) ON DELETE CASCADE,
        action text NOT NULL CHECK (action IN ('CREATED', 'UPDATED', 'REVOKED', 'REGENERATED')),
        actor text NOT NULL,
        detail text,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX tracking_link_events_link_idx ON tracking_link_events (link_id, at);

      CREATE TABLE tracking_link_templates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        customer_id uuid REFERENCES customers(id) ON DELETE CASCADE,
        sections jsonb NOT NULL DEFAULT '{}'::jsonb,
        custom_field_keys text[],
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX tracking_link_templates_tenant_idx ON tracking_link_templates (tenant_id) WHERE customer_id IS NULL;
      CREATE UNIQUE INDEX tracking_link_templates_customer_idx ON tracking_link_templates (tenant_id, customer_id)
        WHERE customer_id IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS tracking_link_templates, tracking_link_events, tracking_links CASCADE');
  }
}
