import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Keyset orders of the connections that had no index in their order: users, API keys, tenants. */
export class ConnectionIndexes1765350000000 implements MigrationInterface {
  name = 'ConnectionIndexes1765350000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX users_tenant_email_idx ON users (tenant_id, email, id);
      CREATE INDEX api_keys_tenant_created_idx ON api_keys (tenant_id, created_at, id);
      CREATE INDEX tenants_name_idx ON tenants (name, id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX tenants_name_idx; DROP INDEX api_keys_tenant_created_idx; DROP INDEX users_tenant_email_idx;`);
  }
}
