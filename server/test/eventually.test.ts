import { eventually, GiveUp } from './eventually';

describe('eventually', () => {
  it('retries a failing assertion until it passes, and returns its value', async () => {
    let calls = 0;
    const value = await eventually(
      () => {
        calls++;
        expect(calls).toBeGreaterThanOrEqual(3);
        return calls;
      },
      { timeoutMs: 1000, intervalMs: 1 },
    );
    expect(value).toBe(3);
    expect(calls).toBe(3);
  });

  it('takes a probe that answers false as not yet', async () => {
    let calls = 0;
    expect(await eventually(() => ++calls === 2, { timeoutMs: 1000, intervalMs: 1 })).toBe(true);
    expect(calls).toBe(2);
  });

  it('throws the last failure past the deadline, saying what was awaited and for how long', async () => {
    let calls = 0;
    const began = Date.now();
    const failing = eventually(
      () => {
        calls++;
        throw new Error(`not yet (${calls})`);
      },
      { timeoutMs: 60, intervalMs: 5, what: 'the sky to clear' },
    );
    await expect(failing).rejects.toThrow(/^the sky to clear still failed after 60 ms \(\d+ tries\): not yet \(\d+\)$/);
    const error = await failing.catch((e: unknown) => e);
    expect(error instanceof Error && error.message.endsWith(`not yet (${calls})`)).toBe(true);
    expect(Date.now() - began).toBeGreaterThanOrEqual(55);
    expect(calls).toBeGreaterThan(2);
  });

  it('tries at least once, even with no time at all', async () => {
    let calls = 0;
    await expect(eventually(() => ++calls > 1, { timeoutMs: 0 })).rejects.toThrow(/after 0 ms \(1 tries\): the probe answered false/);
    expect(calls).toBe(1);
  });

  it('stops at once on GiveUp', async () => {
    let calls = 0;
    const began = Date.now();
    await expect(
      eventually(
        () => {
          calls++;
          throw new GiveUp('the socket closed');
        },
        { timeoutMs: 5000 },
      ),
    ).rejects.toThrow('the socket closed');
    expect(calls).toBe(1);
    expect(Date.now() - began).toBeLessThan(1000);
  });
});
