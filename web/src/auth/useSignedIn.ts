import { useSyncExternalStore } from 'react';
import { isSignedIn, subscribeToSession } from './session';

/** Whether the admin console has a session (its CSRF cookie). Re-renders on sign-in/out. */
export function useSignedIn(): boolean {
  return useSyncExternalStore(subscribeToSession, isSignedIn, () => false);
}
