import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Status from stop visits, per tenant (both off by default): departure from the last pickup
 * moves the consignment to IN_TRANSIT; arrival at the last delivery offers DELIVERED to the
 * dispatcher (`delivery_detected_at`, cleared when the status changes).
 */
export class VisitStatus1765320100000 implements MigrationInterface {
  name = 'VisitStatus1765320100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tenants
        ADD COLUMN in_transit_on_pickup_departure boolean NOT NULL DEFAULT false,
        ADD COLUMN offer_delivered_on_arrival boolean NOT NULL DEFAULT false;
      ALTER TABLE consignments ADD COLUMN delivery_detected_at timestamptz;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE consignments DROP COLUMN delivery_detected_at;
      ALTER TABLE tenants DROP COLUMN in_transit_on_pickup_departure, DROP COLUMN offer_delivered_on_arrival;
    `);
  }
}
