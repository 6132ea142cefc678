import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { RedisBus, Topic } from './event-bus';

// The Redis bus against a redis-server of the test's own: a topic subscribed while the
// subscriber connection is still in its handshake (as a replica's boot does when a later part of
// it subscribes) is heard, and so is every topic subscribed before it. Found by
// server/test/cluster.test.ts: a freshly started replica heard no live event at all, while
// /readyz said 200 (the failed ready check reconnects, and the subscriptions were lost).

let redis: ChildProcess;
let url: string;

beforeAll(async () => {
  const port = await new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('redis-server did not start');
});

afterAll(async () => {
  await new Promise((resolve) => {
    redis.once('exit', resolve);
    redis.kill('SIGKILL');
  });
});

async function ready(...buses: RedisBus[]): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await Promise.all(buses.map((b) => b.check().then(() => true, () => false)))).every(Boolean)) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the buses did not connect');
}

it('hears every topic, also one subscribed during the connection’s handshake', async () => {
  for (let round = 0; round < 5; round++) {
    const publisher = new RedisBus(url);
    const listener = new RedisBus(url);
    const heard: string[] = [];
    await listener.subscribe(Topic.DRIVER_POSITION, () => heard.push('position'));
    // The next topic is subscribed in the middle of the connection's handshake: the socket is
    // open ('connect'), the ready check (INFO) not yet sent. ioredis writes a SUBSCRIBE at once
    // then; the connection is in subscriber mode before its INFO, which fails the ready check.
    const subscriber = (listener as unknown as { subscriber: { status: string; client: (...args: unknown[]) => unknown } }).subscriber;
    const client = subscriber.client.bind(subscriber);
    const during = new Promise<string>((resolve) => {
      subscriber.client = (...args: unknown[]) => {
        subscriber.client = client;
        const status = subscriber.status;
        void listener.subscribe(Topic.TENANT_CHANGED, () => heard.push('tenant')).then(() => resolve(status));
        return client(...args);
      };
    });
    expect(await during).toBe('connect');
    await ready(publisher, listener);
    for (let i = 0; i < 50 && heard.length < 2; i++) {
      heard.length = 0;
      await publisher.publish(Topic.DRIVER_POSITION, { driverId: 'd', tenantId: 't', latitude: 1, longitude: 2, heading: null, speedKmh: null, recordedAt: new Date().toISOString() });
      await publisher.publish(Topic.TENANT_CHANGED, { tenantId: 't' });
      await new Promise((r) => setTimeout(r, 20));
    }
    await publisher.close();
    await listener.close();
    expect(heard.sort()).toEqual(['position', 'tenant']);
  }
});
