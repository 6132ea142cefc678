/**
 * A clock every process on this machine agrees on: CLOCK_MONOTONIC (process.hrtime) is
 * system-wide on Linux, so a time taken in the server process and one taken in a client
 * process can be subtracted. Microseconds as a Number (exact for centuries of uptime).
 */
export const nowUs = () => Number(process.hrtime.bigint() / 1000n);

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns a truthy value, or throws after `ms`. */
export async function until(check, ms, what) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(20);
  }
}
