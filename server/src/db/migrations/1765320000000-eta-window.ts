import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The expected window around a stop's live ETA (earliest and latest arrival, to 5 minutes). */
export class EtaWindow1765320000000 implements MigrationInterface {
  name = 'EtaWindow1765320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE stops ADD COLUMN eta_earliest timestamptz, ADD COLUMN eta_latest timestamptz');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE stops DROP COLUMN eta_earliest, DROP COLUMN eta_latest');
  }
}
