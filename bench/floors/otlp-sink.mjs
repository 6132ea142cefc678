/**
 * An OTLP/HTTP collector that takes every batch of spans and keeps only their count: where a
 * traced product sends its traces in scenario G, so that the cost measured is the product's.
 */
import http from 'node:http';
import { serveParent } from '../lib/rpc.mjs';

serveParent(async () => {
  let batches = 0;
  let bytes = 0;
  const server = http.createServer((req, res) => {
    req.on('data', (chunk) => (bytes += chunk.length));
    req.on('end', () => {
      batches++;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    info: { url: `http://127.0.0.1:${server.address().port}`, pid: process.pid },
    handlers: { received: () => ({ batches, bytes }) },
  };
});
