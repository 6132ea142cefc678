import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/**
 * Counts GraphQL operations still executing. Draining the HTTP server does not wait for them
 * when their client has gone away, so shutdown waits here before the database pool closes.
 */
export class InFlightOperations {
  private running = 0;
  private waiters: Array<() => void> = [];

  readonly plugin: ApolloServerPlugin<BaseContext> = {
    requestDidStart: async () => {
      this.running++;
      return {
        willSendResponse: async () => {
          this.running--;
          if (this.running === 0) this.waiters.splice(0).forEach((wake) => wake());
        },
      };
    },
  };

  /** Resolves when no operation is running, or after `maxMs` at the latest. */
  idle(maxMs: number): Promise<void> {
    if (this.running === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, maxMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
