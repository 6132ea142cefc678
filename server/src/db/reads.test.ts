import type { EntityManager } from 'typeorm';
import { startTestApp, type TestApp } from '../../test/harness';
import { takeOverlaps } from '../../test/one-query-per-client';
import { readAll } from './reads';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

// Each read says on which connection it ran, and when it began and ended there.
const read = (em: EntityManager) => async (): Promise<{ pid: number; began: string; ended: string }> => {
  const [row] = await em.query('SELECT pg_backend_pid() AS pid, clock_timestamp()::text AS began, pg_sleep(0.05)::text AS slept, clock_timestamp()::text AS ended');
  return row;
};

describe('readAll', () => {
  it('runs the reads in turn inside a transaction, each after the one before has ended', async () => {
    const [first, second] = await app.server.db.dataSource.transaction((em) => readAll(em, [read(em), read(em)] as const));
    expect(second.pid).toBe(first.pid);
    expect(new Date(second.began).getTime()).toBeGreaterThanOrEqual(new Date(first.ended).getTime());
    expect(takeOverlaps()).toEqual([]);
  });

  it('runs them at once through the pool, on connections of their own', async () => {
    const em = app.server.db.dataSource.manager;
    const [first, second] = await readAll(em, [read(em), read(em)] as const);
    expect(second.pid).not.toBe(first.pid);
  });

  it('is needed: two reads at once inside a transaction are caught by the test guard', async () => {
    await app.server.db.dataSource.transaction((em) => Promise.all([read(em)(), read(em)()]));
    const caught = takeOverlaps();
    expect(caught).toHaveLength(1);
    expect(caught[0]).toContain('while another was running on it');
  });
});
