import express, { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import { DomainError } from '../core/errors';
import type { IngestReport } from '../core/batch';
import { Limit, type LimitStore } from '../limits/limiter';
import { rateLimitFields, RATE_LIMIT_HEADER, RATE_LIMIT_POLICY_HEADER, stateOf, type PolicyState } from '../limits/rate-limit-fields';
import { DEVICE_APP_PATH, parseDeviceReport, type DeviceReport } from '../modules/drivers/device-app.formats';
import type { DriverService } from '../modules/drivers/driver.service';

export { DEVICE_APP_PATH };

export interface DeviceAppOptions {
  drivers: DriverService;
  limits: LimitStore;
  /** Requests per minute of one device key. */
  perKeyPerMinute: number;
  /** Unknown or revoked keys per minute from one address, before it is refused for the minute. */
  missesPerMinute: number;
  onIngest: (report: IngestReport) => void;
}

/** Where the request stands against the limits it counted against (RateLimit-Policy and RateLimit). */
function tell(res: Response, states: PolicyState[]) {
  if (!states.length) return;
  const { policy, state } = rateLimitFields(states);
  res.setHeader(RATE_LIMIT_POLICY_HEADER, policy);
  res.setHeader(RATE_LIMIT_HEADER, state);
}

function answer(res: Response, status: number, body: Record<string, unknown>, retryAfter?: number) {
  res.setHeader('Cache-Control', 'no-store');
  if (retryAfter) res.setHeader('Retry-After', String(retryAfter));
  res.status(status).json(body);
}

const refuse = (res: Response, status: number, code: string, message: string, field?: string, retryAfter?: number) =>
  answer(res, status, { error: { code, message, ...(field ? { field } : {}) } }, retryAfter);

/** A body the parsers refused (not JSON, too large) is a 400 or 413 with what was wrong. */
const bodyErrors: ErrorRequestHandler = (error: { status?: number; expose?: boolean; message?: string }, _req, res, next) => {
  if (res.headersSent || !error.status || error.status < 400 || error.status >= 500 || !error.expose) return next(error);
  refuse(res, error.status, error.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', error.message ?? 'The body could not be read');
};

/** A refused position's field, as the app named it. */
function appField(report: DeviceReport, field: string): string {
  const name = field.replace(/^positions\[\d+\]\./, '') as keyof DeviceReport['fieldNames'];
  return report.fieldNames[name] ?? field;
}

/**
 * Positions from driver apps we did not write (device-app.formats.ts), identified by the
 * driver's device key: the same checks, idempotency and events as `reportPositions`. The key
 * travels in the query string (OsmAnd) or the body (Traccar Client JSON); the server logs and
 * traces name the route only, never the URL.
 *
 * Answers: 200 `{accepted, duplicates, refused}` (Traccar Client only looks at the status),
 * 400 `{error: {code, field, message}}` for a malformed request or a position refused, 401 for
 * an unknown or revoked key, 413 for a body over 64 KiB, 429 with Retry-After past a limit.
 * Every answer that got as far as the limits carries RateLimit-Policy and RateLimit: policy
 * "misses" (unknown keys from the address) and, once the key is known, "device" (its requests).
 */
export function deviceAppHandlers(options: DeviceAppOptions): Array<RequestHandler | ErrorRequestHandler> {
  const perKey = new Limit(options.limits, { name: 'device-app-key', points: options.perKeyPerMinute, durationSeconds: 60 });
  const misses = new Limit(options.limits, { name: 'device-app-miss', points: options.missesPerMinute, durationSeconds: 60, blockInMemory: true });
  const ingest: RequestHandler = async (req, res, next) => {
    try {
      if (req.method !== 'GET' && req.method !== 'POST') {
        res.setHeader('Allow', 'GET, POST');
        return refuse(res, 405, 'METHOD_NOT_ALLOWED', 'Send positions with GET or POST');
      }
      let report: DeviceReport;
      try {
        report = parseDeviceReport(req.query as Record<string, unknown>, req.body);
      } catch (error) {
        if (error instanceof DomainError) return refuse(res, 400, 'BAD_REQUEST', error.message, error.field);
        throw error;
      }
      const ip = req.ip ?? '';
      const missed = await misses.peek(ip);
      if (!missed.allowed) {
        tell(res, [stateOf('misses', misses, missed)]);
        return refuse(res, 429, 'RATE_LIMITED', `Too many unknown device identifiers; try again in ${missed.retryAfter} s`, undefined, missed.retryAfter);
      }
      const scope = await options.drivers.scopeOfDeviceKey(report.deviceKey);
      if (!scope) {
        tell(res, [stateOf('misses', misses, await misses.hit(ip))]);
        return refuse(res, 401, 'UNAUTHENTICATED', 'Unknown or revoked device identifier: make a new device key for the driver in the admin console');
      }
      const driverId = scope.principal.kind === 'driver' ? scope.principal.driverId : '';
      const verdict = await perKey.hit(driverId);
      tell(res, [stateOf('device', perKey, verdict), stateOf('misses', misses, missed)]);
      if (!verdict.allowed) return refuse(res, 429, 'RATE_LIMITED', `Too many requests; try again in ${verdict.retryAfter} s`, undefined, verdict.retryAfter);
      const result = await options.drivers.reportPositions(scope, report.positions);
      options.onIngest(result);
      const refused = result.refused.map((r) => ({ index: r.index, field: appField(report, r.field ?? ''), message: r.message.replace(/^positions\[\d+\]\.\w+/, appField(report, r.field ?? '')) }));
      if (refused.length && result.accepted === 0 && result.duplicates === 0) {
        return refuse(res, 400, 'BAD_REQUEST', refused[0].message, refused[0].field);
      }
      answer(res, 200, { accepted: result.accepted, duplicates: result.duplicates, refused });
    } catch (error) {
      next(error);
    }
  };
  return [
    express.json({ limit: '64kb', type: ['application/json', 'text/json', 'application/*+json'] }),
    express.urlencoded({ limit: '64kb', extended: false }),
    ingest,
    bodyErrors,
  ];
}
