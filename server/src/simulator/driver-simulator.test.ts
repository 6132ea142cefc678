import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_LOGINS } from '../db/seed/seed-demo';
import { DRIVERS } from '../../test/documents';
import { startTestApp, type TestApp } from '../../test/harness';
import { doc } from '../../test/typed-document';
import { DriverSimulator } from './driver-simulator';

const IN_TRANSIT_POSITIONS = doc<{
  consignments: { edges: Array<{ node: { reference: string; driverPosition: { latitude: number; longitude: number } | null } }> };
}>('{ consignments(first: 50, filter: { status: IN_TRANSIT }) { edges { node { reference driverPosition { latitude longitude } } } } }');

let app: TestApp;
let dir: string;
beforeAll(async () => {
  app = await startTestApp({ SEED_DEMO: 'true' });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracklink-sim-'));
});
afterAll(async () => {
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('moves every demo truck in transit through the API, and reuses its drivers on the next run', async () => {
  const token = await app.login(DEMO_LOGINS.superAdmin.email, DEMO_LOGINS.superAdmin.password);
  const positions = async () => (await app.ok(IN_TRANSIT_POSITIONS, {}, token)).consignments.edges.map((e) => e.node);
  const before = await positions();
  expect(before.length).toBeGreaterThanOrEqual(3);
  const options = { apiUrl: app.url, ...DEMO_LOGINS.superAdmin, stateFile: path.join(dir, 'drivers.json'), tickMs: 3_600_000, speedup: 200 };
  const simulator = new DriverSimulator(options);
  expect(await simulator.start()).toBe(before.length);
  await simulator.tick();
  simulator.stop();
  await app.server.services.eta.idle();
  const after = await positions();
  for (const c of after) {
    const was = before.find((b) => b.reference === c.reference);
    expect(was).toBeDefined();
    expect(c.driverPosition).not.toEqual(was?.driverPosition);
  }
  const drivers = (await app.ok(DRIVERS, {}, token)).drivers.length;
  const again = new DriverSimulator(options);
  await again.start();
  again.stop();
  expect((await app.ok(DRIVERS, {}, token)).drivers.length).toBe(drivers);
});
