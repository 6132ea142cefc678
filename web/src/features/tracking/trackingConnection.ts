import type { FetchOutcome } from './trackingApi';
import type { Connection, TrackingAction } from './trackingState';
import type { TrackingUnavailable } from './types';
import type { TrackingPageResult, TrackingUpdate } from './wire';

// Keeps one tracking page current, independent of React: the query once (or the page the
// server rendered into the HTML, which needs no query), then the `trackingUpdates` subscription. While the socket is down (or the server does not offer the
// subscription) the page polls the query every 30 s; the socket keeps retrying with backoff,
// and when it is back the page catches up once and stops polling. What it learns it
// dispatches as trackingState.ts actions.
//
//   loading       no page yet: the query, retried with backoff (or after a rate limit's wait)
//   connecting    a page is shown and the subscription is opening
//   open          live over the socket, no polling
//   reconnecting  the socket dropped or cannot open: graphql-ws retries with jittered backoff
//   waiting       the subscription failed (rate limited: retryAfter; a fatal close: 60 s) or the
//                 server ended it (30 s): subscribe again after that
//   refused       the server refused the subscription: polling only, for good
//   stopped       UNAVAILABLE (from the query or the socket), or stop(): no more traffic
//
// Polling runs whenever there is a page and the socket is not open: from the socket's first
// close, or once it has not opened within CONNECT_GRACE_MS.

export const POLL_INTERVAL_MS = 30_000;
/** Poll as well if the socket has not connected within this time (e.g. a proxy that hangs). */
export const CONNECT_GRACE_MS = 8_000;
/** After a fatal socket error, try the subscription again this much later. */
export const RESUBSCRIBE_DELAY_MS = 60_000;
/** When a rate-limited subscription is not told how long to wait. */
const DEFAULT_RESUBSCRIBE_WAIT_S = 60;
/**
 * When the socket first opens, a page loaded longer ago than this is reloaded to catch up. After
 * a drop, the page is reloaded unless it was loaded since.
 */
const CATCH_UP_AFTER_MS = 2_000;
const MAX_SOCKET_BACKOFF_MS = 30_000;
/** setTimeout cannot wait longer than this. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export type ConnectionPhase = 'loading' | 'connecting' | 'open' | 'reconnecting' | 'waiting' | 'refused' | 'stopped';

/** Wait before reconnect attempt `retries` (0 first): ~1 s, 2 s, 4 s … capped at 30 s, with jitter. */
export function socketBackoffMs(retries: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_SOCKET_BACKOFF_MS, 1000 * 2 ** retries);
  return base / 2 + random() * (base / 2);
}

/** Delay before retrying a page that has never loaded: 5 s, 10 s, 20 s … capped at 60 s. */
export function loadBackoffMs(failures: number): number {
  return Math.min(60_000, 5000 * 2 ** Math.max(0, failures - 1));
}

/** Wait before loading again after failure number `failures` (1 first): the server's, else the backoff. */
export function loadRetryMs(outcome: Pick<Extract<FetchOutcome, { ok: false }>, 'retryAfterSeconds'>, failures: number): number {
  return outcome.retryAfterSeconds !== null ? outcome.retryAfterSeconds * 1000 : loadBackoffMs(failures);
}

export type SubscriptionFailure =
  /** Too many requests from this address: try again after `retryAfterSeconds`. */
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  /** GraphQL errors (e.g. the server has no `trackingUpdates`): retrying will not help. */
  | { kind: 'refused'; errors: readonly unknown[] }
  /** A fatal close (e.g. 4429, too many connections): try again much later. */
  | { kind: 'closed' };

/** graphql-ws reports GraphQL errors as an array, anything else (a CloseEvent, an Error) as is. */
export function classifySubscriptionError(error: unknown): SubscriptionFailure {
  if (!Array.isArray(error)) return { kind: 'closed' };
  const errors: readonly unknown[] = error;
  for (const item of errors) {
    const extensions = typeof item === 'object' && item !== null && 'extensions' in item ? item.extensions : null;
    if (typeof extensions !== 'object' || extensions === null) continue;
    if (!('code' in extensions) || extensions.code !== 'RATE_LIMITED') continue;
    const retryAfter = 'retryAfter' in extensions ? extensions.retryAfter : undefined;
    const seconds = typeof retryAfter === 'number' && Number.isFinite(retryAfter) ? retryAfter : DEFAULT_RESUBSCRIBE_WAIT_S;
    return { kind: 'rate-limited', retryAfterSeconds: Math.max(seconds, 1) };
  }
  return { kind: 'refused', errors };
}

/** What one socket tells the connection; trackingApi.ts wires these to graphql-ws. */
export interface SocketOptions {
  /** Resolves when reconnect attempt `retries` (0 first) may start. */
  retryWait(retries: number): Promise<void>;
  connected(): void;
  /** For a dropped socket and for every failed reconnect attempt alike. */
  closed(): void;
}

export interface UpdatesSink {
  next(update: TrackingUpdate): void;
  error(error: unknown): void;
  complete(): void;
}

/** A client for one token's updates; the socket opens with the subscription. */
export interface UpdatesSocket {
  /** Starts the subscription; the function returned ends it. */
  subscribe(sink: UpdatesSink): () => void;
  dispose(): void;
}

/** The API for one token (trackingApi.ts `trackingTransport`). */
export interface TrackingTransport {
  fetchPage(signal: AbortSignal): Promise<FetchOutcome>;
  openSocket(options: SocketOptions): UpdatesSocket;
}

export interface ConnectionOptions {
  /** The server refused the subscription with these GraphQL errors; the page polls instead. */
  onRefused?: (errors: readonly unknown[]) => void;
  /** The jitter of the socket's backoff, in [0, 1). */
  random?: () => number;
}

type TimerName = 'retry' | 'poll' | 'connect' | 'resubscribe' | 'expiry';

/** The connection's timers by name: setting one replaces it, and `clearAll` ends every one. */
class Timers {
  private readonly handles = new Map<TimerName, ReturnType<typeof setTimeout>>();

  after(name: TimerName, ms: number, run: () => void): void {
    this.clear(name);
    this.handles.set(
      name,
      setTimeout(() => {
        this.handles.delete(name);
        run();
      }, ms),
    );
  }

  /** Every `ms` from now on, until cleared; a no-op while it already runs. */
  every(name: TimerName, ms: number, run: () => void): void {
    if (this.handles.has(name)) return;
    const tick = () => {
      this.handles.set(name, setTimeout(tick, ms));
      run();
    };
    this.handles.set(name, setTimeout(tick, ms));
  }

  has(name: TimerName): boolean {
    return this.handles.has(name);
  }

  clear(name: TimerName): void {
    clearTimeout(this.handles.get(name));
    this.handles.delete(name);
  }

  clearAll(): void {
    for (const handle of this.handles.values()) clearTimeout(handle);
    this.handles.clear();
  }
}

/** One token's connection. `start` once; `stop` ends all traffic for good. */
export class TrackingConnection {
  private current: ConnectionPhase = 'loading';
  private connection: Connection = 'connecting';
  private hasPage = false;
  private loadFailures = 0;
  private lastLoadAt = 0;
  /** When the open socket dropped (null: it has not, since it last opened). */
  private droppedAt: number | null = null;
  private inFlight: AbortController | null = null;
  private socket: UpdatesSocket | null = null;
  private unsubscribe: (() => void) | null = null;
  /** Ignores callbacks from a subscription that has since been replaced. */
  private subscriptionSeq = 0;
  private readonly timers = new Timers();
  private readonly random: () => number;

  constructor(
    private readonly transport: TrackingTransport,
    private readonly dispatch: (action: TrackingAction) => void,
    private readonly options: ConnectionOptions = {},
  ) {
    this.random = options.random ?? Math.random;
  }

  get phase(): ConnectionPhase {
    return this.current;
  }

  get stopped(): boolean {
    return this.current === 'stopped';
  }

  /** Whether the query is polled (beside a socket that is not open). */
  get polling(): boolean {
    return this.timers.has('poll');
  }

  /**
   * Starts with the query, or with `initial`: the page the server already rendered (its answer
   * to the same query, `loadedAt` when it was read), which then needs no second request.
   */
  start(initial?: { outcome: FetchOutcome; loadedAt: number }): void {
    if (!initial) {
      void this.load();
      return;
    }
    this.lastLoadAt = initial.loadedAt;
    this.settle(initial.outcome);
  }

  stop(): void {
    this.current = 'stopped';
    this.inFlight?.abort();
    this.stopLive();
    this.timers.clearAll();
  }

  /** The "Try again" button: load now instead of waiting for the automatic retry. */
  retryNow(): void {
    if (this.stopped) return;
    this.timers.clear('retry');
    if (!this.hasPage) this.dispatch({ type: 'loading' });
    void this.load();
  }

  /** Background tabs throttle timers and phones drop sockets: refresh on return. */
  visibilityChanged(visible: boolean): void {
    if (visible && this.hasPage && Date.now() - this.lastLoadAt > POLL_INTERVAL_MS) void this.load();
  }

  // ---- The query ----

  private async load(): Promise<void> {
    if (this.stopped) return;
    this.inFlight?.abort();
    const controller = new AbortController();
    this.inFlight = controller;
    const outcome = await this.transport.fetchPage(controller.signal);
    if (this.stopped || controller.signal.aborted) return;
    this.inFlight = null;
    this.lastLoadAt = Date.now();
    this.settle(outcome);
  }

  private settle(outcome: FetchOutcome): void {
    if (outcome.ok) {
      this.loadFailures = 0;
      this.receive(outcome.result);
    } else {
      this.loadFailed(outcome);
    }
  }

  private loadFailed(outcome: Extract<FetchOutcome, { ok: false }>): void {
    if (this.hasPage) {
      // A failed poll keeps the page on screen; the next poll tries again.
      if (this.connection !== 'live') this.setConnection('offline');
      return;
    }
    this.loadFailures += 1;
    const waitMs = loadRetryMs(outcome, this.loadFailures);
    this.dispatch({ type: 'failed', rateLimited: outcome.rateLimited, retryAt: Date.now() + waitMs });
    this.timers.after('retry', waitMs, () => void this.load());
  }

  /** A page from the query or from a CHANGED update. */
  private receive(result: TrackingPageResult): void {
    if (result.__typename === 'TrackingUnavailable') {
      this.finish(result);
      return;
    }
    const first = !this.hasPage;
    this.hasPage = true;
    if (this.connection === 'offline') this.setConnection('polling');
    this.dispatch({ type: 'page', page: result });
    this.scheduleExpiryCheck(result.expiresAt);
    if (first) this.subscribe();
  }

  /** The link expired or was withdrawn: say so and stop all traffic. */
  private finish(unavailable: Pick<TrackingUnavailable, 'reason' | 'message'>): void {
    this.stop();
    this.dispatch({ type: 'unavailable', reason: unavailable.reason, message: unavailable.message });
  }

  /** Ask again just after the link's expiry, so the page turns into the expired state on time. */
  private scheduleExpiryCheck(expiresAt: string): void {
    this.timers.clear('expiry');
    const ms = Date.parse(expiresAt) - Date.now() + 1000;
    if (ms > 0 && ms < MAX_TIMER_MS) this.timers.after('expiry', ms, () => void this.load());
  }

  // ---- Live updates ----

  private subscribe(): void {
    if (this.stopped || this.current === 'refused') return;
    this.timers.clear('resubscribe');
    if (!this.socket) {
      const socket: UpdatesSocket = this.transport.openSocket({
        retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, socketBackoffMs(retries, this.random))),
        connected: () => socket === this.socket && this.onConnected(),
        closed: () => socket === this.socket && this.onSocketClosed(),
      });
      this.socket = socket;
    }
    this.current = 'connecting';
    const seq = ++this.subscriptionSeq;
    this.timers.after('connect', CONNECT_GRACE_MS, () => {
      if (this.connection !== 'live') this.startPolling();
    });
    this.unsubscribe = this.socket.subscribe({
      next: (update) => seq === this.subscriptionSeq && this.onUpdate(update),
      error: (error) => seq === this.subscriptionSeq && this.onSubscriptionError(error),
      complete: () => seq === this.subscriptionSeq && this.onSubscriptionComplete(),
    });
  }

  private onConnected(): void {
    if (this.stopped) return;
    this.timers.clear('connect');
    const wasDown = this.connection !== 'live';
    const missed = this.droppedAt !== null ? this.lastLoadAt <= this.droppedAt : Date.now() - this.lastLoadAt > CATCH_UP_AFTER_MS;
    this.droppedAt = null;
    this.current = 'open';
    this.stopPolling();
    this.setConnection('live');
    // Changes made while the socket was down were not pushed: catch up once.
    if (wasDown && missed) void this.load();
  }

  private onSocketClosed(): void {
    if (this.stopped) return;
    if (this.current === 'open') this.droppedAt ??= Date.now();
    if (this.current === 'open' || this.current === 'connecting') this.current = 'reconnecting';
    this.startPolling();
  }

  private onUpdate(update: TrackingUpdate): void {
    if (this.stopped) return;
    switch (update.kind) {
      case 'POSITION':
        if (update.driverPosition) this.dispatch({ type: 'position', position: update.driverPosition });
        break;
      case 'CHANGED':
        if (update.page) this.receive(update.page);
        break;
      case 'UNAVAILABLE':
        this.finish(
          update.page?.__typename === 'TrackingUnavailable' ? update.page : { reason: 'NOT_AVAILABLE', message: '' },
        );
        break;
    }
  }

  private onSubscriptionError(error: unknown): void {
    if (this.stopped) return;
    this.unsubscribe = null;
    this.disposeSocket();
    this.startPolling();
    const failure = classifySubscriptionError(error);
    switch (failure.kind) {
      case 'rate-limited':
        this.resubscribeIn(failure.retryAfterSeconds * 1000);
        break;
      case 'refused':
        this.current = 'refused';
        this.options.onRefused?.(failure.errors);
        break;
      case 'closed':
        this.resubscribeIn(RESUBSCRIBE_DELAY_MS);
        break;
    }
  }

  /** The server ended the stream without saying the link is unavailable: check, then resubscribe. */
  private onSubscriptionComplete(): void {
    if (this.stopped) return;
    this.unsubscribe = null;
    this.startPolling();
    void this.load();
    this.resubscribeIn(POLL_INTERVAL_MS);
  }

  private resubscribeIn(ms: number): void {
    this.current = 'waiting';
    this.timers.after('resubscribe', ms, () => this.subscribe());
  }

  private startPolling(): void {
    if (this.stopped) return;
    if (this.connection === 'live' || this.connection === 'connecting') this.setConnection('polling');
    this.timers.every('poll', POLL_INTERVAL_MS, () => void this.load());
  }

  private stopPolling(): void {
    this.timers.clear('poll');
  }

  private stopLive(): void {
    this.subscriptionSeq += 1;
    this.stopPolling();
    this.timers.clear('connect');
    this.timers.clear('resubscribe');
    this.disposeSocket();
  }

  private disposeSocket(): void {
    const unsubscribe = this.unsubscribe;
    const socket = this.socket;
    this.unsubscribe = null;
    this.socket = null;
    unsubscribe?.();
    socket?.dispose();
  }

  private setConnection(connection: Connection): void {
    if (this.connection === connection) return;
    this.connection = connection;
    this.dispatch({ type: 'connection', connection });
  }
}
