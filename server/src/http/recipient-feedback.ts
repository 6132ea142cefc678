import { rateLimitFields, RATE_LIMIT_HEADER, RATE_LIMIT_POLICY_HEADER, type RateLimitSlot } from '../limits/rate-limit-fields';
import type { RequestHandler } from 'express';
import { DomainError } from '../core/errors';
import { isDatabaseUnavailable } from '../db/availability';
import { domainErrorExtensions } from '../graphql/errors';
import type { PublicEndpoint } from '../graphql/public/endpoint';
import type { FeedbackService } from '../modules/feedback/feedback.service';
import { UnavailableReason } from '../modules/public-tracking/public-tracking.types';
import { feedbackView } from '../modules/public-tracking/tracking-view';

const STATUS: Partial<Record<DomainError['code'], number>> = {
  INVALID_INPUT: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

function send(res: Parameters<RequestHandler>[1], status: number, body: unknown): void {
  res.status(status).json(body);
}

/**
 * `POST /public/feedback` with a JSON body `{ token, instructions }` before delivery or
 * `{ token, rating, comment? }` after it: the recipient's word back through an available
 * link whose page has the feedback section. The token travels in the body, never the URL.
 * Limits: the public look-up limits (an unknown token counts as a miss), messages per address
 * and hour (FEEDBACK_PER_ADDRESS_AND_HOUR), submissions per link (FEEDBACK_LIMITS), 16 KB.
 * Errors have the public endpoint's shape: `{ errors: [{ message, extensions: { code, field } }] }`.
 */
export function recipientFeedbackHandler(
  endpoint: PublicEndpoint,
  feedback: FeedbackService,
  log: (...args: unknown[]) => void,
  /** Counts a refusal by a rate limit (the tracklink_rate_limited_total metric). */
  onRateLimited: () => void = () => undefined,
): RequestHandler {
  return async (req, res) => {
    const ip = req.ip ?? '';
    const slot: RateLimitSlot = { states: null };
    const tell = () => {
      if (!slot.states?.length) return;
      const { policy, state } = rateLimitFields(slot.states);
      res.setHeader(RATE_LIMIT_POLICY_HEADER, policy);
      res.setHeader(RATE_LIMIT_HEADER, state);
    };
    try {
      if (!req.is('application/json')) {
        send(res, 415, { errors: [{ message: 'Send the message as application/json', extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
      const { tracking, limits } = endpoint.context(ip);
      try {
        await limits.check(ip, slot);
        await limits.message(ip, slot);
      } finally {
        tell();
      }
      const body: unknown = req.body;
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new DomainError('INVALID_INPUT', 'The body must be a JSON object', 'body');
      const { token } = body as Record<string, unknown>;
      if (typeof token !== 'string' || !token) throw new DomainError('INVALID_INPUT', 'token: is required', 'token');
      const link = await tracking.contextForToken(token);
      if (!link || link.unavailable === UnavailableReason.NOT_AVAILABLE) {
        await limits.miss(ip);
        throw new DomainError('NOT_FOUND', 'This tracking link is not available');
      }
      if (link.unavailable === UnavailableReason.EXPIRED) throw new DomainError('FORBIDDEN', 'This tracking link has expired');
      const saved = await feedback.submit(link, body as Record<string, unknown>);
      send(res, 200, { feedback: feedbackView(link.status, saved) });
    } catch (error) {
      if (error instanceof DomainError) {
        if (error.code === 'RATE_LIMITED') onRateLimited();
        if (error.retryAfter) res.setHeader('Retry-After', String(error.retryAfter));
        send(res, STATUS[error.code] ?? 400, { errors: [{ message: error.message, extensions: domainErrorExtensions(error) }] });
      } else if (isDatabaseUnavailable(error)) {
        res.setHeader('Retry-After', '5');
        send(res, 503, { errors: [{ message: 'Tracklink is unavailable for a moment; try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
      } else {
        log('recipient feedback failed:', error);
        send(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      }
    }
  };
}
