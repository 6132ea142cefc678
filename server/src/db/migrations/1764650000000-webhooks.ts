import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Webhook endpoints of a tenant and the outbox of their deliveries (SPEC 9.1). */
export class Webhooks1764650000000 implements MigrationInterface {
  name = 'Webhooks1764650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_endpoints (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        url text NOT NULL,
        description text,
        event_types text[] NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        -- Internal endpoints (the tenant's own systems) also get price and cost.
        internal boolean NOT NULL DEFAULT false,
        -- Signing secrets, encrypted with the application secret; the previous one signs too
        -- until previous_secret_expires_at (a rotation's grace period).
        secret_encrypted text NOT NULL,
        previous_secret_encrypted text,
        previous_secret_expires_at timestamptz,
        consecutive_failures integer NOT NULL DEFAULT 0,
        -- Set when the server turned the endpoint off (410 Gone, too many failures in a row).
        disabled_at timestamptz,
        disabled_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX webhook_endpoints_tenant_idx ON webhook_endpoints (tenant_id, created_at);

      -- One row per event and endpoint, written in the transaction of the change. The worker
      -- sends the deliveries of one endpoint and consignment (ordering_key) in id order.
      CREATE TABLE webhook_deliveries (
        id bigserial PRIMARY KEY,
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
        -- webhook-id: the same for every attempt, and for every endpoint told of the event.
        message_id text NOT NULL,
        event_type text NOT NULL,
        ordering_key uuid,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        -- When a PENDING delivery is due; while a worker holds it, the end of its lease.
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        give_up_at timestamptz NOT NULL,
        last_status_code integer,
        last_error text,
        last_latency_ms integer,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        UNIQUE (endpoint_id, message_id)
      );
      CREATE INDEX webhook_deliveries_heads_idx ON webhook_deliveries (endpoint_id, ordering_key, id)
        WHERE status = 'PENDING' AND ordering_key IS NOT NULL;
      CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING';
      CREATE INDEX webhook_deliveries_log_idx ON webhook_deliveries (endpoint_id, id DESC);

      -- The ETA of a stop last told to webhooks, so stop.eta_changed fires once it has moved by
      -- more than the threshold in all, not on every small step.
      CREATE TABLE webhook_stop_etas (
        stop_id uuid PRIMARY KEY REFERENCES stops(id) ON DELETE CASCADE,
        notified_eta timestamptz NOT NULL
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE webhook_stop_etas; DROP TABLE webhook_deliveries; DROP TABLE webhook_endpoints;');
  }
}
