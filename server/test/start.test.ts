import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { COUNT_CONSIGNMENTS, LOGIN, type ConsignmentStatus } from './documents';
import { eventually, GiveUp } from './eventually';
import { dataOf, doc, postGraphql } from './typed-document';

// `npm start` end to end: the built server, no DATABASE_URL (embedded PostgreSQL), demo data,
// a graceful stop on SIGTERM, and a second start that reuses the data.

const MAIN = path.resolve(__dirname, '..', 'dist', 'main.js');
jest.setTimeout(120_000);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function start(dataDir: string, port: number): { child: ChildProcess; output: () => string } {
  let output = '';
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), NODE_ENV: 'development', LOG_LEVEL: 'info' };
  delete env.DATABASE_URL;
  delete env.ADMIN_PASSWORD;
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return { child, output: () => output };
}

async function waitHealthy(port: number, proc: { child: ChildProcess; output: () => string }): Promise<void> {
  await eventually(
    async () => {
      if (proc.child.exitCode !== null) throw new GiveUp(`server exited early:\n${proc.output()}`);
      // Until it listens, the request itself fails.
      const res = await fetch(`http://127.0.0.1:${port}/healthz`).catch((error: unknown) => error);
      if (!(res instanceof Response) || res.status !== 200) throw new Error(`not healthy in time:\n${proc.output()}`);
    },
    { timeoutMs: 90_000, intervalMs: 250, what: 'a healthy server' },
  );
}

async function stopGracefully(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

const STATUSES = doc<{ consignments: { totalCount: number; edges: Array<{ node: { status: ConsignmentStatus; stops: Array<{ type: string }> } }> } }>(
  '{ consignments(first: 100) { totalCount edges { node { status stops { type } } } } }',
);

it('starts with an embedded database and demo data, stops cleanly, and reuses the data', async () => {
  expect(fs.existsSync(MAIN)).toBe(true);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracklink-start-'));
  try {
    const port = await freePort();
    const first = start(dataDir, port);
    await waitHealthy(port, first);
    const api = `http://127.0.0.1:${port}/graphql`;
    const login = dataOf(await postGraphql(api, LOGIN, { email: 'super@demo.tracklink.local', password: 'demo-super-2026' }));
    const token = login.login.token;
    const list = dataOf(await postGraphql(api, STATUSES, {}, token));
    const statuses = new Set(list.consignments.edges.map((e) => e.node.status));
    expect(list.consignments.totalCount).toBeGreaterThanOrEqual(12);
    expect([...statuses].sort()).toEqual(['CANCELLED', 'DELIVERED', 'DRAFT', 'IN_TRANSIT', 'PLANNED', 'TO_PLAN']);
    expect(first.output()).toMatch(/Demo super admin: super@demo\.tracklink\.local/);
    expect(first.output()).toMatch(/Platform admin created: admin@tracklink\.local \/ \S+/);
    expect(await stopGracefully(first.child)).toBe(0);

    const second = start(dataDir, port);
    await waitHealthy(port, second);
    expect(second.output()).not.toMatch(/Demo data created|Platform admin created/);
    const again = dataOf(await postGraphql(api, COUNT_CONSIGNMENTS, { first: 1 }, token));
    expect(again.consignments.totalCount).toBe(list.consignments.totalCount);
    expect(await stopGracefully(second.child)).toBe(0);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
