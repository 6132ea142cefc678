import { Client } from 'pg';
import { givenConsignments, givenTenant, type TenantFixture } from './fixtures';
import { startTestApp, type TestApp } from './harness';
import { doc } from './typed-document';

const LIST = doc<{ consignments: { edges: Array<{ node: { id: string } }> } }, Record<string, never>>(`{ consignments(first: 5) { edges { node { id } } } }`);

describe('statements of API work', () => {
  let quick: TestApp;
  let quickTenant: TenantFixture;
  beforeAll(async () => {
    quick = await startTestApp({ DB_STATEMENT_TIMEOUT_MS: '300' });
    quickTenant = await givenTenant(quick);
    await givenConsignments(quick, quickTenant.adminToken, 1);
  });
  afterAll(() => quick.close());

  it('are cancelled by the statement timeout, and the caller is told so in words (not a server error)', async () => {
    const locker = new Client({ connectionString: quick.databaseUrl });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE consignments IN ACCESS EXCLUSIVE MODE');
      const t0 = Date.now();
      const res = await quick.gql(LIST, {}, quickTenant.adminToken);
      expect(Date.now() - t0).toBeLessThan(3_000);
      expect(res.errors?.[0]).toMatchObject({ message: expect.stringContaining('took too long'), extensions: { code: 'TIMEOUT' } });
      const [{ n }] = await quick.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'tracklink' AND state = 'active' AND pid <> pg_backend_pid() AND query LIKE '%consignments%'`,
      );
      expect(n).toBe(0);
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    expect((await quick.ok(LIST, {}, quickTenant.adminToken)).consignments.edges).toHaveLength(1);
  });

  it('run without JIT and with the configured timeout on every connection', async () => {
    const [{ jit }] = await quick.server.db.dataSource.query('SHOW jit');
    const [{ statement_timeout: timeout }] = await quick.server.db.dataSource.query('SHOW statement_timeout');
    expect({ jit, timeout }).toEqual({ jit: 'off', timeout: '300ms' });
  });

  it('keep their connection through a lull (no new connection, with its plans to make, after 15 s idle)', async () => {
    const pid = async () => (await quick.server.db.dataSource.query('SELECT pg_backend_pid() AS pid'))[0].pid as number;
    const before = await pid();
    await new Promise((resolve) => setTimeout(resolve, 15_000));
    expect(await pid()).toBe(before);
  }, 30_000);
});
