import WebSocket from 'ws';
import { createConsignments, createDriver, createTrackingTenant, linksOf, tokenOf } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { Topic } from '../../bus/event-bus';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ PUBLIC_RATE_LIMIT: '100000' });
});
afterAll(() => app.close());

it('a subscriber that never reads holds a bounded amount of the server memory, and gets the latest position when it reads again', async () => {
  const tenant = await createTrackingTenant(app);
  const [c] = await createConsignments(app, tenant.adminToken, 1, { status: 'IN_TRANSIT' });
  const driver = await createDriver(app, tenant.adminToken);
  await app.ok(`mutation { assignDriver(consignmentId: "${c.id}", driverId: "${driver.id}") { id } }`, {}, tenant.adminToken);
  const [link] = await linksOf(app, tenant.adminToken, c.id);

  const ws = new WebSocket(app.url.replace(/^http/, 'ws') + '/public/graphql', 'graphql-transport-ws');
  const received: any[] = [];
  ws.on('message', (data) => received.push(JSON.parse(String(data))));
  await new Promise((r) => ws.once('open', r));
  ws.send(JSON.stringify({ type: 'connection_init' }));
  await new Promise<void>((r) => ws.on('message', () => r()));
  ws.send(JSON.stringify({
    id: '1',
    type: 'subscribe',
    payload: { query: `subscription { trackingUpdates(token: "${tokenOf(link.url)}") { kind driverPosition { latitude longitude } } }` },
  }));
  const live = app.server.services.live;
  while (live.streamCount < 1) await new Promise((r) => setTimeout(r, 10));

  // Stop reading: the kernel buffers fill, then the server must stop queueing.
  (ws as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();
  const bus = app.server.services.bus;
  const heapBefore = process.memoryUsage().heapUsed;
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
  const [serverSocket] = [...app.server.publicWs.clients] as WebSocket[];
  expect(serverSocket.bufferedAmount).toBeLessThan(256 * 1024);
  expect(live.pendingUpdates).toBeLessThanOrEqual(2);
  const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
  expect(heapGrowth).toBeLessThan(50 * 1024 * 1024);

  (ws as unknown as { _socket: { resume(): void } })._socket.resume();
  const lastLatitude = (N % 8000) / 100;
  const deadline = Date.now() + 5000;
  while (!received.some((m) => m.payload?.data?.trackingUpdates?.driverPosition?.latitude === lastLatitude)) {
    if (Date.now() > deadline) throw new Error('the latest position never arrived');
    await new Promise((r) => setTimeout(r, 20));
  }
  const positions = received.filter((m) => m.type === 'next');
  // Most positions were superseded before they could be sent: what went out is what the
  // kernel's socket buffers took before they filled (about a tenth here), and then the latest.
  expect(positions.length).toBeLessThan(N / 5);
  ws.close();
}, 60_000);
