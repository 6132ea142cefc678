import { Limit, type LimitStore } from '../../limits/limiter';

export interface LoginThrottleOptions {
  /** Failed sign-ins of an account (from anywhere) that lock it. */
  lockAfter: number;
  lockMinutes: number;
}

/** Failures of an account that cost nothing; from the next one on each waits twice as long. */
export const FREE_FAILURES = 3;
/** Failed sign-ins from one address, over every account, per hour before the address is refused. */
export const ADDRESS_FAILURES_PER_HOUR = 100;

export type LoginVerdict = { allowed: true } | { allowed: false; retryAfter: number };

/**
 * Guessing passwords, throttled (rate-limiter-flexible, shared through Redis when REDIS_URL is
 * set): an account's failed sign-ins make each next attempt wait longer (1 s, 2 s, 4 s … after
 * the first FREE_FAILURES) until `lockAfter` failures lock it for `lockMinutes`; a success
 * clears the account's count. An address is refused for an hour after
 * ADDRESS_FAILURES_PER_HOUR failures, whatever the accounts. A refused attempt checks no
 * password, so it costs no hashing and tells nothing.
 */
export class LoginThrottle {
  private readonly accountFailures: Limit;
  private readonly addressFailures: Limit;
  /** Keys refused until their block ends ("a:" accounts, "ip:" addresses). */
  private readonly waits: Limit;

  constructor(
    store: LimitStore,
    private readonly options: LoginThrottleOptions,
  ) {
    // A day's window: failures far apart still add up (a success resets them).
    this.accountFailures = new Limit(store, { name: 'login-fail-account', points: options.lockAfter, durationSeconds: 24 * 3600 });
    this.addressFailures = new Limit(store, { name: 'login-fail-address', points: ADDRESS_FAILURES_PER_HOUR, durationSeconds: 3600 });
    this.waits = new Limit(store, { name: 'login-wait', points: 1, durationSeconds: 1 });
  }

  /** Whether a sign-in to this account from this address may be tried now. */
  async check(email: string, ip: string): Promise<LoginVerdict> {
    const [account, address] = await Promise.all([this.waits.peek(`a:${email}`), this.waits.peek(`ip:${ip}`)]);
    if (account.allowed && address.allowed) return { allowed: true };
    return { allowed: false, retryAfter: Math.max(account.allowed ? 0 : account.retryAfter, address.allowed ? 0 : address.retryAfter) };
  }

  /** Counts a failed sign-in; says whether it locked the account just now. */
  async failed(email: string, ip: string): Promise<{ locked: boolean; failures: number }> {
    const [account, address] = await Promise.all([this.accountFailures.hit(email), this.addressFailures.hit(ip)]);
    const failures = account.consumed;
    const work: Array<Promise<void>> = [];
    let locked = false;
    if (failures >= this.options.lockAfter) {
      locked = failures === this.options.lockAfter;
      work.push(this.waits.block(`a:${email}`, this.options.lockMinutes * 60));
      // Counting starts again once the lock has passed.
      if (locked) work.push(this.accountFailures.reset(email));
    } else if (failures > FREE_FAILURES) {
      work.push(this.waits.block(`a:${email}`, 2 ** (failures - FREE_FAILURES - 1)));
    }
    if (address.consumed >= ADDRESS_FAILURES_PER_HOUR) work.push(this.waits.block(`ip:${ip}`, address.retryAfter));
    await Promise.all(work);
    return { locked, failures };
  }

  /** A successful sign-in: the account's failures are forgiven. */
  async succeeded(email: string): Promise<void> {
    await this.accountFailures.reset(email);
  }
}
