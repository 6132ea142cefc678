import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { currentRequest } from '../../observability/request-context';

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

/**
 * Every connection checked out while a cancellable request runs (observability/
 * request-context.ts) is held by that request until given back; if the client goes away
 * meanwhile, the connection is ended. node-pg then destroys its socket, the statement fails
 * at once in this process, and PostgreSQL stops it within `client_connection_check_interval`
 * (data-source.ts); the pool drops the ended connection instead of lending it again, so no
 * other request can meet it.
 */
export function endConnectionsOfAbandonedRequests(ds: DataSource): void {
  const pool = poolOf(ds);
  const connect = pool.connect.bind(pool) as (cb?: ConnectCallback) => Promise<PoolClient> | void;
  const holding = (cb?: ConnectCallback) => {
    // Read at the call, in the caller's context (the callback may run in the pool's).
    const abandonment = currentRequest()?.abandonment;
    // pg-pool gives each checkout its own client.release (its callback's third argument is the
    // same function); the request lets go of the connection whichever way it is given back.
    const hold = (client: PoolClient) => {
      const unhold = abandonment?.hold(() => void client.end().catch(() => undefined));
      if (!unhold) return;
      const release = client.release;
      client.release = (err?: boolean | Error) => (unhold(), release(err));
    };
    if (cb) {
      return connect((err, client, release) => {
        if (err || !client || !abandonment) return cb(err, client, release);
        hold(client);
        cb(err, client, client.release as (release?: unknown) => void);
      });
    }
    return (connect() as Promise<PoolClient>).then((client) => (abandonment && hold(client), client));
  };
  pool.connect = holding as unknown as Connect;
}
