import { createClient } from 'graphql-ws';
import {
  TrackingPageDocument,
  TrackingUpdatesDocument,
  type TrackingPageQuery,
  type TrackingPageQueryVariables,
  type TrackingUpdatesSubscription,
  type TrackingUpdatesSubscriptionVariables,
} from '../../gql-public/graphql';
import type { SocketOptions, TrackingTransport, UpdatesSocket } from './trackingConnection';
import { fromWire, updateFromWire, type TrackingPageResult } from './wire';

// Plain fetch and graphql-ws, not Apollo Client: the public page needs one query and one
// subscription and must stay small. The token travels in the POST body and in the
// subscription's payload only, never in a URL.

export const PUBLIC_GRAPHQL_PATH = '/public/graphql';
const REQUEST_TIMEOUT_MS = 15_000;
const DEFAULT_RATE_LIMIT_WAIT_S = 30;

export type FetchOutcome =
  | { ok: true; result: TrackingPageResult }
  | { ok: false; aborted: boolean; rateLimited: boolean; retryAfterSeconds: number | null };

/** The response as it arrives: JSON not yet checked against the query's result type. */
interface GraphQLResponse {
  data?: { trackingPage?: unknown } | null;
  errors?: { message?: string; extensions?: { code?: unknown; retryAfter?: unknown } }[];
}

/** The WebSocket URL of the public endpoint on this page's own origin. */
export function publicWebSocketUrl(location: Location = window.location): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}${PUBLIC_GRAPHQL_PATH}`;
}

function retryAfterFrom(response: Response | null, body: GraphQLResponse | null): number | null {
  for (const error of body?.errors ?? []) {
    const value = Number(error.extensions?.retryAfter);
    if (Number.isFinite(value) && value > 0) return value;
  }
  const header = Number(response?.headers.get('retry-after'));
  return Number.isFinite(header) && header > 0 ? header : null;
}

function isTrackingResult(value: unknown): value is TrackingPageQuery['trackingPage'] {
  if (typeof value !== 'object' || value === null || !('__typename' in value)) return false;
  return value.__typename === 'TrackingPage' || value.__typename === 'TrackingUnavailable';
}

export async function fetchTrackingPage(token: string, signal: AbortSignal): Promise<FetchOutcome> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), REQUEST_TIMEOUT_MS);
  const onAbort = () => timeout.abort();
  signal.addEventListener('abort', onAbort);
  const variables: TrackingPageQueryVariables = { token };
  let response: Response | null = null;
  let body: GraphQLResponse | null = null;
  try {
    response = await fetch(PUBLIC_GRAPHQL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ operationName: 'TrackingPage', query: TrackingPageDocument.toString(), variables }),
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal: timeout.signal,
    });
    body = (await response.json().catch(() => null)) as GraphQLResponse | null;
  } catch {
    // Network failure, timeout or abort: handled below like any other failure.
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }

  const result = body?.data?.trackingPage;
  if (response?.ok && isTrackingResult(result)) return { ok: true, result: fromWire(result) };

  const rateLimited =
    response?.status === 429 || (body?.errors ?? []).some((error) => error.extensions?.code === 'RATE_LIMITED');
  return {
    ok: false,
    aborted: signal.aborted,
    rateLimited,
    retryAfterSeconds: retryAfterFrom(response, body) ?? (rateLimited ? DEFAULT_RATE_LIMIT_WAIT_S : null),
  };
}

/** A graphql-ws client for `token`'s `trackingUpdates`; the socket opens with the subscription. */
export function openUpdatesSocket(token: string, options: SocketOptions): UpdatesSocket {
  const client = createClient({
    url: publicWebSocketUrl(),
    lazy: true,
    keepAlive: 20_000,
    connectionAckWaitTimeout: 10_000,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: options.retryWait,
    // Subscriptions numbered 1, 2, … (a page rarely gets past 1) rather than random ids: the
    // server builds an update's frame once per id, so most pages share the very same bytes.
    generateID: nextSubscriptionId(),
    on: {
      connected: () => options.connected(),
      closed: () => options.closed(),
    },
  });
  const variables: TrackingUpdatesSubscriptionVariables = { token };
  return {
    subscribe: (sink) =>
      client.subscribe<TrackingUpdatesSubscription>(
        { operationName: 'TrackingUpdates', query: TrackingUpdatesDocument.toString(), variables },
        {
          next: (result) => {
            const update = result.data?.trackingUpdates;
            if (update) sink.next(updateFromWire(update));
          },
          error: (error) => sink.error(error),
          complete: () => sink.complete(),
        },
      ),
    dispose: () => void client.dispose(),
  };
}

/** The API for one token, as the connection uses it. */
export function trackingTransport(token: string): TrackingTransport {
  return {
    fetchPage: (signal) => fetchTrackingPage(token, signal),
    openSocket: (options) => openUpdatesSocket(token, options),
  };
}

function nextSubscriptionId(): () => string {
  let n = 0;
  return () => String(++n);
}
