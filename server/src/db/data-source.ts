import { DataSource } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';
import { QueryCounter } from './query-counter';
import { POSITION_RETENTION_SETTING } from '../modules/tenants/tenant.sql';

export interface Database {
  dataSource: DataSource;
  queries: QueryCounter;
}

export interface PoolSettings {
  /** statement_timeout of every connection, in ms (0: none). */
  statementTimeoutMs: number;
  /** Most connections open at once (DATABASE_POOL_SIZE); a request waits for one up to 3 s. */
  max: number;
  /** The installation's POSITION_RETENTION_DAYS, told to statements as a session setting. */
  positionRetentionDays?: number;
}

/**
 * The session settings of every connection: a statement that runs longer than the timeout is
 * cancelled by PostgreSQL (a request never holds a connection for minutes, also when its client
 * has gone), and JIT compilation is off: the API's statements are short, and PostgreSQL
 * switches JIT on by cost estimate, which on a large tenant added up to a second of compiling
 * to a statement that then ran for milliseconds. While a statement runs, PostgreSQL checks every
 * second that its connection is still open, and stops the statement if not: the connections of
 * a read whose client went away are closed (adapters/typeorm/pool.ts). The installation's
 * position retention is a setting of its own (tenants/tenant.sql.ts reads it).
 */
export function sessionOptions(settings: PoolSettings): string {
  const retention = settings.positionRetentionDays === undefined ? '' : ` -c ${POSITION_RETENTION_SETTING}=${settings.positionRetentionDays}`;
  return `-c statement_timeout=${settings.statementTimeoutMs} -c jit=off -c client_connection_check_interval=1000${retention}`;
}

export function createDataSource(url: string, onError: (message: string) => void, settings: PoolSettings): Database {
  const queries = new QueryCounter(onError);
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    uuidExtension: 'pgcrypto',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: ['query', 'error'],
    logger: queries,
    // A request waits at most 3 s for a connection: while the database is away it is answered
    // 503 at once rather than queued until it returns. Idle connections are kept for 10 min
    // (node-pg's default closes them after 10 s): a new connection plans every statement
    // afresh, so each lull in traffic used to be followed by a burst of slow first statements.
    extra: {
      max: settings.max,
      application_name: 'tracklink',
      connectionTimeoutMillis: 3_000,
      idleTimeoutMillis: 600_000,
      keepAlive: true,
      options: sessionOptions(settings),
    },
  });
  return { dataSource, queries };
}
