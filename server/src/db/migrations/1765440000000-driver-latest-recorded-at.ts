import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `drivers.latest_recorded_at`: the latest recorded time among the driver's stored positions,
 * moved by the statement that stores a batch of positions, in its own transaction, whenever the
 * batch moves the driver's newest position. That statement tells a new latest position from a
 * late one by it, instead of probing driver_positions: a probe of the partitioned table in its
 * generic plan locked and set up every week partition (57 for a year) on every batch, which made
 * ingest on a year of data a fifth slower than on a new database (bench L).
 *
 * Filled from the stored positions (one look-up of the newest per driver).
 */
export class DriverLatestRecordedAt1765440000000 implements MigrationInterface {
  name = 'DriverLatestRecordedAt1765440000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE drivers ADD COLUMN latest_recorded_at timestamptz');
    await q.query(
      `UPDATE drivers d SET latest_recorded_at = (SELECT max(p.recorded_at) FROM driver_positions p WHERE p.driver_id = d.id)
        WHERE EXISTS (SELECT 1 FROM driver_positions p WHERE p.driver_id = d.id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE drivers DROP COLUMN latest_recorded_at');
  }
}
