import type { EntityManager } from 'typeorm';

type Reads<T extends readonly unknown[]> = { readonly [K in keyof T]: () => Promise<T[K]> };

/**
 * Runs reads that do not depend on one another: at once through the pool (each on a connection
 * of its own), one after another inside a transaction, whose one connection runs one statement
 * at a time (pg queues a second one and warns; pg 9 refuses it).
 */
export async function readAll<T extends readonly unknown[]>(em: EntityManager, reads: Reads<T>): Promise<T> {
  if (!em.queryRunner) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const out: unknown[] = [];
  for (const read of reads) out.push(await read());
  return out as unknown as T;
}
