import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A delivered consignment's track kept only as long as its tenant says.
 *
 * - `tenants.delivered_track_retention_days` (null: no policy of its own; the positions go with
 *   the tenant's position retention).
 * - `consignment_transits`: when each consignment went in transit and when it was delivered,
 *   and its driver then (the one who delivered it; a driver assigned later is not), kept by a
 *   trigger on every status change (the API's, the automatic ones, any other), and when the
 *   retention job removed its track. A table of its own: the consignment's row, whose
 *   every update moves its change time, its page's version and its links' expiry, is not
 *   touched by the job.
 *
 * Filled for the consignments in transit or delivered now: in transit from an unknown time
 * (the track then starts at the consignment's creation), delivered at their last change, by
 * their driver now.
 */
export class DeliveredTracks1765450000000 implements MigrationInterface {
  name = 'DeliveredTracks1765450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tenants ADD COLUMN delivered_track_retention_days integer
        CHECK (delivered_track_retention_days BETWEEN 1 AND 730);

      CREATE TABLE consignment_transits (
        consignment_id uuid PRIMARY KEY REFERENCES consignments(id) ON DELETE CASCADE,
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        driver_id uuid REFERENCES drivers(id) ON DELETE SET NULL,
        started_at timestamptz,
        delivered_at timestamptz,
        track_removed_at timestamptz
      );
      -- The retention job's look-up: a tenant's delivered consignments whose track is still there.
      CREATE INDEX consignment_transits_due_idx ON consignment_transits (tenant_id, delivered_at)
        WHERE delivered_at IS NOT NULL AND track_removed_at IS NULL;
      -- A driver's recent deliveries, whose trips keep their positions.
      CREATE INDEX consignment_transits_driver_idx ON consignment_transits (driver_id, delivered_at) WHERE driver_id IS NOT NULL;

      CREATE FUNCTION consignment_transit_times() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.status = OLD.status THEN RETURN NULL; END IF;
        IF NEW.status = 'IN_TRANSIT' THEN
          INSERT INTO consignment_transits (consignment_id, tenant_id, driver_id, started_at) VALUES (NEW.id, NEW.tenant_id, NEW.driver_id, now())
            ON CONFLICT (consignment_id) DO UPDATE
              SET started_at = coalesce(consignment_transits.started_at, excluded.started_at), delivered_at = NULL,
                  driver_id = coalesce(excluded.driver_id, consignment_transits.driver_id);
        ELSIF NEW.status = 'DELIVERED' THEN
          INSERT INTO consignment_transits (consignment_id, tenant_id, driver_id, delivered_at) VALUES (NEW.id, NEW.tenant_id, NEW.driver_id, now())
            ON CONFLICT (consignment_id) DO UPDATE SET delivered_at = excluded.delivered_at, track_removed_at = NULL,
              driver_id = coalesce(excluded.driver_id, consignment_transits.driver_id);
        ELSIF TG_OP = 'UPDATE' AND OLD.status = 'DELIVERED' THEN
          UPDATE consignment_transits SET delivered_at = NULL WHERE consignment_id = NEW.id;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER consignments_transit_times AFTER INSERT OR UPDATE OF status ON consignments
        FOR EACH ROW EXECUTE FUNCTION consignment_transit_times();

      INSERT INTO consignment_transits (consignment_id, tenant_id, driver_id, delivered_at)
        SELECT id, tenant_id, driver_id, CASE WHEN status = 'DELIVERED' THEN updated_at END
          FROM consignments WHERE status IN ('IN_TRANSIT', 'DELIVERED');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER consignments_transit_times ON consignments;
      DROP FUNCTION consignment_transit_times();
      DROP TABLE consignment_transits;
      ALTER TABLE tenants DROP COLUMN delivered_track_retention_days;
    `);
  }
}
