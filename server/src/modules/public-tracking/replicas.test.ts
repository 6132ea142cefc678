import Redis from 'ioredis';
import { createConsignments, createDriver, createTrackingTenant, linksOf, subscribeUpdates, tokenOf } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';

// Two server processes on one database, sharing live events through Redis.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisAnswers(): Promise<boolean> {
  const client = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

let a: TestApp | undefined;
let b: TestApp | undefined;
let redisUp = false;
beforeAll(async () => {
  redisUp = await redisAnswers();
  if (!redisUp) return;
  a = await startTestApp({ REDIS_URL });
  b = await startTestApp({ REDIS_URL }, a);
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

it('a position reported to one replica reaches a subscriber on the other, and a revoke on one closes it', async () => {
  if (!redisUp) {
    console.warn(`Redis is not reachable at ${REDIS_URL}: the two-replica test did not run`);
    return;
  }
  const tenant = await createTrackingTenant(a!);
  const [c] = await createConsignments(a!, tenant.adminToken, 1, { status: 'IN_TRANSIT' });
  const driver = await createDriver(a!, tenant.adminToken);
  await a!.ok(`mutation { assignDriver(consignmentId: "${c.id}", driverId: "${driver.id}") { id } }`, {}, tenant.adminToken);
  const [link] = await linksOf(a!, tenant.adminToken, c.id);
  const sub = subscribeUpdates(b!, tokenOf(link.url));
  try {
    const deadline = Date.now() + 2000;
    while (b!.server.services.live.streamCount < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    await a!.ok(
      'mutation($p: [PositionInput!]!) { reportPositions(positions: $p) { accepted } }',
      { p: [{ clientId: 'r1', latitude: 52.37, longitude: 4.9, recordedAt: new Date().toISOString() }] },
      driver.token,
    );
    await sub.until(() => sub.updates.some((u) => u.kind === 'POSITION'), 1000, 'the position through Redis');
    expect(sub.updates[0].driverPosition).toMatchObject({ latitude: 52.37, longitude: 4.9 });
    await a!.ok(`mutation { revokeTrackingLink(linkId: "${link.id}") { id } }`, {}, tenant.adminToken);
    await sub.until(() => sub.completed, 1000, 'the end through Redis');
    expect(sub.updates.at(-1)).toMatchObject({ kind: 'UNAVAILABLE', page: { reason: 'NOT_AVAILABLE' } });
  } finally {
    await sub.close();
  }
});
