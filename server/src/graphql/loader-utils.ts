import DataLoader from 'dataloader';

/**
 * A DataLoader that also tells, synchronously, what it has already loaded (or been primed
 * with): a field resolver whose rows were read ahead (the consignment list reads its page's
 * stops, links and orders before the page is resolved) returns the value itself instead of a
 * promise, so graphql-js completes the row without a promise per field and per row.
 */
export class PeekLoader<V> extends DataLoader<string, V> {
  private readonly done: Map<string, V>;

  constructor(fetch: (keys: readonly string[]) => Promise<V[]>) {
    const done = new Map<string, V>();
    super(async (keys) => {
      const values = await fetch(keys);
      for (let i = 0; i < keys.length; i++) if (!(values[i] instanceof Error)) done.set(keys[i], values[i]);
      return values;
    });
    this.done = done;
  }

  /** The value of `key` when it is already loaded, else undefined. */
  peek(key: string): V | undefined {
    return this.done.get(key);
  }

  /** The value of `key` as it is when already loaded, else its load. */
  get(key: string): V | Promise<V> {
    return this.done.has(key) ? this.done.get(key)! : this.load(key);
  }

  override prime(key: string, value: V | PromiseLike<V> | Error): this {
    if (!(value instanceof Error) && !isPromiseLike(value) && !this.done.has(key)) this.done.set(key, value);
    return super.prime(key, value);
  }

  override clear(key: string): this {
    this.done.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.done.clear();
    return super.clearAll();
  }
}

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> => typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/** A loader of one row per key; missing keys resolve to null. */
export function oneLoader<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string): PeekLoader<T | null> {
  return new PeekLoader(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((r) => [keyOf(r), r]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** A loader of every row per key, in the order the fetch returned them. */
export function manyLoader<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string): PeekLoader<T[]> {
  return new PeekLoader(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of rows) byKey.get(keyOf(row))?.push(row);
    return keys.map((k) => byKey.get(k)!);
  });
}
