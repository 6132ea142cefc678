import WebSocket from 'ws';
import { createConsignments, createDriver, createTrackingTenant, linksOf, tokenOf } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ PUBLIC_RATE_LIMIT: '100000' });
});
afterAll(() => app.close());

const REPORT = 'mutation($p: [PositionInput!]!) { reportPositions(positions: $p) { accepted } }';
const UPDATES = 'subscription($token: String!) { trackingUpdates(token: $token) { kind driverPosition { latitude longitude } } }';

/** A graphql-transport-ws client by hand, keeping every frame as the bytes that arrived. */
async function rawSocket(app: TestApp) {
  const ws = new WebSocket(app.url.replace(/^http/, 'ws') + '/public/graphql', 'graphql-transport-ws');
  const frames: string[] = [];
  ws.on('message', (data) => frames.push(String(data)));
  await new Promise((r) => ws.once('open', r));
  ws.send(JSON.stringify({ type: 'connection_init' }));
  const waitFor = async (check: (message: any) => boolean, what: string, ms = 1000) => {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = frames.find((f) => check(JSON.parse(f)));
      if (found) return found;
      if (Date.now() > deadline || ws.readyState !== WebSocket.OPEN) throw new Error(`no ${what}; frames: ${frames.join('\n')}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  await waitFor((m) => m.type === 'connection_ack', 'connection_ack');
  return {
    ws,
    frames,
    waitFor,
    subscribe: (id: string, query: string, variables?: Record<string, unknown>) =>
      ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } })),
  };
}

async function onTheRoad() {
  const tenant = await createTrackingTenant(app);
  const [c] = await createConsignments(app, tenant.adminToken, 1, { status: 'IN_TRANSIT' });
  const driver = await createDriver(app, tenant.adminToken);
  await app.ok(`mutation { assignDriver(consignmentId: "${c.id}", driverId: "${driver.id}") { id } }`, {}, tenant.adminToken);
  const [link] = await linksOf(app, tenant.adminToken, c.id);
  return { driver, token: tokenOf(link.url) };
}

async function untilStreams(n: number) {
  const deadline = Date.now() + 2000;
  while (app.server.services.live.streamCount < n) {
    if (Date.now() > deadline) throw new Error(`${app.server.services.live.streamCount} streams, expected ${n}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

// Every test closes its sockets; the server lets go of their streams shortly after.
beforeEach(async () => {
  const deadline = Date.now() + 2000;
  while (app.server.services.live.streamCount > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  expect(app.server.services.live.streamCount).toBe(0);
});

describe('frames of the public WebSocket', () => {
  it('sends one serialisation of an update to every page: the same bytes for the same id', async () => {
    const { driver, token } = await onTheRoad();
    const pages = await Promise.all([rawSocket(app), rawSocket(app), rawSocket(app)]);
    try {
      pages[0].subscribe('1', UPDATES, { token });
      pages[1].subscribe('1', UPDATES, { token });
      pages[2].subscribe('page-3', UPDATES, { token });
      await untilStreams(3);
      await app.server.services.eta.idle();
      const before = app.server.publicApi.serialisedResults();
      const directBefore = app.server.publicApi.framesSentDirectly();
      await app.ok(REPORT, { p: [{ clientId: 'f1', latitude: 52.37, longitude: 4.89, recordedAt: new Date().toISOString() }] }, driver.token);
      const isPosition = (m: any) => m.type === 'next' && m.payload?.data?.trackingUpdates?.kind === 'POSITION';
      const [a, b, c] = await Promise.all(pages.map((p) => p.waitFor(isPosition, 'POSITION frame')));
      expect(a).toBe(b);
      expect(JSON.parse(a)).toEqual({
        id: '1',
        type: 'next',
        payload: { data: { trackingUpdates: { kind: 'POSITION', driverPosition: { latitude: 52.37, longitude: 4.89 } } } },
      });
      expect(JSON.parse(c)).toEqual({ ...JSON.parse(a), id: 'page-3' });
      await app.server.services.eta.idle();
      // The position, and at most one ETA change, each serialised once for the three pages.
      const serialised = app.server.publicApi.serialisedResults() - before;
      expect(serialised).toBeGreaterThanOrEqual(1);
      expect(serialised).toBeLessThanOrEqual(2);
      // Pages that keep up get their frames straight from the event, not through the iterators.
      expect(app.server.publicApi.framesSentDirectly() - directBefore).toBeGreaterThanOrEqual(3);
    } finally {
      for (const p of pages) p.ws.close();
    }
  });

  it('answers a bad document with an error message and keeps the socket open for a good one', async () => {
    const { token } = await onTheRoad();
    const page = await rawSocket(app);
    try {
      page.subscribe('bad-syntax', 'subscription { trackingUpdates(token: ');
      const syntax = JSON.parse(await page.waitFor((m) => m.id === 'bad-syntax', 'an answer to a syntax error'));
      expect(syntax.type).toBe('error');
      expect(syntax.payload[0].message).toMatch(/Syntax Error/);

      page.subscribe('bad-field', 'subscription($token: String!) { trackingUpdates(token: $token) { secret } }', { token });
      const field = JSON.parse(await page.waitFor((m) => m.id === 'bad-field', 'an answer to an unknown field'));
      expect(field.type).toBe('error');
      expect(field.payload[0].message).toMatch(/secret/);

      const aliases = Array.from({ length: 6 }, (_, i) => `k${i}: kind`).join(' ');
      page.subscribe('aliases', `subscription($token: String!) { trackingUpdates(token: $token) { ${aliases} } }`, { token });
      const limit = JSON.parse(await page.waitFor((m) => m.id === 'aliases', 'an answer to six aliases'));
      expect(limit.type).toBe('error');
      expect(limit.payload[0].message).toMatch(/alias/i);

      page.subscribe('good', UPDATES, { token });
      await untilStreams(1);
      expect(page.ws.readyState).toBe(WebSocket.OPEN);
    } finally {
      page.ws.close();
    }
  });

  it('shares one parsed document between all subscriptions with the same text', async () => {
    const { token } = await onTheRoad();
    const pages = await Promise.all([rawSocket(app), rawSocket(app)]);
    try {
      // The same text on two sockets is parsed once; another text (a comment differs) once more.
      const text = `${UPDATES} # cache`;
      const before = app.server.publicApi.parsedDocuments();
      pages[0].subscribe('1', text, { token });
      pages[1].subscribe('1', text, { token });
      await untilStreams(2);
      expect(app.server.publicApi.parsedDocuments() - before).toBe(1);
      pages[1].subscribe('2', `${text} again`, { token });
      await untilStreams(3);
      expect(app.server.publicApi.parsedDocuments() - before).toBe(2);
    } finally {
      for (const p of pages) p.ws.close();
    }
  });
});
