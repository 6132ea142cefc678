import { createHash } from 'node:crypto';
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * Where the counters of every limit live: one Redis shared by all replicas when REDIS_URL is
 * set, else this process's memory. With Redis, each limit keeps an in-memory twin as its
 * insurance, so a Redis outage makes the limits per process for a while, never absent.
 */
export interface LimitStore {
  /** Null: counters in memory. */
  readonly redis: Redis | null;
  /** Keys start with it: installations (databases) sharing one Redis count apart. */
  readonly prefix: string;
  close(): Promise<void>;
}

/** Whether a Redis error only says that Redis cannot be reached now (the readiness check tells that, once). */
export function isRedisUnavailable(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE'].includes(code)) return true;
  return typeof message === 'string' && /Stream isn't writeable|Connection is closed|connect E[A-Z]+|max retries per request/i.test(message);
}

/** `installation` names what the replicas share (their database), so another one's counters never mix in. */
export function createLimitStore(redisUrl: string | undefined, installation: string, onError: (error: Error) => void): LimitStore {
  const prefix = `tracklink:${createHash('sha256').update(installation).digest('hex').slice(0, 12)}`;
  if (!redisUrl) return { redis: null, prefix, close: async () => undefined };
  // No offline queue: while Redis is away a command fails at once and the insurance counts.
  const redis = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, enableAutoPipelining: true });
  redis.on('error', onError);
  return {
    redis,
    prefix,
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** The answer of a limit: allowed or not, and when to come back (whole seconds, at least 1). */
export interface Verdict {
  allowed: boolean;
  retryAfter: number;
  /** Points used in the current window, this hit included. */
  consumed: number;
}

export interface LimitOptions {
  /** Unique among the limits; the prefix of its keys in Redis. */
  name: string;
  points: number;
  durationSeconds: number;
  /**
   * Once over the limit, the key is refused from memory for the rest of its window: an address
   * that hammers costs no Redis round trip per request.
   */
  blockInMemory?: boolean;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** A fixed-window counter per key (rate-limiter-flexible), in Redis or in memory. */
export class Limit {
  readonly points: number;
  readonly durationSeconds: number;
  private readonly limiter: RateLimiterAbstract;

  constructor(store: LimitStore, options: LimitOptions) {
    this.points = options.points;
    this.durationSeconds = options.durationSeconds;
    const base = { keyPrefix: `${store.prefix}:${options.name}`, points: options.points, duration: options.durationSeconds };
    const memory = new RateLimiterMemory(base);
    this.limiter = store.redis
      ? new RateLimiterRedis({
          ...base,
          storeClient: store.redis,
          insuranceLimiter: memory,
          ...(options.blockInMemory ? { inMemoryBlockOnConsumed: options.points + 1 } : {}),
        })
      : memory;
  }

  /** Counts `points` for the key. */
  async hit(key: string, points = 1): Promise<Verdict> {
    try {
      const res = await this.limiter.consume(key, points);
      return { allowed: true, retryAfter: seconds(res.msBeforeNext), consumed: res.consumedPoints };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        return { allowed: false, retryAfter: seconds(rejection.msBeforeNext), consumed: rejection.consumedPoints };
      }
      throw rejection;
    }
  }

  /** Whether the key still has points left, without counting. */
  async peek(key: string): Promise<Verdict> {
    const res = await this.limiter.get(key);
    if (!res) return { allowed: true, retryAfter: 1, consumed: 0 };
    return { allowed: res.consumedPoints < this.points, retryAfter: seconds(res.msBeforeNext), consumed: res.consumedPoints };
  }

  /** Refuses the key for `durationSeconds` from now. */
  async block(key: string, durationSeconds: number): Promise<void> {
    await this.limiter.block(key, durationSeconds);
  }

  /** Forgets the key's count. */
  async reset(key: string): Promise<void> {
    await this.limiter.delete(key);
  }
}
