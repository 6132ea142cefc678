import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The data model of SPEC §1. Triggers keep consignments.updated_at moving with every child. */
export class Initial1763780000000 implements MigrationInterface {
  name = 'Initial1763780000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tenants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        logo_url text,
        brand_color text,
        country text NOT NULL,
        default_language text NOT NULL DEFAULT 'en',
        timezone text NOT NULL DEFAULT 'UTC',
        tracking_integration_enabled boolean NOT NULL DEFAULT false,
        billing_status text NOT NULL DEFAULT 'ACTIVE' CHECK (billing_status IN ('ACTIVE', 'LOCKED')),
        link_lifetime_days integer NOT NULL DEFAULT 30 CHECK (link_lifetime_days BETWEEN 1 AND 3650),
        auto_create_links boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid REFERENCES tenants(id) ON DELETE CASCADE,
        email text NOT NULL UNIQUE,
        name text,
        role text NOT NULL CHECK (role IN ('PLATFORM_ADMIN', 'SUPER_ADMIN', 'DISPATCHER')),
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((role = 'PLATFORM_ADMIN') = (tenant_id IS NULL))
      );
      CREATE INDEX users_tenant_idx ON users (tenant_id);

      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX sessions_user_idx ON sessions (user_id);

      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        name text NOT NULL,
        prefix text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      );
      CREATE INDEX api_keys_tenant_idx ON api_keys (tenant_id);

      CREATE TABLE drivers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        name text NOT NULL,
        phone text,
        vehicle_plate text,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX drivers_tenant_idx ON drivers (tenant_id);

      CREATE TABLE driver_positions (
        id bigserial PRIMARY KEY,
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        driver_id uuid NOT NULL REFERENCES drivers(id) ON DELETE CASCADE,
        client_id text NOT NULL,
        latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        heading real,
        speed_kmh real,
        accuracy_m real,
        recorded_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (driver_id, client_id)
      );
      CREATE INDEX driver_positions_latest_idx ON driver_positions (driver_id, recorded_at DESC);

      CREATE TABLE customers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        name text NOT NULL,
        name_key text NOT NULL,
        email text,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (tenant_id, name_key)
      );

      CREATE TABLE orders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        reference text NOT NULL,
        customer_id uuid REFERENCES customers(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (tenant_id, reference)
      );
      CREATE INDEX orders_customer_idx ON orders (customer_id);

      CREATE TABLE consignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        order_id uuid NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        reference text NOT NULL,
        status text NOT NULL DEFAULT 'DRAFT'
          CHECK (status IN ('DRAFT', 'TO_PLAN', 'PLANNED', 'IN_TRANSIT', 'DELIVERED', 'CANCELLED')),
        customer_reference text,
        container_number text,
        transport_service text,
        custom_fields jsonb NOT NULL DEFAULT '{}'::jsonb,
        extra_fields jsonb NOT NULL DEFAULT '[]'::jsonb,
        price numeric(12, 2),
        cost numeric(12, 2),
        internal_notes text,
        driver_id uuid REFERENCES drivers(id) ON DELETE SET NULL,
        vehicle_plate text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      );
      CREATE INDEX consignments_tenant_created_idx ON consignments (tenant_id, created_at DESC, id DESC);
      CREATE INDEX consignments_order_idx ON consignments (order_id);
      CREATE INDEX consignments_driver_idx ON consignments (driver_id) WHERE deleted_at IS NULL;

      CREATE TABLE stops (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consignment_id uuid NOT NULL REFERENCES consignments(id) ON DELETE CASCADE,
        sequence integer NOT NULL,
        type text NOT NULL CHECK (type IN ('PICKUP', 'DELIVERY')),
        name text NOT NULL,
        address text,
        latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        timezone text NOT NULL DEFAULT 'UTC',
        reference text,
        planned_arrival timestamptz,
        planned_window_end timestamptz,
        estimated_arrival timestamptz,
        actual_arrival timestamptz,
        actual_departure timestamptz,
        contact_name text,
        contact_email text,
        contact_phone text,
        UNIQUE (consignment_id, sequence)
      );

      CREATE TABLE cargo_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consignment_id uuid NOT NULL REFERENCES consignments(id) ON DELETE CASCADE,
        sequence integer NOT NULL,
        description text NOT NULL,
        quantity integer NOT NULL CHECK (quantity > 0),
        packaging_type text NOT NULL CHECK (packaging_type IN ('PALLET', 'BOX', 'CRATE', 'DRUM', 'BULK', 'OTHER')),
        weight_kg double precision CHECK (weight_kg >= 0)
      );
      CREATE INDEX cargo_lines_consignment_idx ON cargo_lines (consignment_id, sequence);

      CREATE TABLE consignment_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consignment_id uuid NOT NULL REFERENCES consignments(id) ON DELETE CASCADE,
        scope text NOT NULL CHECK (scope IN ('INTERNAL', 'CUSTOMER')),
        text text NOT NULL,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX consignment_notes_consignment_idx ON consignment_notes (consignment_id, created_at);

      CREATE TABLE consignment_photos (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consignment_id uuid NOT NULL REFERENCES consignments(id) ON DELETE CASCADE,
        url text NOT NULL,
        caption text,
        customer_visible boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX consignment_photos_consignment_idx ON consignment_photos (consignment_id, created_at);

      CREATE TABLE custom_field_definitions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        key text NOT NULL,
        label text NOT NULL,
        UNIQUE (tenant_id, key)
      );

      CREATE TABLE pallet_scans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        consignment_id uuid NOT NULL REFERENCES consignments(id) ON DELETE CASCADE,
        stop_id uuid REFERENCES stops(id) ON DELETE SET NULL,
        driver_id uuid REFERENCES drivers(id) ON DELETE SET NULL,
        client_id text NOT NULL,
        pallet_barcode text NOT NULL,
        event text NOT NULL CHECK (event IN ('LOADED', 'UNLOADED', 'SCANNED_AT_HUB', 'DAMAGED', 'MISSING')),
        scanned_at timestamptz NOT NULL,
        latitude double precision,
        longitude double precision,
        received_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (tenant_id, client_id)
      );
      CREATE INDEX pallet_scans_consignment_idx ON pallet_scans (consignment_id, scanned_at);

      -- updated_at of a consignment moves on every change of the row itself...
      CREATE FUNCTION consignment_touch_self() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.updated_at := greatest(clock_timestamp(), OLD.updated_at + interval '1 microsecond');
        RETURN NEW;
      END $$;
      CREATE TRIGGER consignments_touch BEFORE UPDATE ON consignments
        FOR EACH ROW EXECUTE FUNCTION consignment_touch_self();

      -- ...and of any of its children.
      CREATE FUNCTION consignment_touch_from_child() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE consignments SET updated_at = now() WHERE id = OLD.consignment_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW.consignment_id <> OLD.consignment_id) THEN
          UPDATE consignments SET updated_at = now() WHERE id = NEW.consignment_id;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER stops_touch AFTER INSERT OR UPDATE OR DELETE ON stops
        FOR EACH ROW EXECUTE FUNCTION consignment_touch_from_child();
      CREATE TRIGGER cargo_lines_touch AFTER INSERT OR UPDATE OR DELETE ON cargo_lines
        FOR EACH ROW EXECUTE FUNCTION consignment_touch_from_child();
      CREATE TRIGGER consignment_notes_touch AFTER INSERT OR UPDATE OR DELETE ON consignment_notes
        FOR EACH ROW EXECUTE FUNCTION consignment_touch_from_child();
      CREATE TRIGGER consignment_photos_touch AFTER INSERT OR UPDATE OR DELETE ON consignment_photos
        FOR EACH ROW EXECUTE FUNCTION consignment_touch_from_child();
      CREATE TRIGGER pallet_scans_touch AFTER INSERT OR UPDATE OR DELETE ON pallet_scans
        FOR EACH ROW EXECUTE FUNCTION consignment_touch_from_child();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE IF EXISTS pallet_scans, custom_field_definitions, consignment_photos, consignment_notes,
        cargo_lines, stops, consignments, orders, customers, driver_positions, drivers, api_keys,
        sessions, users, tenants CASCADE;
      DROP FUNCTION IF EXISTS consignment_touch_from_child();
      DROP FUNCTION IF EXISTS consignment_touch_self();
    `);
  }
}
