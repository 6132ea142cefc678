import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The webhook outbox as a queue: due deliveries read in (next_attempt_at, id) order straight
 * from the index (no sort of every due row per claim); room on each page so a claim's update
 * can stay on it; and vacuum soon after deliveries are recorded, so the partial indexes the
 * claims walk do not fill with the entries of delivered rows.
 */
export class WebhookQueue1764700000000 implements MigrationInterface {
  name = 'WebhookQueue1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX webhook_deliveries_due_order_idx ON webhook_deliveries (next_attempt_at, id) WHERE status = 'PENDING';
      DROP INDEX webhook_deliveries_due_idx;
      ALTER TABLE webhook_deliveries SET (fillfactor = 80, autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_threshold = 1000, autovacuum_analyze_scale_factor = 0.05);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING';
      DROP INDEX webhook_deliveries_due_order_idx;
      ALTER TABLE webhook_deliveries RESET (fillfactor, autovacuum_vacuum_scale_factor, autovacuum_vacuum_threshold, autovacuum_analyze_scale_factor);
    `);
  }
}
