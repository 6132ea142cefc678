import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Arrival and departure detected from the assigned driver's positions: the tenant's geofence
 * (radius, dwell to arrive, time outside to depart), a stop's own radius, and where each
 * recorded time came from (GEOFENCE or MANUAL). Times already recorded were typed in: MANUAL.
 */
export class Geofence1765100000000 implements MigrationInterface {
  name = 'Geofence1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tenants
        ADD COLUMN geofence_radius_m integer NOT NULL DEFAULT 150,
        ADD COLUMN geofence_dwell_seconds integer NOT NULL DEFAULT 120,
        ADD COLUMN geofence_exit_seconds integer NOT NULL DEFAULT 180;
      ALTER TABLE stops
        ADD COLUMN geofence_radius_m integer,
        ADD COLUMN arrival_source text CHECK (arrival_source IN ('GEOFENCE', 'MANUAL')),
        ADD COLUMN departure_source text CHECK (departure_source IN ('GEOFENCE', 'MANUAL'));
      UPDATE stops SET arrival_source = 'MANUAL' WHERE actual_arrival IS NOT NULL;
      UPDATE stops SET departure_source = 'MANUAL' WHERE actual_departure IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE stops DROP COLUMN geofence_radius_m, DROP COLUMN arrival_source, DROP COLUMN departure_source;
      ALTER TABLE tenants DROP COLUMN geofence_radius_m, DROP COLUMN geofence_dwell_seconds, DROP COLUMN geofence_exit_seconds;
    `);
  }
}
