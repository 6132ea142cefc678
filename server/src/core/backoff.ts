/**
 * The delay before retry number `attempt` (1 for the first retry): `baseMs` doubled per attempt
 * up to `capMs`, then spread over its upper half at random ("equal jitter"), so receivers that
 * came back are not hit by every waiting sender at the same moment.
 */
export function retryDelayMs(baseMs: number, attempt: number, capMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(baseMs * 2 ** Math.max(0, attempt - 1), capMs);
  return Math.round(exponential * (0.5 + random() / 2));
}
