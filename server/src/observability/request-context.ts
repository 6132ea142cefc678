import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line of a request carries, wherever in the code it is written. */
export interface RequestContext {
  requestId: string;
  /** The GraphQL operation, once known (its name, or "anonymous"). */
  operation?: string;
  /** The request's database connections, ended when its client goes away (reads only). */
  abandonment?: Abandonment;
}

/**
 * What a request has checked out of the pool while it may be cancelled, so that the work stops
 * when nobody waits for the answer: a read whose client has gone (closed tab, timed-out proxy)
 * would otherwise keep its connection and its statements running until they end or the
 * statement timeout stops them. Only reads may be cancelled: a mutation runs to its commit or
 * rollback whether or not its client still listens, and so does what runs after its commit.
 */
export class Abandonment {
  private cancellable = false;
  private abandoned = false;
  private readonly held = new Set<() => void>();

  /** From now on, the request's connections are ended if its client goes away. */
  allowCancel(): void {
    this.cancellable = true;
  }

  /** True once the client went away while the request could be cancelled. */
  get gone(): boolean {
    return this.abandoned;
  }

  /**
   * A connection the request has just checked out; `end` closes it (PostgreSQL then stops
   * its statement). Returns what to call when the connection is given back, or null when the
   * request may not be cancelled (the connection is not held).
   */
  hold(end: () => void): (() => void) | null {
    if (!this.cancellable) return null;
    if (this.abandoned) {
      end();
      return () => undefined;
    }
    this.held.add(end);
    return () => this.held.delete(end);
  }

  /** The client went away before its answer was sent. */
  abandon(): void {
    if (!this.cancellable || this.abandoned) return;
    this.abandoned = true;
    for (const end of this.held) end();
    this.held.clear();
  }
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runInRequest<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}
