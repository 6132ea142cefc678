export interface EventuallyOptions {
  /** How long the assertion may keep failing before the test fails. */
  timeoutMs: number;
  /** Pause between tries; default 10 ms. */
  intervalMs?: number;
  /** What is awaited, for the failure message. */
  what?: string;
}

/** Thrown by an assertion that can no longer pass (the socket closed, the process exited): no more tries. */
export class GiveUp extends Error {}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const messageOf = (failure: unknown) => (failure instanceof Error ? failure.message : String(failure));

/**
 * Tries `assertion` until it passes, and returns what it returned. It fails a try by throwing
 * (an `expect` that does not hold) or by returning `false` (a probe). Past the deadline the last
 * failure is thrown, with what was awaited and for how long; a `GiveUp` is thrown at once.
 */
export async function eventually<T>(assertion: () => T | Promise<T>, options: EventuallyOptions): Promise<Exclude<T, false>> {
  const { timeoutMs, intervalMs = 10, what = 'the assertion' } = options;
  const deadline = Date.now() + timeoutMs;
  let tries = 0;
  for (;;) {
    tries++;
    let failure: unknown;
    try {
      const value = await assertion();
      if (value !== false) return value as Exclude<T, false>;
      failure = new Error('the probe answered false');
    } catch (error) {
      if (error instanceof GiveUp) throw error;
      failure = error;
    }
    const left = deadline - Date.now();
    if (left <= 0) {
      throw new Error(`${what} still failed after ${timeoutMs} ms (${tries} tries): ${messageOf(failure)}`, { cause: failure });
    }
    await sleep(Math.min(intervalMs, left));
  }
}
