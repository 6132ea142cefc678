// First: tracing (when configured) hooks the libraries before anything loads them.
import { tracing } from './observability/tracing-init';
import { ConfigError, loadConfig } from './config';
import path from 'node:path';
import { DEMO_LOGINS } from './db/seed/seed-demo';
import { startServer } from './server';
import { DriverSimulator } from './simulator/driver-simulator';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const server = await startServer(config);
  const lines = [
    `Tracklink is running on ${server.url}`,
    `  Admin console:  ${config.publicBaseUrl}/admin`,
    `  GraphQL API:    ${server.url}/graphql`,
    ...server.banner.map((line) => `  ${line}`),
  ];
  console.log('\n' + lines.join('\n') + '\n');

  // Demo mode: trucks move on the live map from the first minute.
  let simulator: DriverSimulator | undefined;
  if (config.seedDemo && config.simulate) {
    simulator = new DriverSimulator({
      apiUrl: server.url,
      email: DEMO_LOGINS.superAdmin.email,
      password: DEMO_LOGINS.superAdmin.password,
      stateFile: path.join(config.dataDir, 'simulator-drivers.json'),
      log: (m) => console.log(m),
    });
    simulator.start().catch((error) => console.error('Driver simulator did not start:', error.message));
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received, shutting down…`);
    simulator?.stop();
    const force = setTimeout(() => {
      console.error('Shutdown took too long; exiting.');
      process.exit(1);
    }, 15_000);
    force.unref();
    server.close().then(
      async () => {
        await tracing?.shutdown().catch(() => undefined);
        process.exit(0);
      },
      (error) => {
        console.error('Shutdown failed:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(2);
  }
  console.error('Tracklink failed to start:', error);
  process.exit(1);
});
