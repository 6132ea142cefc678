/**
 * Many graphql-transport-ws subscribers in one process, as cheap as a client can be: a raw
 * `ws` socket each, the handshake by hand, and on each frame only a byte search for the
 * marker of the awaited update and a time stamp. Each socket has a source address of its own
 * within 127.0.0.0/8 every `perAddress` sockets, as many people's browsers would.
 */
import WebSocket from 'ws';
import { nowUs, sleep } from './clock.mjs';
import { serveParent } from './rpc.mjs';
import { summarize } from './stats.mjs';

const groups = new Map();

function sourceAddress(index) {
  return `127.${100 + Math.floor(index / 62_500)}.${Math.floor(index / 250) % 250}.${1 + (index % 250)}`;
}

/** Opens one subscriber; resolves once its subscribe message is sent. */
function open(group, i, { url, token, query, address }) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, 'graphql-transport-ws', { localAddress: address, perMessageDeflate: false });
    let acked = false;
    ws.on('error', (error) => (acked ? group.errors++ : reject(error)));
    ws.on('open', () => ws.send('{"type":"connection_init"}'));
    ws.on('close', () => group.closed++);
    ws.on('message', (data) => {
      if (!acked) {
        if (!data.includes('"connection_ack"')) return reject(new Error(`no ack: ${data}`));
        acked = true;
        ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables: { token } } }));
        return resolve(ws);
      }
      const at = nowUs();
      group.last = data;
      if (group.marker && group.arrivals[i] === 0 && data.includes(group.marker)) {
        group.arrivals[i] = at;
        if (++group.received === group.sockets.length) group.onComplete?.();
      } else if (!data.includes('"type":"next"')) {
        group.unexpected++;
      }
    });
  });
}

const handlers = {
  /** Adds `count` subscribers to `group` (created on first use), `concurrency` handshakes at once. */
  async connect({ group: name, url, token, query, count, firstAddress = 0, perAddress = 40, concurrency = 200 }) {
    let group = groups.get(name);
    if (!group) {
      group = { sockets: [], arrivals: new Float64Array(0), received: 0, marker: null, errors: 0, closed: 0, unexpected: 0, last: null, addressBase: firstAddress };
      groups.set(name, group);
    }
    const start = group.sockets.length;
    const t0 = Date.now();
    let next = start;
    const worker = async () => {
      while (next < start + count) {
        const i = next++;
        const address = sourceAddress(group.addressBase + Math.floor(i / perAddress));
        group.sockets[i] = await open(group, i, { url, token, query, address });
      }
    };
    group.arrivals = new Float64Array(start + count);
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
    return { sockets: group.sockets.length, ms: Date.now() - t0 };
  },
  /** From now on, a frame containing `marker` is the awaited update. */
  expect({ group: name, marker }) {
    const group = groups.get(name);
    group.marker = Buffer.from(marker);
    group.arrivals.fill(0);
    group.received = 0;
    group.last = null;
  },
  /**
   * Waits for every socket's frame (or the timeout); latencies in ms from `t0` (µs, machine
   * clock), summarised, and all of them with `raw`.
   */
  async collect({ group: name, t0, timeoutMs = 10_000, raw = false }) {
    const group = groups.get(name);
    if (group.received < group.sockets.length) {
      await Promise.race([new Promise((resolve) => (group.onComplete = resolve)), sleep(timeoutMs)]);
      group.onComplete = null;
    }
    const latencies = [];
    for (const at of group.arrivals) if (at > 0) latencies.push((at - t0) / 1000);
    const stats = summarize(latencies);
    group.marker = null;
    return { ...stats, ...(raw ? { latencies } : {}), expected: group.sockets.length, received: group.received, errors: group.errors, closed: group.closed, unexpected: group.unexpected, sample: group.last?.toString() ?? null };
  },
  async close() {
    for (const group of groups.values()) for (const ws of group.sockets) ws?.terminate();
  },
};

serveParent(async () => ({ info: { pid: process.pid }, handlers }));
