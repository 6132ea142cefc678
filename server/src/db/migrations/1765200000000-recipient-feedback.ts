import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The recipient's word back through a tracking link: instructions, a rating, a comment. */
export class RecipientFeedback1765200000000 implements MigrationInterface {
  name = 'RecipientFeedback1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE recipient_feedback (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        consignment_id uuid NOT NULL REFERENCES consignments(id) ON DELETE CASCADE,
        -- One row per link: a submission edits it, counted in submissions.
        link_id uuid NOT NULL UNIQUE REFERENCES tracking_links(id) ON DELETE CASCADE,
        -- The link's recipient when it was sent (null: the default link).
        recipient_email text,
        instructions text,
        instructions_at timestamptz,
        rating smallint CHECK (rating BETWEEN 1 AND 5),
        comment text,
        rated_at timestamptz,
        submissions integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX recipient_feedback_consignment_idx ON recipient_feedback (consignment_id);
      CREATE INDEX recipient_feedback_rating_idx ON recipient_feedback (tenant_id, rating) WHERE rating IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE recipient_feedback');
  }
}
