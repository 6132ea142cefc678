import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Proof of delivery: per delivery stop the receiver's name, the time and position, a signature
 * and photos. Image bytes live in pod_blobs unless an S3-compatible bucket is configured; the
 * image rows say where theirs are.
 */
export class ProofOfDelivery1765300000000 implements MigrationInterface {
  name = 'ProofOfDelivery1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE proofs_of_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        consignment_id uuid NOT NULL REFERENCES consignments(id) ON DELETE CASCADE,
        -- One per stop: a correction replaces it.
        stop_id uuid NOT NULL UNIQUE REFERENCES stops(id) ON DELETE CASCADE,
        receiver_name text NOT NULL,
        delivered_at timestamptz NOT NULL,
        latitude double precision,
        longitude double precision,
        -- GIVEN (sent with it), DRIVER (the driver's last known position) or null (none).
        position_source text,
        driver_id uuid REFERENCES drivers(id) ON DELETE SET NULL,
        recorded_by text NOT NULL,
        -- sha256 over what was sent: the same proof sent again is recognised and not stored twice.
        fingerprint text NOT NULL,
        revision integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX proofs_of_delivery_consignment_idx ON proofs_of_delivery (consignment_id);
      CREATE TABLE proof_of_delivery_images (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proof_id uuid NOT NULL REFERENCES proofs_of_delivery(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('SIGNATURE', 'PHOTO')),
        sequence integer NOT NULL,
        content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg')),
        byte_size integer NOT NULL,
        sha256 text NOT NULL,
        -- Where the bytes are: POSTGRES (pod_blobs) or S3 (the bucket), under blob_key.
        storage text NOT NULL CHECK (storage IN ('POSTGRES', 'S3')),
        blob_key text NOT NULL,
        UNIQUE (proof_id, kind, sequence)
      );
      CREATE TABLE pod_blobs (
        key text PRIMARY KEY,
        bytes bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      ALTER TABLE pod_blobs ALTER COLUMN bytes SET STORAGE EXTERNAL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE proof_of_delivery_images; DROP TABLE proofs_of_delivery; DROP TABLE pod_blobs');
  }
}
