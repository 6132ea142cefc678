import { DataSource } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';
import { QueryCounter } from './query-counter';

export interface Database {
  dataSource: DataSource;
  queries: QueryCounter;
}

export function createDataSource(url: string, onError: (message: string) => void): Database {
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
    // 503 at once rather than queued until it returns.
    extra: { max: 20, application_name: 'tracklink', connectionTimeoutMillis: 3_000, keepAlive: true },
  });
  return { dataSource, queries };
}
