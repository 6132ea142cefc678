import { POSITION_UPDATES } from '../../../test/documents';
import { eventually } from '../../../test/eventually';
import { givenConsignmentInTransit, givenTenant } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { openRawSocket, untilStreams } from '../../../test/public-api';
import { Topic } from '../../bus/event-bus';
import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--expose_gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;
/** The heap in use after a full collection. */
const retainedHeap = () => {
  collectGarbage();
  return process.memoryUsage().heapUsed;
};

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ PUBLIC_RATE_LIMIT: '100000' });
});
afterAll(() => app.close());

it('a subscriber that never reads holds a bounded amount of the server memory, and gets the latest position when it reads again', async () => {
  const tenant = await givenTenant(app, { tracking: true });
  const { driver, token } = await givenConsignmentInTransit(app, tenant);

  const page = await openRawSocket(app);
  page.subscribe('1', POSITION_UPDATES, { token });
  const live = app.server.services.live;
  await untilStreams(app, 1);

  // Stop reading: the kernel buffers fill, then the server must stop queueing.
  page.tcp.pause();
  const bus = app.server.services.bus;
  const heapBefore = retainedHeap();
  const N = 150_000; // ~15 MB of frames: more than the kernel's socket buffers hold
  for (let i = 1; i <= N; i++) {
    await bus.publish(Topic.DRIVER_POSITION, {
      tenantId: tenant.id,
      driverId: driver.id,
      latitude: (i % 8000) / 100,
      longitude: 1,
      heading: null,
      speedKmh: null,
      recordedAt: new Date(Date.now() - N + i).toISOString(),
    });
    if (i % 1000 === 0) await new Promise((r) => setImmediate(r));
  }
  await new Promise((r) => setTimeout(r, 300));
  const [serverSocket] = [...app.server.publicWs.clients];
  expect(serverSocket.bufferedAmount).toBeLessThan(256 * 1024);
  expect(live.pendingUpdates).toBeLessThanOrEqual(2);
  // What stays reachable, not garbage a collection has not reached yet.
  const heapGrowth = retainedHeap() - heapBefore;
  expect(heapGrowth).toBeLessThan(50 * 1024 * 1024);

  page.tcp.resume();
  const lastLatitude = (N % 8000) / 100;
  const isLatest = () => page.messages.some((m) => m.type === 'next' && m.payload.data?.trackingUpdates?.driverPosition?.latitude === lastLatitude);
  await eventually(isLatest, { timeoutMs: 5000, intervalMs: 20, what: 'the latest position' });
  const positions = page.messages.filter((m) => m.type === 'next');
  // Most positions were superseded before they could be sent: what went out is what the
  // kernel's socket buffers took before they filled (about a tenth here), and then the latest.
  expect(positions.length).toBeLessThan(N / 5);
  page.ws.close();
}, 60_000);
