import { QueryFailedError, type DataSource } from 'typeorm';
import { poolOf } from './pool';

/** A hand-written statement sent by name: each pooled connection parses and plans it once. */
export interface PreparedStatement {
  /** Unique in the process; node-pg refuses one name with two texts on a connection. */
  name: string;
  text: string;
}

/**
 * Runs a prepared statement on the data source's pool, outside any transaction (autocommit),
 * and returns its rows. TypeORM's query runner sends every statement unnamed, so PostgreSQL
 * parses and plans it each time; this is for the few hot statements where that shows. It goes
 * through the data source's logger like every other statement (the statement counter, the log
 * of failed statements) and fails with TypeORM's `QueryFailedError`.
 */
export async function queryPrepared<T>(ds: DataSource, statement: PreparedStatement, values: unknown[]): Promise<T[]> {
  ds.logger.logQuery(statement.text, values);
  try {
    const result = await poolOf(ds).query({ name: statement.name, text: statement.text, values });
    return result.rows as T[];
  } catch (error) {
    ds.logger.logQueryError(error as Error, statement.text, values);
    throw new QueryFailedError(statement.text, values, error as Error);
  }
}

/**
 * Runs a statement on the data source's pool (autocommit), unnamed: planned for its values
 * each time, for statements whose best plan depends on them (a search pattern). Logged and
 * failing as `queryPrepared`; without the query runner TypeORM would take a connection through.
 */
export async function queryPool<T>(ds: DataSource, text: string, values: unknown[]): Promise<T[]> {
  ds.logger.logQuery(text, values);
  try {
    const result = await poolOf(ds).query({ text, values });
    return result.rows as T[];
  } catch (error) {
    ds.logger.logQueryError(error as Error, text, values);
    throw new QueryFailedError(text, values, error as Error);
  }
}
