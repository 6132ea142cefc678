import Redis from 'ioredis';
import { REPORT_POSITIONS, REVOKE_TRACKING_LINK } from '../../../test/documents';
import { givenConsignmentInTransit, givenTenant, position } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { subscribeUpdates, untilStreams } from '../../../test/public-api';

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
  const tenant = await givenTenant(a!, { tracking: true });
  const { driver, link, token } = await givenConsignmentInTransit(a!, tenant);
  const sub = subscribeUpdates(b!, token);
  try {
    await untilStreams(b!, 1);
    await a!.ok(REPORT_POSITIONS, { positions: [position('r1', 52.37, 4.9)] }, driver.token);
    await sub.until(() => sub.updates.some((u) => u.kind === 'POSITION'), 1000, 'the position through Redis');
    expect(sub.updates[0].driverPosition).toMatchObject({ latitude: 52.37, longitude: 4.9 });
    await a!.ok(REVOKE_TRACKING_LINK, { linkId: link.id }, tenant.adminToken);
    await sub.until(() => sub.completed, 1000, 'the end through Redis');
    expect(sub.updates.at(-1)).toMatchObject({ kind: 'UNAVAILABLE', page: { reason: 'NOT_AVAILABLE' } });
  } finally {
    await sub.close();
  }
});
