import WebSocket from 'ws';
import { POSITION_UPDATES, REPORT_POSITIONS } from '../../../test/documents';
import { givenConsignmentInTransit, givenTenant, position } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { openRawSocket, untilStreams, untilStreamsClosed, type Frame } from '../../../test/public-api';
import { doc } from '../../../test/typed-document';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ PUBLIC_RATE_LIMIT: '100000' });
});
afterAll(() => app.close());

async function onTheRoad() {
  const { driver, token } = await givenConsignmentInTransit(app, await givenTenant(app, { tracking: true }));
  return { driver, token };
}

// Every test closes its sockets; the server lets go of their streams shortly after.
beforeEach(() => untilStreamsClosed(app));

describe('frames of the public WebSocket', () => {
  it('sends one serialisation of an update to every page: the same bytes for the same id', async () => {
    const { driver, token } = await onTheRoad();
    const pages = await Promise.all([openRawSocket(app), openRawSocket(app), openRawSocket(app)]);
    try {
      pages[0].subscribe('1', POSITION_UPDATES, { token });
      pages[1].subscribe('1', POSITION_UPDATES, { token });
      pages[2].subscribe('page-3', POSITION_UPDATES, { token });
      await untilStreams(app, 3);
      await app.server.services.eta.idle();
      const before = app.server.publicApi.serialisedResults();
      const directBefore = app.server.publicApi.framesSentDirectly();
      await app.ok(REPORT_POSITIONS, { positions: [position('f1', 52.37, 4.89)] }, driver.token);
      const isPosition = (m: Frame) => m.type === 'next' && m.payload.data?.trackingUpdates?.kind === 'POSITION';
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
    const page = await openRawSocket(app);
    try {
      page.subscribe('bad-syntax', doc<unknown>('subscription { trackingUpdates(token: '));
      const syntax: unknown = JSON.parse(await page.waitFor((m) => m.id === 'bad-syntax', 'an answer to a syntax error'));
      expect(syntax).toMatchObject({ type: 'error', payload: [{ message: expect.stringMatching(/Syntax Error/) }] });

      page.subscribe('bad-field', doc<unknown, { token: string }>('subscription($token: String!) { trackingUpdates(token: $token) { secret } }'), { token });
      const field: unknown = JSON.parse(await page.waitFor((m) => m.id === 'bad-field', 'an answer to an unknown field'));
      expect(field).toMatchObject({ type: 'error', payload: [{ message: expect.stringMatching(/secret/) }] });

      const aliases = Array.from({ length: 6 }, (_, i) => `k${i}: kind`).join(' ');
      page.subscribe('aliases', doc<unknown, { token: string }>(`subscription($token: String!) { trackingUpdates(token: $token) { ${aliases} } }`), { token });
      const limit: unknown = JSON.parse(await page.waitFor((m) => m.id === 'aliases', 'an answer to six aliases'));
      expect(limit).toMatchObject({ type: 'error', payload: [{ message: expect.stringMatching(/alias/i) }] });

      page.subscribe('good', POSITION_UPDATES, { token });
      await untilStreams(app, 1);
      expect(page.ws.readyState).toBe(WebSocket.OPEN);
    } finally {
      page.ws.close();
    }
  });

  it('shares one parsed document between all subscriptions with the same text', async () => {
    const { token } = await onTheRoad();
    const pages = await Promise.all([openRawSocket(app), openRawSocket(app)]);
    try {
      // The same text on two sockets is parsed once; another text (a comment differs) once more.
      const cached = doc<unknown, { token: string }>(`${POSITION_UPDATES.text} # cache`);
      const before = app.server.publicApi.parsedDocuments();
      pages[0].subscribe('1', cached, { token });
      pages[1].subscribe('1', cached, { token });
      await untilStreams(app, 2);
      expect(app.server.publicApi.parsedDocuments() - before).toBe(1);
      pages[1].subscribe('2', doc<unknown, { token: string }>(`${cached.text} again`), { token });
      await untilStreams(app, 3);
      expect(app.server.publicApi.parsedDocuments() - before).toBe(2);
    } finally {
      for (const p of pages) p.ws.close();
    }
  });
});
