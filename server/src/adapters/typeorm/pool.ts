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
 * Wraps `pool.connect` (TypeORM's query runners and prepared statements alike go through it,
 * in its callback form or its promise form): `begin` runs at the call, in the caller's context,
 * and returns what runs once the checkout has settled (a client, or an error).
 */
function aroundConnect(ds: DataSource, begin: () => (client: PoolClient | undefined) => void): Pool {
  const pool = poolOf(ds);
  const connect = pool.connect.bind(pool) as (cb?: ConnectCallback) => Promise<PoolClient> | void;
  const wrapped = (cb?: ConnectCallback) => {
    const settled = begin();
    if (cb) {
      return connect((err, client, release) => {
        settled(err ? undefined : client);
        // The client's own release: `settled` may have wrapped it.
        cb(err, client, client && !err ? (client.release as (release?: unknown) => void) : release);
      });
    }
    return (connect() as Promise<PoolClient>).then(
      (client) => (settled(client), client),
      (error: unknown) => {
        settled(undefined);
        throw error;
      },
    );
  };
  pool.connect = wrapped as unknown as Connect;
  return pool;
}

/** Times every wait for a pooled connection and reads the pool's counts. */
export function observePool(ds: DataSource, onWait: (seconds: number) => void): () => PoolStats {
  const pool = aroundConnect(ds, () => {
    const started = process.hrtime.bigint();
    return () => onWait(Number(process.hrtime.bigint() - started) / 1e9);
  });
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
  aroundConnect(ds, () => {
    const abandonment = currentRequest()?.abandonment;
    return (client) => {
      const unhold = client && abandonment?.hold(() => void client.end().catch(() => undefined));
      if (!client || !unhold) return;
      // pg-pool gives each checkout its own client.release; the request lets go of the
      // connection however it is given back.
      const release = client.release;
      client.release = (err?: boolean | Error) => (unhold(), release(err));
    };
  });
}
