import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * TypeORM's own pg pool for a PostgreSQL data source. TypeORM keeps it as `driver.master`,
 * which it does not document; this is the one place that reaches for it (typeorm is pinned,
 * and pool.test.ts fails by name if an upgrade moves it).
 */
export function poolOf(ds: DataSource): Pool {
  const pool = (ds.driver as unknown as { master?: Pool }).master;
  if (!pool || typeof pool.connect !== 'function') throw new Error("TypeORM's PostgreSQL driver no longer keeps its pool as driver.master");
  return pool;
}

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

type Connect = Pool['connect'];
type ConnectCallback = (err: Error | undefined, client: PoolClient | undefined, release: (release?: unknown) => void) => void;

/**
 * Times every wait for a pooled connection (TypeORM's query runners and prepared statements
 * alike go through `pool.connect`) and reads the pool's counts.
 */
export function observePool(ds: DataSource, onWait: (seconds: number) => void): () => PoolStats {
  const pool = poolOf(ds);
  const connect = pool.connect.bind(pool) as (cb?: ConnectCallback) => Promise<PoolClient> | void;
  const timed = (cb?: ConnectCallback) => {
    const started = process.hrtime.bigint();
    const waited = () => onWait(Number(process.hrtime.bigint() - started) / 1e9);
    if (cb) {
      return connect((err, client, release) => {
        waited();
        cb(err, client, release);
      });
    }
    return (connect() as Promise<PoolClient>).finally(waited);
  };
  pool.connect = timed as unknown as Connect;
  return () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount });
}
