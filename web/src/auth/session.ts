// The admin session lives in cookies the server sets at sign-in (login with `cookie: true`):
// the token in an httpOnly cookie no script can read, and its CSRF token in a readable one,
// `tl_csrf`, which this file reads and every request sends back (X-CSRF-Token over HTTP,
// `csrfToken` in the WebSocket's connection_init). Being signed in means having that cookie.
// Admin-only: the public tracking page never reads or sends it.

export const CSRF_COOKIE = 'tl_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

type Listener = () => void;
const listeners = new Set<Listener>();
const CHANNEL = 'tracklink.session';
let channel: BroadcastChannel | null = null;

function broadcast(): void {
  try {
    channel ??= typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
    channel?.postMessage('changed');
  } catch {
    // No channel: other tabs notice on their next focus.
  }
}

function notify(): void {
  for (const listener of listeners) listener();
}

/** The CSRF token of the current session, or null when signed out. */
export function getCsrfToken(): string | null {
  if (typeof document === 'undefined') return null;
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CSRF_COOKIE && rest.length) return decodeURIComponent(rest.join('=')) || null;
  }
  return null;
}

export function isSignedIn(): boolean {
  return getCsrfToken() !== null;
}

/** After a sign-in: the server has set the cookies; tell this tab and the others. */
export function sessionStarted(): void {
  notify();
  broadcast();
}

/**
 * After a sign-out, or when the server says the session is over: the readable cookie goes
 * (the server takes back the httpOnly one with its answer).
 */
export function sessionEnded(): void {
  document.cookie = `${CSRF_COOKIE}=; Path=/; Max-Age=0; SameSite=Strict`;
  notify();
  broadcast();
}

/** Calls `listener` when signing in or out happens in this tab or another one. Returns an unsubscribe. */
export function subscribeToSession(listener: Listener): () => void {
  listeners.add(listener);
  let own: BroadcastChannel | null = null;
  try {
    own = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
    own?.addEventListener('message', listener);
  } catch {
    own = null;
  }
  window.addEventListener('focus', listener);
  return () => {
    listeners.delete(listener);
    own?.close();
    window.removeEventListener('focus', listener);
  };
}
