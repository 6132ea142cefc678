import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `drivers.position_version`: moved (from the page versions' sequence) by the statement that
 * stores a batch of positions, in its own transaction, whenever the batch moves the driver's
 * newest position. A public page that shows the driver's position has it in its version
 * (public-tracking.sql.ts), read with the driver's row by primary key, instead of looking up the
 * newest position among the week partitions of driver_positions on every request.
 *
 * Existing drivers start at 0 (no table rewrite): their pages' versions change once, with the
 * version's form.
 */
export class DriverPositionVersion1765430000000 implements MigrationInterface {
  name = 'DriverPositionVersion1765430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE drivers ADD COLUMN position_version bigint NOT NULL DEFAULT 0');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE drivers DROP COLUMN position_version');
  }
}
