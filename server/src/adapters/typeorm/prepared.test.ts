import { QueryFailedError } from 'typeorm';
import { startTestApp, type TestApp } from '../../../test/harness';
import { queryPool, queryPrepared } from './prepared';

// The adapter sends named statements through TypeORM's own pg pool (`driver.master`, which
// TypeORM does not document). An upgrade that moves the pool fails here, by name.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** The texts the data source's logger is told of while `work` runs (the app's own workers may log theirs meanwhile). */
async function loggedDuring(work: () => Promise<unknown>): Promise<string[]> {
  const logger = app.server.db.dataSource.logger;
  const original = logger.logQuery;
  const seen: string[] = [];
  logger.logQuery = function (this: unknown, query: string, ...rest: unknown[]) {
    seen.push(query);
    return (original as (...args: unknown[]) => void).call(this, query, ...rest);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return seen;
}

describe('queryPrepared (TypeORM pool adapter)', () => {
  it('runs a named statement that the connection keeps prepared', async () => {
    const statement = { name: 'test.prepared-self', text: 'SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name = $1' };
    // On whichever pooled connection runs it, the statement itself is among the prepared ones.
    for (let i = 0; i < 5; i++) {
      expect(await queryPrepared<{ n: number }>(app.server.db.dataSource, statement, [statement.name])).toEqual([{ n: 1 }]);
    }
  });

  it('goes through the data source logger like every statement', async () => {
    const before = app.server.db.queries.count;
    const logged = await loggedDuring(() => queryPrepared(app.server.db.dataSource, { name: 'test.one', text: 'SELECT 1 AS one' }, []));
    expect(logged.filter((q) => q === 'SELECT 1 AS one')).toHaveLength(1);
    expect(app.server.db.queries.count).toBeGreaterThanOrEqual(before + 1);
  });

  it("fails with TypeORM's QueryFailedError, as other statements do", async () => {
    const failing = queryPrepared(app.server.db.dataSource, { name: 'test.bad', text: 'SELECT $1::int AS n' }, ['not a number']);
    await expect(failing).rejects.toBeInstanceOf(QueryFailedError);
    await expect(failing).rejects.toThrow(/invalid input syntax for type integer/);
  });

  it('runs an unnamed statement on the same pool, logged and failing the same way', async () => {
    const before = app.server.db.queries.count;
    const logged = await loggedDuring(async () => expect(await queryPool<{ n: number }>(app.server.db.dataSource, 'SELECT $1::int + 1 AS n', [41])).toEqual([{ n: 42 }]));
    expect(logged.filter((q) => q === 'SELECT $1::int + 1 AS n')).toHaveLength(1);
    expect(app.server.db.queries.count).toBeGreaterThanOrEqual(before + 1);
    // Not kept prepared: nothing of it among the connection's prepared statements.
    expect(await queryPool(app.server.db.dataSource, "SELECT name FROM pg_prepared_statements WHERE statement LIKE 'SELECT $1::int + 1%'", [])).toEqual([]);
    await expect(queryPool(app.server.db.dataSource, 'SELECT $1::int AS n', ['not a number'])).rejects.toBeInstanceOf(QueryFailedError);
  });
});
