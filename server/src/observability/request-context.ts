import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line of a request carries, wherever in the code it is written. */
export interface RequestContext {
  requestId: string;
  /** The GraphQL operation, once known (its name, or "anonymous"). */
  operation?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runInRequest<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}
