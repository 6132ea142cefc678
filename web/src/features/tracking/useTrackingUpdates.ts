import { useCallback, useEffect, useReducer, useRef } from 'react';
import { trackingTransport } from './trackingApi';
import { TrackingConnection } from './trackingConnection';
import { INITIAL_TRACKING_STATE, trackingReducer, type TrackingState } from './trackingState';

// The page's state (trackingState.ts) kept current by one connection (trackingConnection.ts)
// per token.

const onRefused = import.meta.env.DEV
  ? (errors: readonly unknown[]) => console.warn('Tracking subscription unavailable; polling instead', errors)
  : undefined;

/** The tracking page for `token`, kept current live (or by polling); `retry` reloads now. */
export function useTrackingUpdates(token: string): { state: TrackingState; retry: () => void } {
  const [state, dispatch] = useReducer(trackingReducer, INITIAL_TRACKING_STATE);
  const connectionRef = useRef<TrackingConnection | null>(null);

  useEffect(() => {
    dispatch({ type: 'loading' });
    const connection = new TrackingConnection(trackingTransport(token), dispatch, { onRefused });
    const onVisibilityChange = () => connection.visibilityChanged(document.visibilityState === 'visible');
    connectionRef.current = connection;
    document.addEventListener('visibilitychange', onVisibilityChange);
    connection.start();
    return () => {
      document.removeEventListener('visibilitychange', onVisibilityChange);
      connection.stop();
      if (connectionRef.current === connection) connectionRef.current = null;
    };
  }, [token]);

  const retry = useCallback(() => connectionRef.current?.retryNow(), []);
  return { state, retry };
}
