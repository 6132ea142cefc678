import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Contact tasks and the email outbox they fill (SPEC §5). */
export class ContactTasks1763800000000 implements MigrationInterface {
  name = 'ContactTasks1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contact_tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        name text NOT NULL,
        level text NOT NULL CHECK (level IN ('CONSIGNMENT', 'STOP')),
        trigger text NOT NULL CHECK (trigger IN ('CONSIGNMENT_CREATED', 'STATUS_REACHED', 'STOP_ARRIVED', 'STOP_DEPARTED')),
        trigger_status text CHECK (trigger_status IN ('TO_PLAN', 'PLANNED', 'IN_TRANSIT', 'DELIVERED')),
        recipient text NOT NULL
          CHECK (recipient IN ('STOP_CONTACT', 'PICKUP_CONTACT', 'DELIVERY_CONTACT', 'CUSTOMER_CONTACT', 'FIXED_ADDRESS')),
        fixed_email text,
        subject text NOT NULL,
        body text NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((trigger = 'STATUS_REACHED') = (trigger_status IS NOT NULL)),
        CHECK ((recipient = 'FIXED_ADDRESS') = (fixed_email IS NOT NULL)),
        CHECK (level = 'STOP' OR (trigger IN ('CONSIGNMENT_CREATED', 'STATUS_REACHED') AND recipient <> 'STOP_CONTACT'))
      );
      CREATE INDEX contact_tasks_tenant_idx ON contact_tasks (tenant_id, created_at);

      -- One row per email. Bodies keep {{consignment.trackingLink}} as it is: the worker puts the
      -- recipient's URL in at send time (from link_id), so no working token is stored here.
      CREATE TABLE outbox_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        task_id uuid REFERENCES contact_tasks(id) ON DELETE SET NULL,
        consignment_id uuid REFERENCES consignments(id) ON DELETE CASCADE,
        stop_id uuid REFERENCES stops(id) ON DELETE SET NULL,
        link_id uuid REFERENCES tracking_links(id) ON DELETE SET NULL,
        trigger text NOT NULL CHECK (trigger IN ('CONSIGNMENT_CREATED', 'STATUS_REACHED', 'STOP_ARRIVED', 'STOP_DEPARTED')),
        -- (task, consignment, stop, recipient, trigger): each is sent once, whatever replays.
        dedupe_key text NOT NULL UNIQUE,
        from_name text,
        to_address text NOT NULL,
        subject text NOT NULL,
        body_text text NOT NULL,
        body_html text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'NOT_SENT')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_error text,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      );
      CREATE INDEX outbox_messages_due_idx ON outbox_messages (next_attempt_at) WHERE status = 'PENDING';
      CREATE INDEX outbox_messages_tenant_idx ON outbox_messages (tenant_id, created_at DESC, id DESC);
      CREATE INDEX outbox_messages_consignment_idx ON outbox_messages (consignment_id);
      CREATE INDEX outbox_messages_task_idx ON outbox_messages (task_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS outbox_messages, contact_tasks CASCADE');
  }
}
