import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { Metrics } from '../observability/metrics';

/** GET /metrics in Prometheus's text format; with a token, only for `Authorization: Bearer <token>`. */
export function metricsHandler(metrics: Metrics, token: string | undefined): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  const expected = token ? Buffer.from(`Bearer ${token}`) : null;
  return (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (expected) {
      const given = Buffer.from(req.headers.authorization ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        res.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8', 'WWW-Authenticate': 'Bearer' });
        res.end('Send the metrics token as Authorization: Bearer <METRICS_TOKEN>\n');
        return;
      }
    }
    metrics.exposition().then(
      ({ contentType, body }) => {
        res.writeHead(200, { 'Content-Type': contentType });
        res.end(body);
      },
      () => {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('metrics are unavailable\n');
      },
    );
  };
}

/** /metrics on a port of its own (METRICS_PORT), for a network only Prometheus reaches. */
export async function startMetricsServer(metrics: Metrics, port: number, host: string): Promise<http.Server> {
  const handle = metricsHandler(metrics, undefined);
  const server = http.createServer((req, res) => {
    if ((req.url ?? '').split('?')[0] === '/metrics') return handle(req, res);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
