import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import type { LimitStore } from './limiter';

/** A replica that has not said it is alive for this long no longer counts (it crashed). */
const STALE_MS = 30_000;
const HEARTBEAT_MS = 10_000;

// KEYS[1]: the key's hash (replica → open sockets); KEYS[2]: the replicas' heartbeats.
// ARGV: replica, cap, now (ms), stale after (ms). Counts live replicas' sockets, forgets dead
// ones', and takes a slot when there is one: atomically, so two replicas never both take the last.
const OPEN = `
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
local stale = tonumber(ARGV[3]) - tonumber(ARGV[4])
local fields = redis.call('HGETALL', KEYS[1])
local total = 0
for i = 1, #fields, 2 do
  local seen = redis.call('ZSCORE', KEYS[2], fields[i])
  if seen and tonumber(seen) >= stale then total = total + tonumber(fields[i + 1])
  else redis.call('HDEL', KEYS[1], fields[i]) end
end
if total >= tonumber(ARGV[2]) then return 0 end
redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
redis.call('EXPIRE', KEYS[1], 86400)
return 1`;
const CLOSE = `
local n = redis.call('HINCRBY', KEYS[1], ARGV[1], -1)
if n <= 0 then redis.call('HDEL', KEYS[1], ARGV[1]) end
return n`;

type Scripts = Redis & {
  tracklinkSocketOpen(hash: string, replicas: string, replica: string, cap: number, now: number, staleMs: number): Promise<number>;
  tracklinkSocketClose(hash: string, replica: string): Promise<number>;
};

/**
 * Open connections per key (a client address) with a cap over every replica: in Redis when
 * the limits are (each replica's count in one hash per key, replicas that stop beating
 * forgotten, so a crash frees its slots), else in this process. While Redis is away, the
 * count falls back to this process.
 */
export class SharedSocketCount {
  private readonly local = new Map<string, number>();
  private readonly replica = randomUUID();
  private readonly redis: Scripts | null;
  private readonly replicasKey: string;
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: LimitStore,
    private readonly name: string,
    readonly cap: number,
    private readonly onError: (error: Error) => void,
  ) {
    this.redis = store.redis as Scripts | null;
    this.replicasKey = `${store.prefix}:${name}:replicas`;
    if (this.redis) {
      this.redis.defineCommand('tracklinkSocketOpen', { numberOfKeys: 2, lua: OPEN });
      this.redis.defineCommand('tracklinkSocketClose', { numberOfKeys: 1, lua: CLOSE });
      this.heartbeat = setInterval(() => {
        this.redis!.zadd(this.replicasKey, Date.now(), this.replica).catch((error: Error) => this.onError(error));
      }, HEARTBEAT_MS);
      this.heartbeat.unref();
    }
  }

  private hashOf(key: string): string {
    return `${this.store.prefix}:${this.name}:${key}`;
  }

  /**
   * Takes a slot for one more connection of the key; returns what gives it back, or null when
   * the key has `cap` open already.
   */
  async open(key: string): Promise<(() => void) | null> {
    if (this.redis) {
      try {
        const taken = await this.redis.tracklinkSocketOpen(this.hashOf(key), this.replicasKey, this.replica, this.cap, Date.now(), STALE_MS);
        if (!taken) return null;
        return once(() => {
          this.redis!.tracklinkSocketClose(this.hashOf(key), this.replica).catch((error: Error) => this.onError(error));
        });
      } catch (error) {
        this.onError(error as Error);
      }
    }
    const count = this.local.get(key) ?? 0;
    if (count >= this.cap) return null;
    this.local.set(key, count + 1);
    return once(() => {
      const left = (this.local.get(key) ?? 1) - 1;
      if (left > 0) this.local.set(key, left);
      else this.local.delete(key);
    });
  }

  stop(): void {
    clearInterval(this.heartbeat);
  }
}

function once(work: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    work();
  };
}
