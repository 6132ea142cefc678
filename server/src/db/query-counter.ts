import type { Logger as OrmLogger } from 'typeorm';

/**
 * Counts the SQL statements the app sends. Tests and benchmarks read it to prove that a list
 * query's statement count does not grow with its page size.
 */
export class QueryCounter implements OrmLogger {
  count = 0;

  constructor(private readonly onError: (message: string) => void) {}

  logQuery(): void {
    this.count++;
  }
  logQueryError(error: string | Error, query: string): void {
    this.onError(`query failed: ${error instanceof Error ? error.message : error} -- ${query.slice(0, 500)}`);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
