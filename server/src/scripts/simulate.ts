// `npm run simulate`: drives the demo consignments' trucks through a running server's API.
import path from 'node:path';
import { DEMO_LOGINS } from '../db/seed/seed-demo';
import { DriverSimulator } from '../simulator/driver-simulator';

const apiUrl = (process.env.SIMULATOR_API_URL ?? `http://localhost:${process.env.PORT ?? 4000}`).replace(/\/+$/, '');
const simulator = new DriverSimulator({
  apiUrl,
  email: process.env.SIMULATOR_EMAIL ?? DEMO_LOGINS.superAdmin.email,
  password: process.env.SIMULATOR_PASSWORD ?? DEMO_LOGINS.superAdmin.password,
  stateFile: path.resolve(process.env.DATA_DIR ?? '.data', 'simulator-drivers.json'),
  log: (m) => console.log(m),
});

simulator.start().then(
  (trucks) => {
    if (trucks === 0) console.log('No consignment is in transit; nothing to simulate.');
    // Keep the process alive while the timer (unref'd for in-server use) runs.
    setInterval(() => undefined, 60_000);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0));
  },
  (error) => {
    console.error(`Simulator could not start against ${apiUrl}: ${error.message}`);
    process.exit(1);
  },
);
