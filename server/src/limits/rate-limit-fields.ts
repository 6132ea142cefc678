import type { Limit, Verdict } from './limiter';

/**
 * Where a caller stands against one limit, for the `RateLimit-Policy` and `RateLimit` header
 * fields of the IETF draft (draft-ietf-httpapi-ratelimit-headers): the policy's name, its quota
 * per window, what is left of it and the seconds until the window starts again.
 */
export interface PolicyState {
  name: string;
  quota: number;
  windowSeconds: number;
  remaining: number;
  resetSeconds: number;
}

/** Where a request's limits are told, filled by the limits it passed (or the one that refused it). */
export interface RateLimitSlot {
  states: PolicyState[] | null;
}

export function stateOf(name: string, limit: Limit, verdict: Verdict): PolicyState {
  return {
    name,
    quota: limit.points,
    windowSeconds: limit.durationSeconds,
    remaining: Math.max(0, limit.points - verdict.consumed),
    // Nothing counted yet: a whole window is ahead.
    resetSeconds: verdict.consumed > 0 ? Math.min(verdict.retryAfter, limit.durationSeconds) : limit.durationSeconds,
  };
}

/** The two header fields' values, e.g. `"staff";q=600;w=60` and `"staff";r=523;t=14`. */
export function rateLimitFields(states: readonly PolicyState[]): { policy: string; state: string } {
  return {
    policy: states.map((s) => `"${s.name}";q=${s.quota};w=${s.windowSeconds}`).join(', '),
    state: states.map((s) => `"${s.name}";r=${s.remaining};t=${s.resetSeconds}`).join(', '),
  };
}

export const RATE_LIMIT_POLICY_HEADER = 'RateLimit-Policy';
export const RATE_LIMIT_HEADER = 'RateLimit';
