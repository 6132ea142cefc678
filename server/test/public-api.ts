import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { SectionOverrides, TemplateSection } from '@tracklink/shared';
import { POSITION_UPDATES, TRACKING_PAGE, TRACKING_UPDATES, type PageResult, type SectionInput, type TrackingPage, type TrackingUpdate, type UnavailableReason } from './documents';
import { eventually, GiveUp } from './eventually';
import type { TestApp } from './harness';
import type { DataOf, GqlError, TypedDocument } from './typed-document';

// The public side, as the tracking page uses it: POSTs to /public/graphql and live updates
// over its WebSocket.

export interface PublicResponse<TData> {
  status: number;
  headers: Headers;
  /** The JSON body; `raw` holds a body that was not JSON. */
  body: { data?: TData | null; errors?: GqlError[]; raw?: string };
}

/** POSTs to the public endpoint, as the tracking page does. */
export async function publicGql<TData, TVariables>(
  app: TestApp,
  document: TypedDocument<TData, TVariables>,
  variables?: NoInfer<TVariables>,
  headers: Record<string, string> = {},
): Promise<PublicResponse<TData>> {
  const res = await fetch(`${app.url}/public/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: document.text, variables }),
  });
  const text = await res.text();
  let body: PublicResponse<TData>['body'];
  try {
    body = JSON.parse(text) as PublicResponse<TData>['body'];
  } catch {
    body = { raw: text };
  }
  return { status: res.status, headers: res.headers, body };
}

/** What the public page query answers for a token: the page, or why there is none. */
export async function trackingPage(app: TestApp, token: string): Promise<PageResult> {
  const res = await publicGql(app, TRACKING_PAGE, { token });
  if (res.body.errors || !res.body.data) throw new Error(`public errors: ${JSON.stringify(res.body.errors ?? res.body)}`);
  return res.body.data.trackingPage;
}

/** The page a token shows; fails when it shows none. */
export async function shownPage(app: TestApp, token: string): Promise<TrackingPage> {
  const page = await trackingPage(app, token);
  if (page.__typename !== 'TrackingPage') throw new Error(`no page: ${page.reason} (${page.message})`);
  return page;
}

/** Why a token shows no page; null when it shows one. */
export async function unavailableReason(app: TestApp, token: string): Promise<UnavailableReason | null> {
  const page = await trackingPage(app, token);
  return page.__typename === 'TrackingUnavailable' ? page.reason : null;
}

const socketUrl = (app: TestApp, path: string) => app.url.replace(/^http/, 'ws') + path;

/** A graphql-ws client on the public endpoint, collecting every update of one subscription. */
export function subscribeUpdates(app: TestApp, token: string) {
  const client = createClient({ url: socketUrl(app, '/public/graphql'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
  const updates: TrackingUpdate[] = [];
  const errors: unknown[] = [];
  let received = 0;
  let completed = false;
  const dispose = client.subscribe<DataOf<typeof TRACKING_UPDATES>>(
    { query: TRACKING_UPDATES.text, variables: { token } },
    {
      next: (value) => {
        received++;
        if (value.data) updates.push(value.data.trackingUpdates);
        if (value.errors || !value.data) errors.push(value);
      },
      error: (error) => {
        errors.push(error);
        completed = true;
      },
      complete: () => {
        completed = true;
      },
    },
  );
  return {
    updates,
    errors,
    /** How many results arrived, updates or not. */
    get received() {
      return received;
    },
    get completed() {
      return completed;
    },
    /** Resolves when `check` holds, or fails after `ms`. */
    async until(check: () => boolean, ms = 1000, what = 'condition'): Promise<void> {
      await eventually(
        () => {
          if (!check()) throw new Error(`updates: ${JSON.stringify(updates)} errors: ${JSON.stringify(errors)}`);
        },
        { timeoutMs: ms, what },
      );
    },
    async close() {
      dispose();
      await client.dispose();
    },
  };
}

/** Waits until the server holds `n` open live streams (the subscriptions are registered). */
export async function untilStreams(app: TestApp, n: number, ms = 2000): Promise<void> {
  await eventually(() => expect(app.server.services.live.streamCount).toBeGreaterThanOrEqual(n), { timeoutMs: ms, what: `${n} live streams` });
}

/** Waits until the server has let go of every live stream (a test closed its subscriptions). */
export async function untilStreamsClosed(app: TestApp): Promise<void> {
  await eventually(() => expect(app.server.services.live.streamCount).toBe(0), { timeoutMs: 2000, what: 'no live streams' });
}

/** A graphql-transport-ws message as it arrives. */
export type Frame =
  | { type: 'next'; id: string; payload: { data?: DataOf<typeof POSITION_UPDATES> | null; errors?: GqlError[] } }
  | { type: 'connection_ack' | 'error' | 'complete' | 'ping' | 'pong'; id?: string; payload?: unknown };

/** A graphql-transport-ws client by hand, keeping every frame as the bytes that arrived. */
export async function openRawSocket(app: TestApp) {
  const ws = new WebSocket(socketUrl(app, '/public/graphql'), 'graphql-transport-ws');
  const frames: string[] = [];
  const messages: Frame[] = [];
  let tcp: Socket | undefined;
  // The connection under the WebSocket, as the HTTP upgrade handed it over.
  ws.once('upgrade', (response: IncomingMessage) => (tcp = response.socket));
  ws.on('message', (data) => {
    const text = String(data);
    frames.push(text);
    messages.push(JSON.parse(text) as Frame);
  });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  ws.send(JSON.stringify({ type: 'connection_init' }));
  /** The first frame, as sent, whose message passes `check`. */
  const waitFor = (check: (message: Frame) => boolean, what: string, ms = 1000) =>
    eventually(
      () => {
        const at = messages.findIndex(check);
        if (at >= 0) return frames[at];
        const problem = `no ${what}; frames: ${frames.join('\n')}`;
        throw ws.readyState === WebSocket.OPEN ? new Error(problem) : new GiveUp(`socket closed: ${problem}`);
      },
      { timeoutMs: ms, what },
    );
  await waitFor((m) => m.type === 'connection_ack', 'connection_ack');
  if (!tcp) throw new Error('the WebSocket opened without an upgrade');
  const socket = tcp;
  return {
    ws,
    frames,
    messages,
    waitFor,
    /** The TCP connection: pausing it stops reading, so the server's writes back up. */
    tcp: socket,
    subscribe: <TData, TVariables>(id: string, document: TypedDocument<TData, TVariables>, variables?: NoInfer<TVariables>) =>
      ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query: document.text, variables } })),
  };
}

/** Which page fields each section controls, and how to see it is there. */
export const SECTION_PROBES: Record<TemplateSection, (page: TrackingPage) => boolean> = {
  showStatus: (p) => p.status !== null,
  showProgress: (p) => p.progress !== null,
  showStopReferences: (p) => p.stops.some((s) => s.reference !== null),
  showEstimatedTimes: (p) => p.stops.some((s) => s.estimatedArrival !== null),
  showCargo: (p) => p.cargo !== null,
  showPalletScans: (p) => p.palletScans !== null,
  showMap: (p) => p.showMap && p.stops.every((s) => s.latitude !== null),
  showDriverPosition: (p) => p.driverPosition !== null,
  showCustomerReference: (p) => p.customerReference !== null,
  showContainerNumber: (p) => p.containerNumber !== null,
  showTransportService: (p) => p.transportService !== null,
  showCustomFields: (p) => p.customFields !== null,
  showExtraFields: (p) => p.extraFields !== null,
  showNotes: (p) => p.notes !== null,
  showPhotos: (p) => p.photos !== null,
  showFeedback: (p) => p.feedback !== null,
  showProofOfDelivery: (p) => p.stops.some((s) => s.proofOfDelivery !== null),
};

/** The sections that are set: a null or absent one inherits. */
export const setSections = (o: SectionOverrides): SectionInput => Object.fromEntries(Object.entries(o).filter(([, v]) => v != null));
