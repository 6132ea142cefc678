import type { Duplex } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import type { EndedCredentials } from '../events/domain-events';
import type { Principal } from '../core/scope';

/** graphql-ws's code for "Unauthorized": clients do not retry it. */
export const CLOSE_UNAUTHORIZED = 4401;
/** Sockets of one address that have not (or not yet) signed in. */
export const UNAUTHENTICATED_SOCKETS_PER_ADDRESS = 10;
/** setTimeout's longest delay; a later expiry is checked again when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

function keysOf(principal: Principal): string[] {
  switch (principal.kind) {
    case 'user':
      return [`user:${principal.userId}`, ...(principal.sessionId ? [`session:${principal.sessionId}`] : [])];
    case 'apiKey':
      return [`apiKey:${principal.apiKeyId}`];
    case 'driver':
      return [`driver:${principal.driverId}`];
    default:
      return [];
  }
}

function keyOfEnded(credentials: EndedCredentials): string {
  switch (credentials.kind) {
    case 'session':
      return `session:${credentials.sessionId}`;
    case 'apiKey':
      return `apiKey:${credentials.apiKeyId}`;
    case 'user':
      return `user:${credentials.userId}`;
  }
}

/**
 * The staff endpoint's open WebSockets: a cap on those that have not signed in (per address),
 * and for those that have, what closes them: the end of their credentials (a sign-out, a
 * revoked API key, a removed user, told through the event bus by whichever replica made the
 * change) and their expiry.
 */
export class StaffSockets {
  private readonly unauthenticated = new Map<string, number>();
  /** Upgrade requests still counted as unauthenticated, and how to stop counting them. */
  private readonly pending = new WeakMap<IncomingMessage, () => void>();
  private readonly byCredential = new Map<string, Set<WebSocket>>();

  /**
   * Counts a new socket from this address as unauthenticated until it signs in or closes;
   * false when the address already has its share.
   */
  admit(ip: string, req: IncomingMessage, socket: Duplex): boolean {
    const count = this.unauthenticated.get(ip) ?? 0;
    if (count >= UNAUTHENTICATED_SOCKETS_PER_ADDRESS) return false;
    this.unauthenticated.set(ip, count + 1);
    let counted = true;
    const release = () => {
      if (!counted) return;
      counted = false;
      this.pending.delete(req);
      const left = (this.unauthenticated.get(ip) ?? 1) - 1;
      if (left > 0) this.unauthenticated.set(ip, left);
      else this.unauthenticated.delete(ip);
    };
    this.pending.set(req, release);
    socket.once('close', release);
    return true;
  }

  /** The socket signed in: it no longer counts against its address, and its credentials close it. */
  signedIn(req: IncomingMessage, ws: WebSocket, principal: Principal, expiresAt: Date | null): void {
    this.pending.get(req)?.();
    const keys = keysOf(principal);
    for (const key of keys) {
      let set = this.byCredential.get(key);
      if (!set) this.byCredential.set(key, (set = new Set()));
      set.add(ws);
    }
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      if (!expiresAt) return;
      const left = expiresAt.getTime() - Date.now();
      if (left <= 0) return ws.close(CLOSE_UNAUTHORIZED, 'Unauthorized: the credentials expired');
      timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS));
      timer.unref();
    };
    arm();
    ws.once('close', () => {
      clearTimeout(timer);
      for (const key of keys) {
        const set = this.byCredential.get(key);
        set?.delete(ws);
        if (set?.size === 0) this.byCredential.delete(key);
      }
    });
  }

  /** Closes every socket opened with these credentials; returns how many. */
  end(credentials: EndedCredentials): number {
    const set = this.byCredential.get(keyOfEnded(credentials));
    if (!set) return 0;
    const sockets = [...set];
    for (const ws of sockets) ws.close(CLOSE_UNAUTHORIZED, 'Unauthorized: the credentials ended');
    return sockets.length;
  }

  /** Open sockets that have signed in (for tests). */
  get signedInCount(): number {
    const all = new Set<WebSocket>();
    for (const set of this.byCredential.values()) for (const ws of set) all.add(ws);
    return all.size;
  }
}
