import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { FetchOutcome } from './trackingApi';
import { trackingTransport } from './trackingApi';
import { loadRetryMs, TrackingConnection } from './trackingConnection';
import { INITIAL_TRACKING_STATE, trackingReducer, type TrackingState } from './trackingState';
import type { InitialTracking } from './initialTracking';
import { fromWire } from './wire';

// The page's state (trackingState.ts) kept current by one connection (trackingConnection.ts)
// per token.

const onRefused = import.meta.env.DEV
  ? (errors: readonly unknown[]) => console.warn('Tracking subscription unavailable; polling instead', errors)
  : undefined;

/** A server-rendered page's answer, adapted as the page's own query adapts it. */
export interface InitialLoad {
  outcome: FetchOutcome;
  /** When the server rendered it (its clock): the state the markup was rendered from. */
  renderedAt: number;
}

export function initialLoad(initial: InitialTracking): InitialLoad {
  const { outcome, renderedAt } = initial;
  return {
    outcome: outcome.ok
      ? { ok: true, result: fromWire(outcome.result) }
      : { ok: false, aborted: false, rateLimited: outcome.rateLimited, retryAfterSeconds: outcome.retryAfterSeconds },
    renderedAt,
  };
}

/** The state a server-rendered page starts in: the one its markup shows. */
export function stateOf(initial: InitialLoad | undefined): TrackingState {
  if (!initial) return INITIAL_TRACKING_STATE;
  const { outcome } = initial;
  if (!outcome.ok) {
    return { status: 'error', rateLimited: outcome.rateLimited, retryAt: initial.renderedAt + loadRetryMs(outcome, 1) };
  }
  const { result } = outcome;
  if (result.__typename === 'TrackingUnavailable') return { status: 'unavailable', reason: result.reason, message: result.message };
  return { status: 'ready', page: result, connection: 'connecting' };
}

/** When this document was requested, by this browser's clock: the inlined page is no older. */
function documentRequestedAt(): number {
  return typeof performance !== 'undefined' ? Math.round(performance.timeOrigin) : Date.now();
}

/**
 * The tracking page for `token`, kept current live (or by polling); `retry` reloads now.
 * `initial`: the page the server rendered, shown at once and followed from there.
 */
export function useTrackingUpdates(token: string, initial?: InitialLoad): { state: TrackingState; retry: () => void } {
  const [state, dispatch] = useReducer(trackingReducer, initial, stateOf);
  const connectionRef = useRef<TrackingConnection | null>(null);
  const initialFor = useRef({ token, initial });

  useEffect(() => {
    // The server's page belongs to the token it was rendered for; another token loads its own.
    if (initialFor.current.token !== token) initialFor.current = { token, initial: undefined };
    const start = initialFor.current.initial;
    if (!start) dispatch({ type: 'loading' });
    const connection = new TrackingConnection(trackingTransport(token), dispatch, { onRefused });
    const onVisibilityChange = () => connection.visibilityChanged(document.visibilityState === 'visible');
    connectionRef.current = connection;
    document.addEventListener('visibilitychange', onVisibilityChange);
    connection.start(start && { outcome: start.outcome, loadedAt: documentRequestedAt() });
    return () => {
      document.removeEventListener('visibilitychange', onVisibilityChange);
      connection.stop();
      if (connectionRef.current === connection) connectionRef.current = null;
    };
  }, [token]);

  const retry = useCallback(() => connectionRef.current?.retryNow(), []);
  return { state, retry };
}
