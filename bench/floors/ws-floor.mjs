/**
 * The fan-out floor of scenario D: a raw `ws` server speaking just enough graphql-transport-ws
 * (connection_init → ack, one subscribe per socket) that it can broadcast a frame to every
 * subscriber: one encoding of the frame, then a send per socket. Nothing else; it is what the
 * product's fan-out costs at the least on this machine.
 */
import http from 'node:http';
import { WebSocketServer } from 'ws';
import { nowUs } from '../lib/clock.mjs';
import { serveParent } from '../lib/rpc.mjs';

const server = http.createServer((_req, res) => res.writeHead(404).end());
const wss = new WebSocketServer({
  server,
  path: '/public/graphql',
  maxPayload: 64 * 1024,
  handleProtocols: (protocols) => (protocols.has('graphql-transport-ws') ? 'graphql-transport-ws' : false),
});
const subscribers = new Set();

wss.on('connection', (ws) => {
  ws.on('message', (data) => {
    let message;
    try {
      message = JSON.parse(data);
    } catch {
      return ws.close(4400, 'Invalid message');
    }
    if (message.type === 'connection_init') ws.send('{"type":"connection_ack"}');
    else if (message.type === 'subscribe') subscribers.add(ws);
    else if (message.type === 'ping') ws.send('{"type":"pong"}');
  });
  ws.on('close', () => subscribers.delete(ws));
});

serveParent(async () => {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    info: { url: `http://127.0.0.1:${server.address().port}`, pid: process.pid },
    handlers: {
      streams: () => subscribers.size,
      memory: () => {
        globalThis.gc?.();
        globalThis.gc?.();
        return process.memoryUsage();
      },
      /** Sends `frame` (every subscriber's id is the same) to all; returns when it started. */
      broadcast: ({ frame }) => {
        const t0 = nowUs();
        const bytes = Buffer.from(frame);
        for (const ws of subscribers) ws.send(bytes, { binary: false });
        return t0;
      },
      close: async () => {
        for (const ws of wss.clients) ws.terminate();
        await new Promise((resolve) => server.close(resolve));
      },
    },
  };
});
