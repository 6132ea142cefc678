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

const DELIVERIES = doc<{
  consignments: { edges: Array<{ node: { reference: string; stops: Array<{ type: string; actualArrival: string | null; arrivalSource: string | null; actualDeparture: string | null; departureSource: string | null }> } }> };
}>('{ consignments(first: 50, filter: { status: IN_TRANSIT }) { edges { node { reference stops { type actualArrival arrivalSource actualDeparture departureSource } } } } }');

it('lets every truck arrive at its delivery and depart from it by geofence', async () => {
  const token = await app.login(DEMO_LOGINS.superAdmin.email, DEMO_LOGINS.superAdmin.password);
  // Recorded time runs on a clock of the test's, 20 s a tick, ending before now.
  let clock = Date.now() - 60 * 60_000;
  const options = {
    apiUrl: app.url,
    ...DEMO_LOGINS.superAdmin,
    stateFile: path.join(dir, 'drivers-geofence.json'),
    tickMs: 3_600_000,
    speedup: 1000, // one tick reaches the delivery
    now: () => clock,
  };
  const simulator = new DriverSimulator(options);
  await simulator.start();
  simulator.stop();
  // There (1 tick), 4 min at the delivery, back at the pickup: 4 min outside, over the 3 min exit.
  for (let i = 0; i < 30; i++) {
    await simulator.tick();
    clock += 20_000;
  }
  await app.server.services.geofence.idle();
  const { consignments } = await app.ok(DELIVERIES, {}, token);
  for (const { node } of consignments.edges) {
    const delivery = [...node.stops].reverse().find((s) => s.type === 'DELIVERY');
    expect({ reference: node.reference, ...delivery }).toMatchObject({ reference: node.reference, arrivalSource: 'GEOFENCE', departureSource: 'GEOFENCE' });
    expect(new Date(delivery!.actualDeparture!).getTime() - new Date(delivery!.actualArrival!).getTime()).toBeGreaterThanOrEqual(240_000);
  }
});
