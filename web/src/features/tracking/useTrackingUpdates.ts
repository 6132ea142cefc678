import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import { useCallback, useEffect, useRef, useState } from 'react';
import { TrackingUpdatesDocument, type TrackingUpdatesSubscription } from '../../gql-public/graphql';
import { fetchTrackingPage, publicWebSocketUrl, type FetchOutcome } from './trackingApi';
import type { DriverPosition, TrackingUnavailable } from './types';
import { fromWire, type TrackingPage, type TrackingPageResult } from './wire';

// Keeps one tracking page current: the query once, then the `trackingUpdates` subscription
// over graphql-ws. While the socket is down (or the server does not offer the subscription)
// the page polls the query every 30 s; the socket keeps retrying with backoff, and when it is
// back the page catches up once and stops polling.

/** How the page is kept current: live over the socket, polling, or failing to do either. */
export type Connection = 'connecting' | 'live' | 'polling' | 'offline';

export type TrackingState =
  | { status: 'loading' }
  | { status: 'ready'; page: TrackingPage; connection: Connection }
  | { status: 'unavailable'; reason: TrackingUnavailable['reason']; message: string }
  | { status: 'error'; rateLimited: boolean; retryAt: number };

export const POLL_INTERVAL_MS = 30_000;
/** Poll as well if the socket has not connected within this time (e.g. a proxy that hangs). */
const CONNECT_GRACE_MS = 8_000;
/** After a fatal socket error, try the subscription again this much later. */
const RESUBSCRIBE_DELAY_MS = 60_000;
const MAX_SOCKET_BACKOFF_MS = 30_000;
/** setTimeout cannot wait longer than this. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Exponential backoff with jitter: ~1 s, 2 s, 4 s … capped at 30 s. */
function socketBackoff(retries: number): Promise<void> {
  const base = Math.min(MAX_SOCKET_BACKOFF_MS, 1000 * 2 ** retries);
  return new Promise((resolve) => setTimeout(resolve, base / 2 + Math.random() * (base / 2)));
}

/** Delay before retrying a page that has never loaded: 5 s, 10 s, 20 s … capped at 60 s. */
function loadBackoffMs(failures: number): number {
  return Math.min(60_000, 5000 * 2 ** Math.max(0, failures - 1));
}

function isNewer(candidate: DriverPosition, current: DriverPosition | null): boolean {
  return !current || Date.parse(candidate.recordedAt) >= Date.parse(current.recordedAt);
}

/**
 * A fresh page keeps the newer of the two driver positions: positions can arrive out of order
 * and the latest is the one with the greatest recorded-at. A page without a position (the
 * consignment left IN_TRANSIT, or the template hides it) clears it.
 */
function mergePage(previous: TrackingPage | null, next: TrackingPage): TrackingPage {
  const previousPosition = previous?.driverPosition ?? null;
  if (!next.driverPosition || !previousPosition || isNewer(next.driverPosition, previousPosition)) return next;
  return { ...next, driverPosition: previousPosition };
}

type Timer = ReturnType<typeof setTimeout>;

/** One token's live session. Lives for one effect run; `dispose` stops everything. */
class TrackingSession {
  private disposed = false;
  private finished = false;
  private page: TrackingPage | null = null;
  private connection: Connection = 'connecting';
  private loadFailures = 0;
  private lastLoadAt = 0;
  private inFlight: AbortController | null = null;

  private client: Client | null = null;
  private unsubscribe: (() => void) | null = null;
  /** Ignores callbacks from a subscription that has since been replaced. */
  private subscriptionSeq = 0;
  private subscriptionUnsupported = false;

  private pollTimer: ReturnType<typeof setInterval> | null = null;
  private retryTimer: Timer | null = null;
  private connectTimer: Timer | null = null;
  private resubscribeTimer: Timer | null = null;
  private expiryTimer: Timer | null = null;

  constructor(
    private readonly token: string,
    private readonly emit: (state: TrackingState) => void,
  ) {}

  start(): void {
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    void this.load();
  }

  dispose(): void {
    this.disposed = true;
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.inFlight?.abort();
    this.stopLive();
    this.clearTimer('retryTimer');
    this.clearTimer('expiryTimer');
  }

  /** The "Try again" button: load now instead of waiting for the automatic retry. */
  retryNow(): void {
    if (this.disposed || this.finished) return;
    this.clearTimer('retryTimer');
    if (!this.page) this.emit({ status: 'loading' });
    void this.load();
  }

  // ---- The query ----

  private async load(): Promise<void> {
    if (this.disposed || this.finished) return;
    this.inFlight?.abort();
    const controller = new AbortController();
    this.inFlight = controller;
    const outcome = await fetchTrackingPage(this.token, controller.signal);
    if (this.disposed || controller.signal.aborted) return;
    this.inFlight = null;
    this.lastLoadAt = Date.now();
    if (outcome.ok) {
      this.loadFailures = 0;
      this.applyResult(outcome.result);
    } else {
      this.onLoadFailed(outcome);
    }
  }

  private onLoadFailed(outcome: Extract<FetchOutcome, { ok: false }>): void {
    if (this.page) {
      // A failed poll keeps the page on screen; the next poll tries again.
      if (this.connection !== 'live') this.setConnection('offline');
      return;
    }
    this.loadFailures += 1;
    const waitMs =
      outcome.retryAfterSeconds !== null ? outcome.retryAfterSeconds * 1000 : loadBackoffMs(this.loadFailures);
    this.emit({ status: 'error', rateLimited: outcome.rateLimited, retryAt: Date.now() + waitMs });
    this.clearTimer('retryTimer');
    this.retryTimer = setTimeout(() => void this.load(), waitMs);
  }

  private applyResult(result: TrackingPageResult): void {
    if (result.__typename === 'TrackingUnavailable') {
      this.finish(result);
      return;
    }
    const first = this.page === null;
    this.page = mergePage(this.page, result);
    if (this.connection === 'offline') this.connection = 'polling';
    this.publish();
    this.scheduleExpiryCheck(result.expiresAt);
    if (first) this.startLive();
  }

  /** The link expired or was withdrawn: show that state and stop all traffic. */
  private finish(unavailable: Pick<TrackingUnavailable, 'reason' | 'message'>): void {
    this.finished = true;
    this.inFlight?.abort();
    this.stopLive();
    this.clearTimer('retryTimer');
    this.clearTimer('expiryTimer');
    this.emit({ status: 'unavailable', reason: unavailable.reason, message: unavailable.message });
  }

  /** Ask again just after the link's expiry, so the page turns into the expired state on time. */
  private scheduleExpiryCheck(expiresAt: string): void {
    this.clearTimer('expiryTimer');
    const ms = Date.parse(expiresAt) - Date.now() + 1000;
    if (ms > 0 && ms < MAX_TIMER_MS) this.expiryTimer = setTimeout(() => void this.load(), ms);
  }

  // ---- Live updates ----

  private startLive(): void {
    this.subscribe();
  }

  private subscribe(): void {
    if (this.disposed || this.finished || this.subscriptionUnsupported) return;
    this.clearTimer('resubscribeTimer');
    this.client ??= createClient({
      url: publicWebSocketUrl(),
      lazy: true,
      keepAlive: 20_000,
      connectionAckWaitTimeout: 10_000,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: socketBackoff,
      // Subscriptions numbered 1, 2, … (a page rarely gets past 1) rather than random ids: the
      // server builds an update's frame once per id, so most pages share the very same bytes.
      generateID: nextSubscriptionId(),
      on: {
        connected: () => this.onConnected(),
        closed: () => this.onSocketClosed(),
      },
    });
    const seq = ++this.subscriptionSeq;
    this.clearTimer('connectTimer');
    this.connectTimer = setTimeout(() => {
      if (this.connection !== 'live') this.startPolling();
    }, CONNECT_GRACE_MS);
    this.unsubscribe = this.client.subscribe<TrackingUpdatesSubscription>(
      { operationName: 'TrackingUpdates', query: TrackingUpdatesDocument.toString(), variables: { token: this.token } },
      {
        next: (result) => seq === this.subscriptionSeq && this.onUpdate(result),
        error: (error) => seq === this.subscriptionSeq && this.onSubscriptionError(error),
        complete: () => seq === this.subscriptionSeq && this.onSubscriptionComplete(),
      },
    );
  }

  private onConnected(): void {
    if (this.disposed || this.finished) return;
    this.clearTimer('connectTimer');
    const wasDown = this.connection !== 'live';
    this.stopPolling();
    this.setConnection('live');
    // Changes made while the socket was down were not pushed: catch up once.
    if (wasDown && Date.now() - this.lastLoadAt > 2000) void this.load();
  }

  /** Fires for a dropped socket and for every failed reconnect attempt alike. */
  private onSocketClosed(): void {
    if (this.disposed || this.finished) return;
    this.startPolling();
  }

  private onUpdate(result: FormattedExecutionResult<TrackingUpdatesSubscription, unknown>): void {
    const update = result.data?.trackingUpdates;
    if (!update || this.disposed || this.finished) return;
    switch (update.kind) {
      case 'POSITION': {
        const position = update.driverPosition;
        if (this.page && position && isNewer(position, this.page.driverPosition)) {
          this.page = { ...this.page, driverPosition: position };
          this.publish();
        }
        break;
      }
      case 'CHANGED':
        if (update.page) this.applyResult(fromWire(update.page));
        break;
      case 'UNAVAILABLE':
        this.finish(
          update.page?.__typename === 'TrackingUnavailable' ? update.page : { reason: 'NOT_AVAILABLE', message: '' },
        );
        break;
    }
  }

  private onSubscriptionError(error: unknown): void {
    if (this.disposed || this.finished) return;
    this.unsubscribe = null;
    this.disposeClient();
    this.startPolling();
    const limited = Array.isArray(error)
      ? (error as Array<{ extensions?: { code?: string; retryAfter?: number } }>).find((e) => e.extensions?.code === 'RATE_LIMITED')
      : undefined;
    if (limited) {
      // Too many requests from this address: poll meanwhile and try the socket again later.
      const wait = Math.max(limited.extensions?.retryAfter ?? 60, 1) * 1000;
      this.resubscribeTimer = setTimeout(() => this.subscribe(), wait);
      return;
    }
    if (Array.isArray(error)) {
      // Other GraphQL errors (e.g. the server has no `trackingUpdates`): retrying will not help.
      this.subscriptionUnsupported = true;
      if (import.meta.env.DEV) console.warn('Tracking subscription unavailable; polling instead', error);
      return;
    }
    // A fatal close (e.g. 4429 too many connections): try again much later.
    this.resubscribeTimer = setTimeout(() => this.subscribe(), RESUBSCRIBE_DELAY_MS);
  }

  /** The server ended the stream without saying the link is unavailable: check, then resubscribe. */
  private onSubscriptionComplete(): void {
    if (this.disposed || this.finished) return;
    this.unsubscribe = null;
    this.startPolling();
    void this.load();
    this.resubscribeTimer = setTimeout(() => this.subscribe(), POLL_INTERVAL_MS);
  }

  private startPolling(): void {
    if (this.disposed || this.finished) return;
    if (this.connection === 'live' || this.connection === 'connecting') this.setConnection('polling');
    if (this.pollTimer) return;
    this.pollTimer = setInterval(() => void this.load(), POLL_INTERVAL_MS);
  }

  private stopPolling(): void {
    if (this.pollTimer) clearInterval(this.pollTimer);
    this.pollTimer = null;
  }

  private onVisibilityChange = (): void => {
    // Background tabs throttle timers and phones drop sockets: refresh on return.
    if (document.visibilityState === 'visible' && this.page && Date.now() - this.lastLoadAt > POLL_INTERVAL_MS) {
      void this.load();
    }
  };

  private stopLive(): void {
    this.subscriptionSeq += 1;
    this.stopPolling();
    this.clearTimer('connectTimer');
    this.clearTimer('resubscribeTimer');
    this.disposeClient();
  }

  private disposeClient(): void {
    const unsubscribe = this.unsubscribe;
    const client = this.client;
    this.unsubscribe = null;
    this.client = null;
    unsubscribe?.();
    void client?.dispose();
  }

  // ---- Helpers ----

  private setConnection(connection: Connection): void {
    if (this.connection === connection) return;
    this.connection = connection;
    this.publish();
  }

  private publish(): void {
    if (this.page && !this.disposed && !this.finished) {
      this.emit({ status: 'ready', page: this.page, connection: this.connection });
    }
  }

  private clearTimer(name: 'retryTimer' | 'connectTimer' | 'resubscribeTimer' | 'expiryTimer'): void {
    const timer = this[name];
    if (timer) clearTimeout(timer);
    this[name] = null;
  }
}

/** The tracking page for `token`, kept current live (or by polling); `retry` reloads now. */
export function useTrackingUpdates(token: string): { state: TrackingState; retry: () => void } {
  const [state, setState] = useState<TrackingState>({ status: 'loading' });
  const sessionRef = useRef<TrackingSession | null>(null);

  useEffect(() => {
    setState({ status: 'loading' });
    const session = new TrackingSession(token, setState);
    sessionRef.current = session;
    session.start();
    return () => {
      session.dispose();
      if (sessionRef.current === session) sessionRef.current = null;
    };
  }, [token]);

  const retry = useCallback(() => sessionRef.current?.retryNow(), []);
  return { state, retry };
}

function nextSubscriptionId(): () => string {
  let n = 0;
  return () => String(++n);
}
