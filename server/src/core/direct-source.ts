/**
 * A stream that can also hand a value straight to its consumer, synchronously, while that
 * consumer is idle (waiting in `next()`) and nothing is queued. With thousands of pages on one
 * event this spares every page its turns of the promise queue between the event and its
 * socket. The sink returns false to decline a value, which then takes the iterator path as
 * usual; either way values keep their order.
 */
export interface DirectSource<T> {
  listen(sink: (value: T) => boolean): void;
}

export function isDirectSource<T>(value: unknown): value is DirectSource<T> {
  return typeof (value as Partial<DirectSource<T>> | null)?.listen === 'function';
}
