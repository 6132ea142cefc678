/**
 * What sending webhooks alone costs: plain signed POSTs, signed with the standardwebhooks
 * package (the library and headers the product uses), over keep-alive connections,
 * `concurrency` at a time, as fast as the receiver answers. No database, no queue, no order, no
 * retries. Scenario H's floors run it, in a bare Node process and inside the product's process.
 */
import http from 'node:http';
import { Webhook } from 'standardwebhooks';

function post(agent, url, headers, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A sender with its own keep-alive agent; `send` resolves with the seconds it took and how many were not 2xx. */
export function plainPoster() {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  return {
    send: async ({ url, secret, messages, concurrency }) => {
      const signer = new Webhook(secret);
      let next = 0;
      let failed = 0;
      const t0 = performance.now();
      const lane = async () => {
        while (next < messages.length) {
          const { id, body } = messages[next++];
          const at = new Date();
          const headers = {
            'content-type': 'application/json',
            'user-agent': 'Tracklink-Webhooks/1.0',
            'webhook-id': id,
            'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
            'webhook-signature': signer.sign(id, at, body),
          };
          const status = await post(agent, url, headers, body);
          if (status < 200 || status >= 300) failed++;
        }
      };
      await Promise.all(Array.from({ length: concurrency }, lane));
      return { seconds: (performance.now() - t0) / 1000, failed };
    },
    close: () => agent.destroy(),
  };
}
