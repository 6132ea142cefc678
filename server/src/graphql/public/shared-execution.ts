import {
  createSourceEventStream,
  execute,
  print,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import { isDirectSource, type DirectSource } from '../../core/direct-source';

/**
 * Subscription execution shared between subscribers. graphql-js runs every event through the
 * operation once per subscriber; here an event object is executed once per distinct operation
 * (document, operation name, variables other than the ones that only choose the stream) and
 * the result goes to every subscriber of that event. The live-tracking hub hands the same
 * event object to all pages of a link (and a position to all links of a driver), so with
 * thousands of pages open the work per event is one execution, not one per page.
 */
export function createSharedSubscribe(streamOnlyVariables: readonly string[]) {
  const printed = new WeakMap<DocumentNode, string>();
  const results = new WeakMap<object, Map<string, Promise<ExecutionResult> | ExecutionResult>>();
  let executions = 0;

  const operationKey = (args: ExecutionArgs): string => {
    let text = printed.get(args.document);
    if (text === undefined) {
      text = print(args.document);
      printed.set(args.document, text);
    }
    const variables = Object.entries(args.variableValues ?? {})
      .filter(([name]) => !streamOnlyVariables.includes(name))
      .sort(([a], [b]) => a.localeCompare(b));
    return `${args.operationName ?? ''}\n${JSON.stringify(variables)}\n${text}`;
  };

  const executeShared = (args: ExecutionArgs, key: string, event: unknown): Promise<ExecutionResult> | ExecutionResult => {
    if (typeof event !== 'object' || event === null) return execute({ ...args, rootValue: event });
    let byOperation = results.get(event);
    if (!byOperation) results.set(event, (byOperation = new Map()));
    let result = byOperation.get(key);
    if (!result) {
      executions++;
      result = execute({ ...args, rootValue: event });
      byOperation.set(key, result);
    }
    return result;
  };

  async function subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
    const events = source as AsyncIterableIterator<unknown>;
    // Once per subscription, not per event: the key is the same for all of its events.
    const key = operationKey(args);
    const done = (): IteratorResult<ExecutionResult> => ({ value: undefined, done: true });
    // A plain iterator, not an async generator: return() must reach the source at once, even
    // while next() waits for an event (a generator would queue it behind that wait).
    const results: AsyncIterableIterator<ExecutionResult> & DirectSource<ExecutionResult> = {
      next: async () => {
        const event = await events.next();
        if (event.done) return done();
        // Most results are ready at once (the resolvers of an update are synchronous); awaiting
        // one anyway would cost every subscriber another turn of the microtask queue.
        const result = executeShared(args, key, event.value);
        return { value: result instanceof Promise ? await result : result, done: false };
      },
      return: async () => {
        await events.return?.();
        return done();
      },
      throw: async (error: unknown) => {
        await events.return?.();
        throw error;
      },
      [Symbol.asyncIterator]: () => results,
      // Events handed over directly are executed (or found executed) at once; one whose
      // result is not ready is declined and comes through next().
      listen: (sink) => {
        if (!isDirectSource<unknown>(events)) return;
        events.listen((event) => {
          const result = executeShared(args, key, event);
          return !(result instanceof Promise) && sink(result);
        });
      },
    };
    return results;
  }

  return {
    subscribe,
    /** Executions so far (for tests and metrics). */
    get executions() {
      return executions;
    },
  };
}
