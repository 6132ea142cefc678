import { MAX_BACKOFF_MS, PollLoop, retryPlan } from './delivery-rows';

// The parts of the delivery engine that need no database; the fenced statements are exercised
// by the outbox and webhook suites against PostgreSQL.

describe('retryPlan', () => {
  it('backs off doubling per attempt (with jitter in its upper half), at most 6 h', () => {
    for (let attempt = 1; attempt <= 30; attempt++) {
      const { giveUp, delayMs } = retryPlan({ backoffMs: 1_000, attempts: attempt });
      const full = Math.min(1_000 * 2 ** (attempt - 1), MAX_BACKOFF_MS);
      expect(giveUp).toBe(false);
      expect(delayMs).toBeGreaterThanOrEqual(full / 2);
      expect(delayMs).toBeLessThanOrEqual(full);
    }
  });

  it('gives up on a failure for good, on the last attempt, and past the retry window', () => {
    expect(retryPlan({ backoffMs: 1_000, attempts: 1, permanent: true }).giveUp).toBe(true);
    expect(retryPlan({ backoffMs: 1_000, attempts: 2, maxAttempts: 3 }).giveUp).toBe(false);
    expect(retryPlan({ backoffMs: 1_000, attempts: 3, maxAttempts: 3 }).giveUp).toBe(true);
    const now = Date.now();
    expect(retryPlan({ backoffMs: 1_000, attempts: 1, giveUpAt: new Date(now + 60_000), now }).giveUp).toBe(false);
    // The next attempt (after at least 4 s) would come after the window's end.
    expect(retryPlan({ backoffMs: 1_000, attempts: 4, giveUpAt: new Date(now + 3_000), now }).giveUp).toBe(true);
  });
});

describe('PollLoop', () => {
  it('runs rounds back to back while they say more is due, then waits for wake() or the poll', async () => {
    const at: number[] = [];
    let more = 3;
    const loop = new PollLoop(10_000, async () => (at.push(Date.now()), more-- > 0), () => undefined);
    loop.start();
    await new Promise((r) => setTimeout(r, 100));
    expect(at).toHaveLength(4);
    loop.wake();
    await new Promise((r) => setTimeout(r, 50));
    expect(at).toHaveLength(5);
    await loop.stop();
    expect(loop.running).toBe(false);
  });

  it('stop() waits for the round under way; an error is told and the loop goes on', async () => {
    const errors: unknown[] = [];
    let rounds = 0;
    let finished = false;
    const loop = new PollLoop(
      5,
      async () => {
        rounds++;
        if (rounds === 1) throw new Error('database away');
        await new Promise((r) => setTimeout(r, 50));
        finished = true;
        return false;
      },
      (e) => errors.push(e),
    );
    loop.start();
    await new Promise((r) => setTimeout(r, 20));
    await loop.stop();
    expect(errors).toHaveLength(1);
    expect(rounds).toBe(2);
    expect(finished).toBe(true);
  });
});
