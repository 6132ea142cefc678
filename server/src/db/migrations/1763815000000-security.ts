import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-in attempts a super admin can look at; expiry and last use of API keys. */
export class Security1763815000000 implements MigrationInterface {
  name = 'Security1763815000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Attempts on existing accounts only (an unknown email has no tenant to show it to).
      CREATE TABLE login_attempts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        tenant_id uuid REFERENCES tenants(id) ON DELETE CASCADE,
        email text NOT NULL,
        ip text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('SUCCEEDED', 'WRONG_PASSWORD', 'LOCKED')),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX login_attempts_tenant_idx ON login_attempts (tenant_id, created_at DESC);
      CREATE INDEX login_attempts_user_idx ON login_attempts (user_id, created_at DESC);

      ALTER TABLE api_keys ADD COLUMN expires_at timestamptz, ADD COLUMN last_used_at timestamptz;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE api_keys DROP COLUMN expires_at, DROP COLUMN last_used_at;
      DROP TABLE login_attempts;
    `);
  }
}
