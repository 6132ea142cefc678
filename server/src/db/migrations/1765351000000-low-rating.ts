import type { MigrationInterface, QueryRunner } from 'typeorm';

const TRIGGERS = "('CONSIGNMENT_CREATED', 'STATUS_REACHED', 'STOP_ARRIVED', 'STOP_DEPARTED', 'ETA_LATE', 'LOW_RATING')";
const OLD_TRIGGERS = "('CONSIGNMENT_CREATED', 'STATUS_REACHED', 'STOP_ARRIVED', 'STOP_DEPARTED', 'ETA_LATE')";

/** Drops the unnamed check of contact_tasks that tells which triggers a consignment-level task may have. */
const DROP_LEVEL_CHECK = `
  DO $$ DECLARE c text; BEGIN
    FOR c IN SELECT conname FROM pg_constraint
      WHERE conrelid = 'contact_tasks'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%recipient <> ''STOP_CONTACT''%'
    LOOP EXECUTE format('ALTER TABLE contact_tasks DROP CONSTRAINT %I', c); END LOOP;
  END $$;`;

/**
 * A low rating: a recipient's rating at or below the tenant's threshold (default 2) triggers the
 * LOW_RATING contact tasks (e.g. an email to dispatch), once per rating given.
 */
export class LowRating1765351000000 implements MigrationInterface {
  name = 'LowRating1765351000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tenants ADD COLUMN low_rating_threshold integer NOT NULL DEFAULT 2 CHECK (low_rating_threshold BETWEEN 1 AND 4);
      ALTER TABLE contact_tasks DROP CONSTRAINT contact_tasks_trigger_check,
        ADD CONSTRAINT contact_tasks_trigger_check CHECK (trigger IN ${TRIGGERS});
      ${DROP_LEVEL_CHECK}
      ALTER TABLE contact_tasks ADD CONSTRAINT contact_tasks_level_trigger_check CHECK (
        CASE level
          WHEN 'STOP' THEN trigger <> 'LOW_RATING'
          ELSE trigger IN ('CONSIGNMENT_CREATED', 'STATUS_REACHED', 'LOW_RATING') AND recipient <> 'STOP_CONTACT'
        END);
      ALTER TABLE outbox_messages DROP CONSTRAINT outbox_messages_trigger_check,
        ADD CONSTRAINT outbox_messages_trigger_check CHECK (trigger IN ${TRIGGERS});
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM contact_tasks WHERE trigger = 'LOW_RATING';
      DELETE FROM outbox_messages WHERE trigger = 'LOW_RATING';
      ALTER TABLE contact_tasks DROP CONSTRAINT contact_tasks_level_trigger_check,
        ADD CHECK (level = 'STOP' OR (trigger IN ('CONSIGNMENT_CREATED', 'STATUS_REACHED') AND recipient <> 'STOP_CONTACT'));
      ALTER TABLE contact_tasks DROP CONSTRAINT contact_tasks_trigger_check,
        ADD CONSTRAINT contact_tasks_trigger_check CHECK (trigger IN ${OLD_TRIGGERS});
      ALTER TABLE outbox_messages DROP CONSTRAINT outbox_messages_trigger_check,
        ADD CONSTRAINT outbox_messages_trigger_check CHECK (trigger IN ${OLD_TRIGGERS});
      ALTER TABLE tenants DROP COLUMN low_rating_threshold;
    `);
  }
}
