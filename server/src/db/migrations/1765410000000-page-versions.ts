import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sets a row's page version from the sequence: a fresh value, higher than any before it. */
const NEXT = "nextval('page_version_seq')";

/**
 * The public page's version (the key of its cache, graphql/public/page-cache.ts): what a page
 * shows lives in four rows, each with a `page_version` that the database moves in the
 * transaction of every change of what the page shows, so no writer can forget it:
 *
 * - consignments: any update of the row (its own touch trigger, which every change of its
 *   stops, cargo, scans, notes and photos already runs), and its proofs of delivery and their
 *   images (which leave its `updated_at` alone);
 * - tracking_links: its options, picked photos, expiry, revocation or token (not its views), and
 *   the recipient's feedback;
 * - tenants: any update (branding, settings), its templates and custom field labels;
 * - drivers: any change of a consignment of theirs (the "stops before yours" of their other
 *   consignments), at commit, after the consignments' own locks.
 *
 * Values come from one sequence, so a row deleted and made again never repeats a version, and
 * existing rows start at 0 (no table rewrite).
 */
export class PageVersions1765410000000 implements MigrationInterface {
  name = 'PageVersions1765410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE SEQUENCE page_version_seq;
      ALTER TABLE consignments ADD COLUMN page_version bigint NOT NULL DEFAULT 0;
      ALTER TABLE consignments ALTER COLUMN page_version SET DEFAULT ${NEXT};
      ALTER TABLE tracking_links ADD COLUMN page_version bigint NOT NULL DEFAULT 0;
      ALTER TABLE tracking_links ALTER COLUMN page_version SET DEFAULT ${NEXT};
      ALTER TABLE tenants ADD COLUMN page_version bigint NOT NULL DEFAULT 0;
      ALTER TABLE tenants ALTER COLUMN page_version SET DEFAULT ${NEXT};
      ALTER TABLE drivers ADD COLUMN page_version bigint NOT NULL DEFAULT 0;
      ALTER TABLE drivers ALTER COLUMN page_version SET DEFAULT ${NEXT};

      -- Every update of a consignment moves its change time and its page version; an update that
      -- sets the page version alone (below: a proof of delivery, an order's new customer) is no
      -- change of the consignment's own and leaves its change time (and so its link's expiry).
      CREATE OR REPLACE FUNCTION consignment_touch_self() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.page_version IS DISTINCT FROM OLD.page_version THEN RETURN NEW; END IF;
        NEW.updated_at := greatest(clock_timestamp(), OLD.updated_at + interval '1 microsecond');
        NEW.page_version := ${NEXT};
        RETURN NEW;
      END $$;

      CREATE FUNCTION page_version_of_consignment() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'proof_of_delivery_images' THEN
          UPDATE consignments SET page_version = ${NEXT}
           WHERE id IN (SELECT consignment_id FROM proofs_of_delivery WHERE id IN (NEW.proof_id, OLD.proof_id));
        ELSE
          UPDATE consignments SET page_version = ${NEXT} WHERE id IN (NEW.consignment_id, OLD.consignment_id);
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER proofs_of_delivery_page_version AFTER INSERT OR UPDATE OR DELETE ON proofs_of_delivery
        FOR EACH ROW EXECUTE FUNCTION page_version_of_consignment();
      CREATE TRIGGER proof_of_delivery_images_page_version AFTER INSERT OR UPDATE OR DELETE ON proof_of_delivery_images
        FOR EACH ROW EXECUTE FUNCTION page_version_of_consignment();

      CREATE FUNCTION page_version_of_order() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE consignments SET page_version = ${NEXT} WHERE order_id = NEW.id;
        RETURN NULL;
      END $$;
      -- The customer decides the customer template.
      CREATE TRIGGER orders_page_version AFTER UPDATE OF customer_id ON orders
        FOR EACH ROW WHEN (OLD.customer_id IS DISTINCT FROM NEW.customer_id) EXECUTE FUNCTION page_version_of_order();

      CREATE FUNCTION page_version_self() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.page_version IS NOT DISTINCT FROM OLD.page_version THEN NEW.page_version := ${NEXT}; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER tracking_links_page_version BEFORE UPDATE ON tracking_links FOR EACH ROW
        WHEN ((OLD.overrides, OLD.photo_ids, OLD.expires_at, OLD.revoked_at, OLD.token_hash, OLD.consignment_id)
              IS DISTINCT FROM (NEW.overrides, NEW.photo_ids, NEW.expires_at, NEW.revoked_at, NEW.token_hash, NEW.consignment_id))
        EXECUTE FUNCTION page_version_self();
      CREATE TRIGGER tenants_page_version BEFORE UPDATE ON tenants FOR EACH ROW EXECUTE FUNCTION page_version_self();

      CREATE FUNCTION page_version_of_link() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE tracking_links SET page_version = ${NEXT} WHERE id IN (NEW.link_id, OLD.link_id);
        RETURN NULL;
      END $$;
      CREATE TRIGGER recipient_feedback_page_version AFTER INSERT OR UPDATE OR DELETE ON recipient_feedback
        FOR EACH ROW EXECUTE FUNCTION page_version_of_link();

      CREATE FUNCTION page_version_of_tenant() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE tenants SET page_version = ${NEXT} WHERE id IN (NEW.tenant_id, OLD.tenant_id);
        RETURN NULL;
      END $$;
      CREATE TRIGGER tracking_link_templates_page_version AFTER INSERT OR UPDATE OR DELETE ON tracking_link_templates
        FOR EACH ROW EXECUTE FUNCTION page_version_of_tenant();
      CREATE TRIGGER custom_field_definitions_page_version AFTER INSERT OR UPDATE OR DELETE ON custom_field_definitions
        FOR EACH ROW EXECUTE FUNCTION page_version_of_tenant();

      -- Deferred to the commit: a transaction changing several consignments of one driver takes
      -- their locks first and the driver's last, so it cannot deadlock with one changing one of them.
      CREATE FUNCTION page_version_of_drivers() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE drivers SET page_version = ${NEXT} WHERE id IN (NEW.driver_id, OLD.driver_id);
        RETURN NULL;
      END $$;
      CREATE CONSTRAINT TRIGGER consignments_driver_page_version AFTER INSERT OR UPDATE OR DELETE ON consignments
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_version_of_drivers();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER consignments_driver_page_version ON consignments;
      DROP TRIGGER custom_field_definitions_page_version ON custom_field_definitions;
      DROP TRIGGER tracking_link_templates_page_version ON tracking_link_templates;
      DROP TRIGGER recipient_feedback_page_version ON recipient_feedback;
      DROP TRIGGER tenants_page_version ON tenants;
      DROP TRIGGER tracking_links_page_version ON tracking_links;
      DROP TRIGGER orders_page_version ON orders;
      DROP TRIGGER proof_of_delivery_images_page_version ON proof_of_delivery_images;
      DROP TRIGGER proofs_of_delivery_page_version ON proofs_of_delivery;
      DROP FUNCTION page_version_of_drivers(), page_version_of_tenant(), page_version_of_link(), page_version_self(),
        page_version_of_order(), page_version_of_consignment();
      CREATE OR REPLACE FUNCTION consignment_touch_self() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.updated_at := greatest(clock_timestamp(), OLD.updated_at + interval '1 microsecond');
        RETURN NEW;
      END $$;
      ALTER TABLE drivers DROP COLUMN page_version;
      ALTER TABLE tenants DROP COLUMN page_version;
      ALTER TABLE tracking_links DROP COLUMN page_version;
      ALTER TABLE consignments DROP COLUMN page_version;
      DROP SEQUENCE page_version_seq;
    `);
  }
}
