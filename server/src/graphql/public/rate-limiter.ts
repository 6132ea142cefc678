import { rateLimited } from '../../core/errors';
import { Limit, type LimitStore } from '../../limits/limiter';
import { stateOf, type RateLimitSlot } from '../../limits/rate-limit-fields';

/** Messages from recipients (POST /public/feedback) one address may send per hour, over every link. */
export const FEEDBACK_PER_ADDRESS_AND_HOUR = 20;

/**
 * The public endpoint's limits per client address and minute (rate-limiter-flexible): page
 * look-ups, and unknown or revoked tokens, after which an address is refused before any
 * look-up. In Redis when REDIS_URL is set, so N replicas allow the limit once, not N times;
 * in this process's memory otherwise. An address over a limit is refused from memory for the
 * rest of its minute, so hammering costs no Redis round trip.
 */
export class PublicLimits {
  private readonly lookups: Limit;
  private readonly misses: Limit;
  private readonly messages: Limit;

  constructor(store: LimitStore, lookupsPerMinute: number, missesPerMinute: number, messagesPerHour = FEEDBACK_PER_ADDRESS_AND_HOUR) {
    this.lookups = new Limit(store, { name: 'public-lookups', points: lookupsPerMinute, durationSeconds: 60, blockInMemory: true });
    this.misses = new Limit(store, { name: 'public-misses', points: missesPerMinute, durationSeconds: 60 });
    this.messages = new Limit(store, { name: 'public-feedback', points: messagesPerHour, durationSeconds: 3600 });
  }

  /**
   * Counts a recipient's message (instructions, a rating) from this address; RATE_LIMITED over
   * the hour's limit. Where the address stands is added to `slot` (policy "feedback").
   */
  async message(ip: string, slot?: RateLimitSlot): Promise<void> {
    const hit = await this.messages.hit(ip);
    if (slot) slot.states = [...(slot.states ?? []), stateOf('feedback', this.messages, hit)];
    if (!hit.allowed) throw rateLimited(hit.retryAfter);
  }

  /**
   * Counts a look-up from this address; RATE_LIMITED when it is over either limit. Where the
   * address stands is told in `slot` (policies "lookups" and "misses").
   */
  async check(ip: string, slot?: RateLimitSlot): Promise<void> {
    // Both in one round trip (the client pipelines commands sent together).
    const [lookup, missed] = await Promise.all([this.lookups.hit(ip), this.misses.peek(ip)]);
    if (slot) slot.states = [stateOf('lookups', this.lookups, lookup), stateOf('misses', this.misses, missed)];
    if (lookup.allowed && missed.allowed) return;
    throw rateLimited(Math.max(lookup.allowed ? 0 : lookup.retryAfter, missed.allowed ? 0 : missed.retryAfter));
  }

  /** Counts an unknown or revoked token. */
  async miss(ip: string): Promise<void> {
    await this.misses.hit(ip);
  }
}
