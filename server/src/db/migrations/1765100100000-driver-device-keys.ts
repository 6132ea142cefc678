import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A driver's device key: the identifier typed into a driver app we did not write (Traccar
 * Client, OsmAnd), stored as its SHA-256 only, revocable. Apart from the driver token, so a key
 * that shows in a URL can be replaced without signing the driver's own app out.
 */
export class DriverDeviceKeys1765100100000 implements MigrationInterface {
  name = 'DriverDeviceKeys1765100100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE drivers
        ADD COLUMN device_key_hash text UNIQUE,
        ADD COLUMN device_key_created_at timestamptz;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE drivers DROP COLUMN device_key_hash, DROP COLUMN device_key_created_at');
  }
}
