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
    extra: { max: 20, application_name: 'tracklink' },
  });
  return { dataSource, queries };
}
