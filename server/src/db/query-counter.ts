import type { Logger as OrmLogger } from 'typeorm';
import { currentRequest } from '../observability/request-context';
import { isDatabaseUnavailable } from './availability';

/**
 * Counts the SQL statements the app sends. Tests and benchmarks read it to prove that a list
 * query's statement count does not grow with its page size.
 */
export class QueryCounter implements OrmLogger {
  /** Every statement of the process. */
  count = 0;
  /**
   * The statements of requests (made in a request's async context, so none of the background
   * workers' polls): what a test of one request's statements counts.
   */
  inRequests = 0;

  constructor(private readonly onError: (message: string) => void) {}

  logQuery(): void {
    this.count++;
    if (currentRequest()) this.inRequests++;
  }
  /**
   * A failed statement: its error and the start of its text, never its parameters; nothing while
   * the database is away (readiness says it once), nor for a read whose client went away (its
   * connection was closed on purpose).
   */
  logQueryError(error: string | Error, query: string): void {
    if (isDatabaseUnavailable(error) || currentRequest()?.abandonment?.gone) return;
    this.onError(`query failed: ${error instanceof Error ? error.message : error} -- ${query.slice(0, 300)}`);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
