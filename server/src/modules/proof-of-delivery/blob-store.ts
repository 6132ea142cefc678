import type { EntityManager } from 'typeorm';

/** Where a blob's bytes are kept (proof_of_delivery_images.storage). */
export type BlobStorage = 'POSTGRES' | 'S3';

/**
 * Where proof-of-delivery image bytes live. `put` and `remove` take the caller's transaction:
 * the PostgreSQL store writes in it (the bytes commit or roll back with the proof); a bucket
 * cannot, so the service removes what a failed transaction put, and what a committed one
 * replaced, once it knows.
 */
export interface BlobStore {
  readonly storage: BlobStorage;
  /** Whether put and remove take part in the caller's transaction. */
  readonly transactional: boolean;
  put(em: EntityManager, key: string, bytes: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  remove(em: EntityManager | null, keys: readonly string[]): Promise<void>;
  /** Lets go of its connections (at shutdown). */
  close?(): void;
}

/** The store could not be reached or refused the request: the caller may try again later. */
export class BlobStoreUnavailable extends Error {
  constructor(override readonly cause: unknown) {
    super('The image store is unavailable');
    this.name = 'BlobStoreUnavailable';
  }
}

/** The default: a bytea table (pod_blobs), so every replica serves every image. */
export class PostgresBlobStore implements BlobStore {
  readonly storage = 'POSTGRES' as const;
  readonly transactional = true;

  constructor(private readonly manager: EntityManager) {}

  async put(em: EntityManager, key: string, bytes: Buffer): Promise<void> {
    await em.query('INSERT INTO pod_blobs (key, bytes) VALUES ($1, $2)', [key, bytes]);
  }

  async get(key: string): Promise<Buffer | null> {
    const [row] = (await this.manager.query('SELECT bytes FROM pod_blobs WHERE key = $1', [key])) as Array<{ bytes: Buffer }>;
    return row?.bytes ?? null;
  }

  async remove(em: EntityManager | null, keys: readonly string[]): Promise<void> {
    if (keys.length) await (em ?? this.manager).query('DELETE FROM pod_blobs WHERE key = ANY($1::text[])', [[...keys]]);
  }
}
