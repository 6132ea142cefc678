import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { Logger } from '../logger';
import type { Metrics } from '../observability/metrics';
import { Abandonment, runInRequest, type RequestContext } from '../observability/request-context';
import { routeOf } from '../observability/route';

/** A request id we take from a proxy we trust: short, and nothing that could forge a log line. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Routes whose every request is worth a line at info; the rest (assets, health checks) at debug. */
const NOTEWORTHY = new Set(['/graphql', '/public/graphql', '/t/:token']);

/**
 * Every HTTP request: a request id (the trusted proxy's `X-Request-Id`, else a new one, and
 * always sent back), the request handled inside that id's context (so every line it logs
 * carries it), one line when it is answered (route, status, duration, GraphQL operation), and
 * its duration in the metrics. A read whose client goes away before its answer is stopped, its
 * statements with it (observability/request-context.ts).
 */
export function observeRequests(
  handle: (req: http.IncomingMessage, res: http.ServerResponse) => void,
  options: { log: Logger; metrics: Metrics; fromTrustedProxy: (req: http.IncomingMessage) => boolean },
): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  return (req, res) => {
    const started = process.hrtime.bigint();
    const offered = req.headers['x-request-id'];
    const requestId = typeof offered === 'string' && REQUEST_ID.test(offered) && options.fromTrustedProxy(req) ? offered : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    const context: RequestContext = { requestId, abandonment: new Abandonment() };
    const route = routeOf(req.url);
    res.once('close', () => {
      // Closed before the whole answer went out: the client has gone; stop its reads.
      if (!res.writableFinished) context.abandonment?.abandon();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = res.headersSent ? res.statusCode : 499;
      options.metrics.httpDuration.observe({ route, method: req.method ?? 'GET', status_class: `${Math.floor(status / 100)}xx` }, seconds);
      runInRequest(context, () =>
        options.log.line(NOTEWORTHY.has(route) || status >= 500 ? 'info' : 'debug', { method: req.method, route, status, durationMs: Math.round(seconds * 1e4) / 10 }, 'request answered'),
      );
    });
    runInRequest(context, () => handle(req, res));
  };
}
