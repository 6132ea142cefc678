import { useSyncExternalStore } from 'react';
import { getSessionToken, subscribeToSession } from './session';

/** The current admin session token, or null when signed out. Re-renders on sign-in/out. */
export function useSessionToken(): string | null {
  return useSyncExternalStore(subscribeToSession, getSessionToken, () => null);
}
