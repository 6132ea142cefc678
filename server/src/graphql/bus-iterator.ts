import type { EventBus, Topic, TopicPayloads } from '../bus/event-bus';

/**
 * The events of one topic as an async iterator for a subscription, filtered and mapped per
 * subscriber. At most `limit` events wait for a slow reader; older ones are dropped.
 */
const open = new WeakMap<EventBus, number>();

/** Live subscriptions open now on a bus (for metrics). */
export const openBusIterators = (bus: EventBus): number => open.get(bus) ?? 0;

export async function busIterator<T extends Topic, R>(
  bus: EventBus,
  topic: T,
  map: (payload: TopicPayloads[T]) => R | null,
  limit = 100,
): Promise<AsyncIterableIterator<R>> {
  const pending: R[] = [];
  let waiting: ((result: IteratorResult<R>) => void) | null = null;
  let done = false;
  const unsubscribe = await bus.subscribe(topic, (payload) => {
    if (done) return;
    const value = map(payload);
    if (value === null) return;
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve({ value, done: false });
      return;
    }
    pending.push(value);
    if (pending.length > limit) pending.shift();
  });
  open.set(bus, openBusIterators(bus) + 1);
  const finish = (): Promise<IteratorResult<R>> => {
    if (!done) {
      done = true;
      open.set(bus, openBusIterators(bus) - 1);
      unsubscribe();
      pending.length = 0;
      waiting?.({ value: undefined, done: true });
      waiting = null;
    }
    return Promise.resolve({ value: undefined, done: true });
  };
  const iterator: AsyncIterableIterator<R> = {
    next: () => {
      const value = pending.shift();
      if (value !== undefined) return Promise.resolve({ value, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => (waiting = resolve));
    },
    return: finish,
    throw: (error) => finish().then(() => Promise.reject(error)),
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
