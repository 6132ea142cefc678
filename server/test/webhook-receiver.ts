import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { eventually } from './eventually';

// A real webhook receiver on loopback: it keeps every request it got, and each test chooses its
// answers (a status, a delay, or never answering).

export interface ReceivedHook {
  path: string;
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  /** The parsed body: { id, type, timestamp, data }. */
  event: { id: string; type: string; timestamp: string; data: Record<string, any> };
  /** The request's headers as they came (names in lower case). */
  headers: http.IncomingHttpHeaders;
  /** The status it was answered with. */
  status: number;
  at: number;
}

/** What to answer: a status (after `delayMs`, with `body` if given), or `hang` to never answer. */
export type HookReply = { status: number; delayMs?: number; body?: string } | 'hang';

export interface WebhookReceiver {
  url: string;
  /** Every request, in the order they came (answered or not). */
  received: ReceivedHook[];
  reply: (hook: ReceivedHook) => HookReply;
  /** The requests answered with a 2xx (once answered), in the order they came. */
  accepted(): ReceivedHook[];
  until(check: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void>;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<WebhookReceiver> {
  const sockets = new Set<Socket>();
  const receiver: WebhookReceiver = {
    url: '',
    received: [],
    reply: () => ({ status: 204 }),
    accepted: () => receiver.received.filter((h) => h.status >= 200 && h.status < 300),
    until: async (check, ms, what) => {
      await eventually(check, { timeoutMs: ms, what, intervalMs: 10 });
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const hook: ReceivedHook = {
        path: req.url ?? '/',
        id: String(req.headers['webhook-id']),
        timestamp: String(req.headers['webhook-timestamp']),
        signature: String(req.headers['webhook-signature']),
        body,
        event: JSON.parse(body),
        headers: req.headers,
        status: 0,
        at: Date.now(),
      };
      receiver.received.push(hook);
      const answer = receiver.reply(hook);
      if (answer === 'hang') return;
      const respond = () => {
        hook.status = answer.status;
        res.writeHead(answer.status).end(answer.body);
      };
      if (answer.delayMs) setTimeout(respond, answer.delayMs);
      else respond();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return receiver;
}

/** The hook's headers as a receiver hands them to the standardwebhooks package. */
export const headersOf = (h: ReceivedHook) => ({ 'webhook-id': h.id, 'webhook-timestamp': h.timestamp, 'webhook-signature': h.signature });

/** Whether the standardwebhooks package accepts the hook as signed with `secret`. */
export function verifies(h: ReceivedHook, secret: string): boolean {
  try {
    new Webhook(secret).verify(h.body, headersOf(h));
    return true;
  } catch {
    return false;
  }
}
