import type { MigrationInterface, QueryRunner } from 'typeorm';

const TRIGGERS = "('CONSIGNMENT_CREATED', 'STATUS_REACHED', 'STOP_ARRIVED', 'STOP_DEPARTED', 'ETA_LATE')";
const OLD_TRIGGERS = "('CONSIGNMENT_CREATED', 'STATUS_REACHED', 'STOP_ARRIVED', 'STOP_DEPARTED')";

/**
 * Running late: a stop whose live ETA passes its planned window's end by more than the tenant's
 * threshold (default 15 min) is late by ~N minutes; each time it becomes late is an episode
 * (ETA_LATE tasks write once per stop and episode), and a stop that was late and no longer is
 * shows it recovered.
 */
export class RunningLate1765100200000 implements MigrationInterface {
  name = 'RunningLate1765100200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tenants ADD COLUMN late_threshold_minutes integer NOT NULL DEFAULT 15;
      ALTER TABLE stops
        ADD COLUMN late_by_minutes integer,
        ADD COLUMN late_episodes integer NOT NULL DEFAULT 0;
      ALTER TABLE contact_tasks DROP CONSTRAINT contact_tasks_trigger_check,
        ADD CONSTRAINT contact_tasks_trigger_check CHECK (trigger IN ${TRIGGERS});
      ALTER TABLE outbox_messages DROP CONSTRAINT outbox_messages_trigger_check,
        ADD CONSTRAINT outbox_messages_trigger_check CHECK (trigger IN ${TRIGGERS});
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM contact_tasks WHERE trigger = 'ETA_LATE';
      DELETE FROM outbox_messages WHERE trigger = 'ETA_LATE';
      ALTER TABLE contact_tasks DROP CONSTRAINT contact_tasks_trigger_check,
        ADD CONSTRAINT contact_tasks_trigger_check CHECK (trigger IN ${OLD_TRIGGERS});
      ALTER TABLE outbox_messages DROP CONSTRAINT outbox_messages_trigger_check,
        ADD CONSTRAINT outbox_messages_trigger_check CHECK (trigger IN ${OLD_TRIGGERS});
      ALTER TABLE stops DROP COLUMN late_by_minutes, DROP COLUMN late_episodes;
      ALTER TABLE tenants DROP COLUMN late_threshold_minutes;
    `);
  }
}
