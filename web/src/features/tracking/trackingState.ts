import type { DriverPosition, UnavailableReason } from './types';
import type { TrackingPage } from './wire';

// What the public page shows, as a pure reducer: trackingConnection.ts dispatches what it
// hears from the API, useTrackingUpdates.ts renders the result.

/** How the page is kept current: live over the socket, polling, or failing to do either. */
export type Connection = 'connecting' | 'live' | 'polling' | 'offline';

export type TrackingState =
  | { status: 'loading' }
  | { status: 'ready'; page: TrackingPage; connection: Connection }
  | { status: 'unavailable'; reason: UnavailableReason; message: string }
  | { status: 'error'; rateLimited: boolean; retryAt: number };

export type TrackingAction =
  /** A (re)start without a page to show. */
  | { type: 'loading' }
  /** A fresh page: the first one, a poll's, or a CHANGED update's. */
  | { type: 'page'; page: TrackingPage }
  /** A POSITION update. */
  | { type: 'position'; position: DriverPosition }
  /** The link expired or was withdrawn: final until the next `loading`. */
  | { type: 'unavailable'; reason: UnavailableReason; message: string }
  /** The page could not be loaded; the next try is at `retryAt` (ms since the epoch). */
  | { type: 'failed'; rateLimited: boolean; retryAt: number }
  | { type: 'connection'; connection: Connection };

export const INITIAL_TRACKING_STATE: TrackingState = { status: 'loading' };

/** Positions can arrive out of order: the latest is the one recorded last (a tie takes the new one). */
function isNewer(candidate: DriverPosition, current: DriverPosition | null): boolean {
  return !current || Date.parse(candidate.recordedAt) >= Date.parse(current.recordedAt);
}

/**
 * A fresh page keeps the newer of the two driver positions. A page without a position (the
 * consignment left IN_TRANSIT, or the template hides it) clears it.
 */
function mergePage(previous: TrackingPage | null, next: TrackingPage): TrackingPage {
  const previousPosition = previous?.driverPosition ?? null;
  if (!next.driverPosition || !previousPosition || isNewer(next.driverPosition, previousPosition)) return next;
  return { ...next, driverPosition: previousPosition };
}

export function trackingReducer(state: TrackingState, action: TrackingAction): TrackingState {
  if (action.type === 'loading') return state.status === 'loading' ? state : INITIAL_TRACKING_STATE;
  if (state.status === 'unavailable') return state;
  switch (action.type) {
    case 'page':
      // The page the state was made from (a server-rendered one): nothing to change.
      if (state.status === 'ready' && state.page === action.page) return state;
      return state.status === 'ready'
        ? { ...state, page: mergePage(state.page, action.page) }
        : { status: 'ready', page: action.page, connection: 'connecting' };
    case 'position':
      if (state.status !== 'ready' || !isNewer(action.position, state.page.driverPosition)) return state;
      return { ...state, page: { ...state.page, driverPosition: action.position } };
    case 'unavailable':
      return { status: 'unavailable', reason: action.reason, message: action.message };
    case 'failed':
      // A page on screen stays there; only a page that never loaded shows the error.
      return state.status === 'ready' ? state : { status: 'error', rateLimited: action.rateLimited, retryAt: action.retryAt };
    case 'connection':
      if (state.status !== 'ready' || state.connection === action.connection) return state;
      return { ...state, connection: action.connection };
  }
}
