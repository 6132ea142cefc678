/**
 * The webhook receiver of scenario H, in a process of its own: answers every POST 204 at once,
 * counts what it got per run, checks that each consignment's sequence numbers come in order,
 * and verifies the signature of a sample (every one in smoke runs) with the standardwebhooks
 * package, as a receiver would.
 */
import http from 'node:http';
import { Webhook } from 'standardwebhooks';
import { serveParent } from '../lib/rpc.mjs';

let run = null;
const fresh = (secret, verifyEvery) => ({ secret, verifier: new Webhook(secret), verifyEvery, count: 0, ids: new Set(), last: new Map(), outOfOrder: 0, badSignatures: 0, verified: 0, firstAt: 0, lastAt: 0 });

serveParent(async () => {
  const server = http.createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      res.writeHead(204).end();
      if (!run) return;
      const body = Buffer.concat(chunks).toString('utf8');
      const r = run;
      if (!r.count) r.firstAt = performance.now();
      r.count++;
      r.lastAt = performance.now();
      r.ids.add(req.headers['webhook-id']);
      if (r.count % r.verifyEvery === 0) {
        try {
          r.verifier.verify(body, req.headers);
          r.verified++;
        } catch {
          r.badSignatures++;
        }
      }
      const { data } = JSON.parse(body);
      const key = data.consignment?.id;
      if (key && typeof data.sequence === 'number') {
        if ((r.last.get(key) ?? -1) >= data.sequence) r.outOfOrder++;
        r.last.set(key, data.sequence);
      }
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    info: { url: `http://127.0.0.1:${server.address().port}` },
    handlers: {
      begin: ({ secret, verifyEvery }) => {
        run = fresh(secret, verifyEvery);
      },
      count: () => run?.count ?? 0,
      end: () => {
        const r = run;
        run = null;
        return { count: r.count, distinct: r.ids.size, outOfOrder: r.outOfOrder, badSignatures: r.badSignatures, verified: r.verified, spanMs: r.lastAt - r.firstAt };
      },
      close: () => new Promise((resolve) => server.close(resolve)),
    },
  };
});
