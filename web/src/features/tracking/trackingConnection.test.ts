import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { position, trackingPage, unavailable } from './testing/pages';
import type { FetchOutcome } from './trackingApi';
import {
  classifySubscriptionError,
  CONNECT_GRACE_MS,
  loadBackoffMs,
  POLL_INTERVAL_MS,
  RESUBSCRIBE_DELAY_MS,
  socketBackoffMs,
  TrackingConnection,
  type SocketOptions,
  type TrackingTransport,
  type UpdatesSink,
  type UpdatesSocket,
} from './trackingConnection';
import type { TrackingAction } from './trackingState';
import type { TrackingPageResult, TrackingUpdate } from './wire';

const START = Date.parse('2026-03-01T10:00:00.000Z');

class FakeSocket implements UpdatesSocket {
  readonly sinks: UpdatesSink[] = [];
  ended = 0;
  disposed = false;

  constructor(readonly options: SocketOptions) {}

  subscribe(sink: UpdatesSink): () => void {
    this.sinks.push(sink);
    return () => {
      this.ended += 1;
    };
  }

  dispose(): void {
    this.disposed = true;
  }

  /** The sink of the latest subscription. */
  get sink(): UpdatesSink {
    const sink = this.sinks.at(-1);
    if (!sink) throw new Error('nothing subscribed');
    return sink;
  }
}

/** The API as the connection sees it: loads wait until the test answers them. */
class FakeApi {
  readonly loads: { signal: AbortSignal; answer: (outcome: FetchOutcome) => void }[] = [];
  readonly sockets: FakeSocket[] = [];
  readonly transport: TrackingTransport = {
    fetchPage: (signal) => new Promise((resolve) => this.loads.push({ signal, answer: resolve })),
    openSocket: (options) => {
      const socket = new FakeSocket(options);
      this.sockets.push(socket);
      return socket;
    },
  };

  get socket(): FakeSocket {
    const socket = this.sockets.at(-1);
    if (!socket) throw new Error('no socket opened');
    return socket;
  }

  /** Answers the latest load and lets the connection act on it. */
  async answer(outcome: FetchOutcome): Promise<void> {
    const load = this.loads.at(-1);
    if (!load) throw new Error('nothing is loading');
    load.answer(outcome);
    await flush();
  }
}

const ok = (result: TrackingPageResult = trackingPage()): FetchOutcome => ({ ok: true, result });
const failure = (changes: Partial<Extract<FetchOutcome, { ok: false }>> = {}): FetchOutcome => ({
  ok: false,
  aborted: false,
  rateLimited: false,
  retryAfterSeconds: null,
  ...changes,
});
const update = (changes: Partial<TrackingUpdate>): TrackingUpdate => ({ kind: 'POSITION', driverPosition: null, page: null, ...changes });

const flush = () => jest.advanceTimersByTimeAsync(0);
const advance = (ms: number) => jest.advanceTimersByTimeAsync(ms);

function setup() {
  const api = new FakeApi();
  const actions: TrackingAction[] = [];
  const onRefused = jest.fn();
  const connection = new TrackingConnection(api.transport, (action) => actions.push(action), { onRefused, random: () => 0.5 });
  const connections = () => actions.flatMap((action) => (action.type === 'connection' ? [action.connection] : []));
  return { api, actions, connection, connections, onRefused };
}

/** Started, the first page shown and the subscription opened (not yet connected). */
async function started() {
  const context = setup();
  context.connection.start();
  await context.api.answer(ok());
  return context;
}

beforeEach(() => {
  jest.useFakeTimers({ now: START });
});

afterEach(() => {
  jest.useRealTimers();
});

describe('the first load', () => {
  it('loads once, shows the page, then opens the subscription', async () => {
    const { api, actions, connection } = setup();
    connection.start();
    expect(api.loads).toHaveLength(1);
    expect(api.sockets).toHaveLength(0);
    const page = trackingPage();
    await api.answer(ok(page));
    expect(actions).toEqual([{ type: 'page', page }]);
    expect(api.sockets).toHaveLength(1);
    expect(api.socket.sinks).toHaveLength(1);
    expect(connection.phase).toBe('connecting');
    expect(connection.polling).toBe(false);
  });

  it('retries a failed first load after 5 s, 10 s, 20 s … and says when', async () => {
    const { api, actions, connection } = setup();
    connection.start();
    await api.answer(failure());
    expect(actions).toEqual([{ type: 'failed', rateLimited: false, retryAt: START + 5000 }]);
    await advance(4999);
    expect(api.loads).toHaveLength(1);
    await advance(1);
    expect(api.loads).toHaveLength(2);
    await api.answer(failure());
    expect(actions.at(-1)).toEqual({ type: 'failed', rateLimited: false, retryAt: Date.now() + 10_000 });
    await advance(10_000);
    expect(api.loads).toHaveLength(3);
    await api.answer(ok());
    expect(actions.at(-1)).toMatchObject({ type: 'page' });
    expect(connection.phase).toBe('connecting');
  });

  it('waits as long as a rate limit says', async () => {
    const { api, actions, connection } = setup();
    connection.start();
    await api.answer(failure({ rateLimited: true, retryAfterSeconds: 42 }));
    expect(actions).toEqual([{ type: 'failed', rateLimited: true, retryAt: START + 42_000 }]);
    await advance(41_999);
    expect(api.loads).toHaveLength(1);
    await advance(1);
    expect(api.loads).toHaveLength(2);
  });

  it('"Try again" loads at once instead of at the scheduled retry', async () => {
    const { api, actions, connection } = setup();
    connection.start();
    await api.answer(failure());
    connection.retryNow();
    expect(actions.at(-1)).toEqual({ type: 'loading' });
    expect(api.loads).toHaveLength(2);
    await api.answer(failure());
    // The retry scheduled by the first failure is gone; the second failure's (10 s) remains.
    await advance(5000);
    expect(api.loads).toHaveLength(2);
    await advance(5000);
    expect(api.loads).toHaveLength(3);
  });

  it('drops the answer of a load that a newer one replaced', async () => {
    const { api, actions, connection } = setup();
    connection.start();
    const first = api.loads[0];
    connection.retryNow();
    expect(first.signal.aborted).toBe(true);
    first.answer(ok(trackingPage({ reference: 'STALE' })));
    await flush();
    expect(actions).toEqual([{ type: 'loading' }]);
    await api.answer(ok(trackingPage({ reference: 'FRESH' })));
    expect(actions.at(-1)).toMatchObject({ type: 'page', page: { reference: 'FRESH' } });
  });

  it('stops at once on an unavailable link, and never opens a socket', async () => {
    const { api, actions, connection } = setup();
    connection.start();
    await api.answer(ok(unavailable('EXPIRED')));
    expect(actions).toEqual([{ type: 'unavailable', reason: 'EXPIRED', message: 'This link has expired.' }]);
    expect(connection.phase).toBe('stopped');
    await advance(10 * 60_000);
    expect(api.loads).toHaveLength(1);
    expect(api.sockets).toHaveLength(0);
    connection.retryNow();
    expect(api.loads).toHaveLength(1);
  });
});

describe('starting from a server-rendered page', () => {
  it('sends no query: the page is the one dispatched, and the subscription opens at once', async () => {
    const { api, actions, connection } = setup();
    const page = trackingPage();
    connection.start({ outcome: ok(page), loadedAt: START });
    expect(api.loads).toHaveLength(0);
    expect(actions).toEqual([{ type: 'page', page }]);
    expect(api.socket.sinks).toHaveLength(1);
    await flush();
    expect(api.loads).toHaveLength(0);
  });

  it('goes live without a load when the socket opens soon after the document was requested', async () => {
    const { api, connections, connection } = setup();
    connection.start({ outcome: ok(), loadedAt: START });
    await advance(1500);
    api.socket.options.connected();
    expect(connections()).toEqual(['live']);
    expect(api.loads).toHaveLength(0);
  });

  it('catches up once when the socket opens more than 2 s after the document was requested', async () => {
    const { api, connection } = setup();
    connection.start({ outcome: ok(), loadedAt: START - 3000 });
    api.socket.options.connected();
    expect(api.loads).toHaveLength(1);
  });

  it('polls from there when the socket cannot open', async () => {
    const { api, connections, connection } = setup();
    connection.start({ outcome: ok(), loadedAt: START });
    api.socket.options.closed();
    expect(connections()).toEqual(['polling']);
    await advance(POLL_INTERVAL_MS);
    expect(api.loads).toHaveLength(1);
  });

  it('an unavailable page: no traffic at all', async () => {
    const { api, connection } = setup();
    connection.start({ outcome: ok(unavailable('EXPIRED')), loadedAt: START });
    expect(connection.phase).toBe('stopped');
    await advance(10 * 60_000);
    expect(api.loads).toHaveLength(0);
    expect(api.sockets).toHaveLength(0);
  });

  it('a rate-limited render: retries after the wait it was given', async () => {
    const { api, actions, connection } = setup();
    connection.start({ outcome: failure({ rateLimited: true, retryAfterSeconds: 20 }), loadedAt: START });
    expect(actions).toEqual([{ type: 'failed', rateLimited: true, retryAt: START + 20_000 }]);
    await advance(19_999);
    expect(api.loads).toHaveLength(0);
    await advance(1);
    expect(api.loads).toHaveLength(1);
  });
});

describe('live over the socket', () => {
  it('goes live when the socket opens, without reloading a page it just loaded', async () => {
    const { api, connection, connections } = await started();
    await advance(1000);
    api.socket.options.connected();
    expect(connection.phase).toBe('open');
    expect(connections()).toEqual(['live']);
    expect(api.loads).toHaveLength(1);
    await advance(10 * POLL_INTERVAL_MS);
    expect(api.loads).toHaveLength(1);
  });

  it('after a drop, catches up on reconnecting however soon, unless a poll loaded the page since', async () => {
    const { api, connection } = await started();
    api.socket.options.connected();
    await advance(500);
    api.socket.options.closed();
    await advance(500);
    api.socket.options.connected();
    expect(api.loads).toHaveLength(2);
    await api.answer(ok());
    api.socket.options.closed();
    await advance(POLL_INTERVAL_MS);
    expect(api.loads).toHaveLength(3);
    await api.answer(ok());
    api.socket.options.connected();
    expect(api.loads).toHaveLength(3);
    expect(connection.phase).toBe('open');
  });

  it('catches up once when the socket opens more than 2 s after the last load', async () => {
    const { api } = await started();
    await advance(2001);
    api.socket.options.connected();
    expect(api.loads).toHaveLength(2);
  });

  it('applies POSITION and CHANGED updates', async () => {
    const { api, actions } = await started();
    api.socket.options.connected();
    const moved = position('2026-03-01T10:01:00.000Z', 49.9, 9.3);
    api.socket.sink.next(update({ kind: 'POSITION', driverPosition: moved }));
    expect(actions.at(-1)).toEqual({ type: 'position', position: moved });
    const changed = trackingPage({ status: 'DELIVERED', driverPosition: null });
    api.socket.sink.next(update({ kind: 'CHANGED', page: changed }));
    expect(actions.at(-1)).toEqual({ type: 'page', page: changed });
  });

  it('on UNAVAILABLE shows the reason and ends all traffic', async () => {
    const { api, actions, connection } = await started();
    const socket = api.socket;
    socket.options.connected();
    socket.sink.next(update({ kind: 'UNAVAILABLE', page: unavailable('NOT_AVAILABLE') }));
    expect(actions.at(-1)).toEqual({ type: 'unavailable', reason: 'NOT_AVAILABLE', message: 'Not available.' });
    expect(connection.phase).toBe('stopped');
    expect(socket.ended).toBe(1);
    expect(socket.disposed).toBe(true);
    const count = actions.length;
    socket.sink.next(update({ kind: 'POSITION', driverPosition: position('2026-03-01T11:00:00.000Z') }));
    socket.options.closed();
    await advance(10 * 60_000);
    expect(actions).toHaveLength(count);
    expect(api.loads).toHaveLength(1);
  });

  it('on UNAVAILABLE without a page says NOT_AVAILABLE', async () => {
    const { api, actions } = await started();
    api.socket.sink.next(update({ kind: 'UNAVAILABLE' }));
    expect(actions.at(-1)).toEqual({ type: 'unavailable', reason: 'NOT_AVAILABLE', message: '' });
  });

  it('a CHANGED update with an unavailable page ends it too', async () => {
    const { api, actions, connection } = await started();
    api.socket.sink.next(update({ kind: 'CHANGED', page: unavailable('EXPIRED') }));
    expect(actions.at(-1)).toMatchObject({ type: 'unavailable', reason: 'EXPIRED' });
    expect(connection.phase).toBe('stopped');
  });
});

describe('polling when the socket cannot open', () => {
  it('polls every 30 s while the socket fails, and stops once it opens', async () => {
    const { api, connection, connections } = await started();
    api.socket.options.closed();
    expect(connection.phase).toBe('reconnecting');
    expect(connection.polling).toBe(true);
    expect(connections()).toEqual(['polling']);
    api.socket.options.closed(); // each failed attempt says so again
    await advance(POLL_INTERVAL_MS - 1);
    expect(api.loads).toHaveLength(1);
    await advance(1);
    expect(api.loads).toHaveLength(2);
    await api.answer(ok());
    await advance(POLL_INTERVAL_MS);
    expect(api.loads).toHaveLength(3);
    await api.answer(ok());
    expect(api.sockets).toHaveLength(1);
    expect(api.socket.sinks).toHaveLength(1); // a polled page does not subscribe again
    await advance(5000);
    api.socket.options.connected();
    expect(connections()).toEqual(['polling', 'live']);
    expect(connection.polling).toBe(false);
    expect(api.loads).toHaveLength(4); // the catch-up
    await api.answer(ok());
    await advance(5 * POLL_INTERVAL_MS);
    expect(api.loads).toHaveLength(4);
  });

  it('polls as well when the socket neither opens nor fails within 8 s', async () => {
    const { api, connection, connections } = await started();
    await advance(CONNECT_GRACE_MS - 1);
    expect(connection.polling).toBe(false);
    await advance(1);
    expect(connection.polling).toBe(true);
    expect(connections()).toEqual(['polling']);
    await advance(POLL_INTERVAL_MS);
    expect(api.loads).toHaveLength(2);
  });

  it('does not start polling at 8 s once the socket is open', async () => {
    const { api, connection } = await started();
    api.socket.options.connected();
    await advance(CONNECT_GRACE_MS + POLL_INTERVAL_MS);
    expect(connection.polling).toBe(false);
    expect(api.loads).toHaveLength(1);
  });

  it('marks the page offline while polls fail, and polling again when one succeeds', async () => {
    const { api, connections } = await started();
    api.socket.options.closed();
    await advance(POLL_INTERVAL_MS);
    await api.answer(failure());
    expect(connections()).toEqual(['polling', 'offline']);
    await advance(POLL_INTERVAL_MS);
    await api.answer(ok());
    expect(connections()).toEqual(['polling', 'offline', 'polling']);
  });

  it('reconnects with exponential backoff and jitter, capped at 30 s', async () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((n) => socketBackoffMs(n, () => 0))).toEqual([500, 1000, 2000, 4000, 8000, 15_000, 15_000]);
    // 1: the bound that the jitter approaches.
    expect([0, 1, 4, 9].map((n) => socketBackoffMs(n, () => 1))).toEqual([1000, 2000, 16_000, 30_000]);
    const { api } = await started();
    const resolved = jest.fn();
    void api.socket.options.retryWait(2).then(resolved); // 4 s base, jitter 0.5: 3 s
    await advance(2999);
    expect(resolved).not.toHaveBeenCalled();
    await advance(1);
    expect(resolved).toHaveBeenCalled();
  });
});

describe('when the subscription fails', () => {
  const rateLimited = (retryAfter?: number) => [
    { message: 'Too many requests', extensions: { code: 'RATE_LIMITED', ...(retryAfter === undefined ? {} : { retryAfter }) } },
  ];

  it('classifies what graphql-ws reports', () => {
    expect(classifySubscriptionError(rateLimited(12))).toEqual({ kind: 'rate-limited', retryAfterSeconds: 12 });
    expect(classifySubscriptionError(rateLimited())).toEqual({ kind: 'rate-limited', retryAfterSeconds: 60 });
    expect(classifySubscriptionError(rateLimited(0))).toEqual({ kind: 'rate-limited', retryAfterSeconds: 1 });
    const refused = [{ message: 'Cannot query field "trackingUpdates"' }];
    expect(classifySubscriptionError(refused)).toEqual({ kind: 'refused', errors: refused });
    expect(classifySubscriptionError({ code: 4429, reason: 'Too many connections' })).toEqual({ kind: 'closed' });
    expect(classifySubscriptionError(new Error('socket hang up'))).toEqual({ kind: 'closed' });
  });

  it('rate limited: polls meanwhile and subscribes again after retryAfter', async () => {
    const { api, connection } = await started();
    const first = api.socket;
    first.sink.error(rateLimited(5));
    expect(first.disposed).toBe(true);
    expect(connection.phase).toBe('waiting');
    expect(connection.polling).toBe(true);
    await advance(4999);
    expect(api.sockets).toHaveLength(1);
    await advance(1);
    expect(api.sockets).toHaveLength(2);
    expect(connection.phase).toBe('connecting');
    api.socket.options.connected();
    expect(connection.polling).toBe(false);
  });

  it('refused by the server: polls for good and never subscribes again', async () => {
    const { api, connection, onRefused } = await started();
    const errors = [{ message: 'Cannot query field "trackingUpdates"' }];
    api.socket.sink.error(errors);
    expect(onRefused).toHaveBeenCalledWith(errors);
    expect(connection.phase).toBe('refused');
    await advance(10 * 60_000);
    expect(api.sockets).toHaveLength(1);
    expect(api.loads.length).toBeGreaterThanOrEqual(1 + 20);
  });

  it('a fatal close: polls meanwhile and subscribes again a minute later', async () => {
    const { api, connection } = await started();
    api.socket.sink.error({ code: 4429, reason: 'Too many connections' });
    expect(connection.phase).toBe('waiting');
    await advance(RESUBSCRIBE_DELAY_MS - 1);
    expect(api.sockets).toHaveLength(1);
    await advance(1);
    expect(api.sockets).toHaveLength(2);
  });

  it('ignores what a disposed socket still reports', async () => {
    const { api, connection, connections } = await started();
    const first = api.socket;
    first.sink.error({ code: 4429 });
    await advance(RESUBSCRIBE_DELAY_MS);
    api.socket.options.connected();
    expect(connections().at(-1)).toBe('live');
    first.options.closed();
    first.sink.next(update({ kind: 'UNAVAILABLE' }));
    expect(connections().at(-1)).toBe('live');
    expect(connection.phase).toBe('open');
  });

  it('ended by the server: checks the page at once, polls, and subscribes again after 30 s', async () => {
    const { api, connection } = await started();
    api.socket.options.connected();
    api.socket.sink.complete();
    expect(api.loads).toHaveLength(2);
    expect(connection.polling).toBe(true);
    await api.answer(ok());
    await advance(POLL_INTERVAL_MS);
    expect(api.socket.sinks).toHaveLength(2);
    expect(connection.phase).toBe('connecting');
  });
});

describe('timers of a page that is shown', () => {
  it('asks again just after the link expires', async () => {
    const { api, actions, connection } = setup();
    connection.start();
    await api.answer(ok(trackingPage({ expiresAt: new Date(START + 60_000).toISOString() })));
    api.socket.options.connected();
    await advance(60_999);
    expect(api.loads).toHaveLength(1);
    await advance(1);
    expect(api.loads).toHaveLength(2);
    await api.answer(ok(unavailable('EXPIRED')));
    expect(actions.at(-1)).toMatchObject({ type: 'unavailable', reason: 'EXPIRED' });
  });

  it('refreshes on becoming visible only when the last load is older than the poll interval', async () => {
    const { api, connection } = await started();
    api.socket.options.connected();
    await advance(POLL_INTERVAL_MS);
    connection.visibilityChanged(true);
    expect(api.loads).toHaveLength(1);
    await advance(1);
    connection.visibilityChanged(false);
    expect(api.loads).toHaveLength(1);
    connection.visibilityChanged(true);
    expect(api.loads).toHaveLength(2);
  });

  it('does nothing on becoming visible before the first page', () => {
    const { api, connection } = setup();
    connection.start();
    jest.setSystemTime(START + 10 * POLL_INTERVAL_MS);
    connection.visibilityChanged(true);
    expect(api.loads).toHaveLength(1);
  });
});

describe('stop', () => {
  it('aborts the load in flight, ends the subscription and every timer, and dispatches nothing more', async () => {
    const { api, actions, connection } = await started();
    api.socket.options.closed(); // polling
    await advance(POLL_INTERVAL_MS);
    const socket = api.socket;
    const inFlight = api.loads.at(-1);
    connection.stop();
    expect(inFlight?.signal.aborted).toBe(true);
    expect(socket.ended).toBe(1);
    expect(socket.disposed).toBe(true);
    const count = actions.length;
    await api.answer(ok());
    socket.options.connected();
    await advance(60 * 60_000);
    expect(actions).toHaveLength(count);
    expect(api.loads).toHaveLength(2);
    expect(api.sockets).toHaveLength(1);
  });

  it('before the first page: no retry after a failure either', async () => {
    const { api, connection } = setup();
    connection.start();
    await api.answer(failure());
    connection.stop();
    await advance(60 * 60_000);
    expect(api.loads).toHaveLength(1);
  });
});

describe('load backoff', () => {
  it('is 5 s, 10 s, 20 s, 40 s, then 60 s', () => {
    expect([1, 2, 3, 4, 5, 10].map(loadBackoffMs)).toEqual([5000, 10_000, 20_000, 40_000, 60_000, 60_000]);
  });
});
