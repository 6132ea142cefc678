/**
 * `npm run cluster`: the docker-compose deployment without Docker. Its own Redis on a free port,
 * the built server (server/dist/main.js) as two replicas on one database, and Debian's nginx in
 * the foreground with the project's own docker/nginx.conf (upstream addresses and listen port
 * swapped for local ones). Prints the entry URL; Ctrl-C stops all of it.
 *
 * The database is DATABASE_URL when set, else a throw-away embedded PostgreSQL removed on exit.
 * Options: --port N (the entry; 0 picks a free one, default 4000), --proxy-read-timeout 2s
 * (replaces the file's 1h, for tests), --json (one line describing the cluster once it is up),
 * --quiet (the processes' output only when something fails).
 *
 * The same as a module: startCluster() (server/test/cluster.test.ts runs the command itself).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedCluster } from '../db/embedded-postgres';
import { createLogger } from '../logger';
import { renderMain, renderSite, replicaNames, UPSTREAM_HEADER, type Address } from './cluster/nginx-config';

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const NGINX_TEMPLATE = path.join(ROOT, 'docker', 'nginx.conf');
const MAIN = path.join(ROOT, 'server', 'dist', 'main.js');

export interface ClusterOptions {
  /** Unset: a throw-away embedded PostgreSQL. */
  databaseUrl?: string;
  /** The entry port; 0 picks a free one. Default 4000. */
  port?: number;
  /** Replaces docker/nginx.conf's proxy_read_timeout (an nginx time, e.g. "2s"). */
  proxyReadTimeout?: string;
  /** The replicas' environment, over the caller's and the cluster's defaults. */
  env?: Record<string, string>;
  /** Where the processes' output goes (a line at a time, with the process's name). */
  output?: (name: string, line: string) => void;
  /** A process stopped by itself (while the cluster was not being stopped); `tail`: its last lines. */
  onExit?: (name: string, code: number | null, signal: NodeJS.Signals | null, tail: string) => void;
}

export interface ReplicaInfo {
  name: string;
  /** The replica itself, not through nginx. */
  url: string;
  /** nginx's entry pinned to this replica (the file's server block, proxying to it alone). */
  pinnedUrl: string;
  /** host:port, as nginx's $upstream_addr names it. */
  address: string;
  pid: number;
}

export interface ClusterInfo {
  /** The entry: docker/nginx.conf's server block, round robin over the replicas. */
  url: string;
  replicas: ReplicaInfo[];
  redisUrl: string;
  /** The database URL with its password masked. */
  database: string;
  embeddedDatabase: boolean;
  nginx: { pid: number; config: string; accessLog: string };
  redisPid: number;
  /** The response header that names the replica that served a request. */
  upstreamHeader: string;
  admin: { email: string; password: string | null };
}

export interface Cluster extends ClusterInfo {
  stop(): Promise<void>;
}

/** An executable by name on PATH, or in the sbin directories where Debian puts nginx. */
export function findExecutable(name: string): string | null {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin', '/sbin'];
  for (const dir of dirs.filter(Boolean)) {
    const file = path.join(dir, name);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch {
      /* not here */
    }
  }
  return null;
}

export async function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function portAnswers(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, host, () => (socket.end(), resolve(true)));
    socket.on('error', () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A child process of the cluster, its output a line at a time. */
class Child {
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private stopping = false;
  private readonly recent: string[] = [];

  constructor(
    readonly name: string,
    readonly process: ChildProcess,
    output: (name: string, line: string) => void,
    onExit: ClusterOptions['onExit'],
  ) {
    for (const stream of [process.stdout, process.stderr]) {
      let partial = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop()!;
        for (const line of lines) this.line(line, output);
      });
      stream?.on('end', () => partial && this.line(partial, output));
    }
    this.exited = new Promise((resolve) => {
      process.once('exit', (code, signal) => {
        if (!this.stopping) onExit?.(name, code, signal, this.tail());
        resolve({ code, signal });
      });
    });
  }

  private line(line: string, output: (name: string, line: string) => void): void {
    this.recent.push(line);
    if (this.recent.length > 200) this.recent.shift();
    output(this.name, line);
  }

  get pid(): number {
    return this.process.pid!;
  }

  get running(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  /** The last lines it wrote (for an error message). */
  tail(): string {
    return this.recent.slice(-40).join('\n');
  }

  /** Signals it and waits for it to exit; after `graceMs` it is killed. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 20_000): Promise<void> {
    this.stopping = true;
    if (!this.running) return;
    this.process.kill(signal);
    const killed = setTimeout(() => this.process.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(killed);
  }
}

/**
 * Every child runs in a process group of its own, so a Ctrl-C in the terminal reaches only this
 * script, which then stops them in order (nginx, the replicas draining, Redis, the database).
 */
function startChild(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, options: ClusterOptions): Child {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  return new Child(name, child, options.output ?? (() => undefined), options.onExit);
}

async function waitFor(child: Child, what: string, check: () => Promise<boolean>, ms = 90_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!child.running) throw new Error(`${child.name} exited before ${what}:\n${child.tail()}`);
    if (await check().catch(() => false)) return;
    await sleep(100);
  }
  throw new Error(`${child.name}: not ${what} within ${ms / 1000} s:\n${child.tail()}`);
}

const ready = (url: string) => async () => (await fetch(`${url}/readyz`)).status === 200;

function maskPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  if (!fs.existsSync(MAIN)) throw new Error(`${path.relative(ROOT, MAIN)} is missing: run npm run build first`);
  const nginxBin = findExecutable('nginx');
  if (!nginxBin) throw new Error('nginx is not installed (apt-get install nginx)');
  const redisBin = findExecutable('redis-server');
  if (!redisBin) throw new Error('redis-server is not installed (apt-get install redis-server)');
  const template = fs.readFileSync(NGINX_TEMPLATE, 'utf8');
  const count = replicaNames(template).length;

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracklink-cluster-'));
  // nginx's workers run as nobody when it is started as root: they must reach its temp paths.
  fs.chmodSync(dir, 0o755);
  const children: Child[] = [];
  let embedded: EmbeddedCluster | undefined;
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      const byName = (prefix: string) => children.filter((c) => c.name.startsWith(prefix));
      await Promise.all(byName('nginx').map((c) => c.stop('SIGTERM', 5_000)));
      await Promise.all(byName('server-').map((c) => c.stop('SIGTERM', 20_000)));
      await Promise.all(byName('redis').map((c) => c.stop('SIGTERM', 5_000)));
      await embedded?.stop().catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    })());
  // Whatever happens to this process, no child outlives it.
  const killAll = () => children.forEach((c) => c.running && c.process.kill('SIGKILL'));
  process.once('exit', killAll);

  try {
    let databaseUrl = options.databaseUrl;
    if (!databaseUrl) {
      const dataDir = path.join(dir, 'postgres');
      embedded = await startEmbeddedPostgres(dataDir, createLogger({ level: 'error', format: 'pretty' }));
      databaseUrl = embedded.url;
    }

    const redisPort = await freePort();
    const redis = startChild('redis', redisBin, ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], process.env, options);
    children.push(redis);
    await waitFor(redis, 'listening', () => portAnswers(redisPort), 10_000);
    const redisUrl = `redis://127.0.0.1:${redisPort}`;

    const entryPort = options.port === undefined ? 4000 : options.port || (await freePort());
    if (await portAnswers(entryPort)) throw new Error(`port ${entryPort} is taken (choose another with --port, 0 for any)`);
    const entry: Address = { host: '127.0.0.1', port: entryPort };
    const url = `http://${entry.host}:${entry.port}`;
    const env = options.env ?? {};
    const adminEmail = env.ADMIN_EMAIL ?? process.env.ADMIN_EMAIL ?? 'admin@tracklink.local';
    const givenPassword = env.ADMIN_PASSWORD ?? process.env.ADMIN_PASSWORD;
    const adminPassword = givenPassword ?? randomBytes(9).toString('base64url');
    const seed = env.SEED_DEMO ?? process.env.SEED_DEMO ?? (embedded ? 'true' : 'false');

    // Every replica the same secret: a link made on one must open on the others.
    const secret = env.APP_SECRET || process.env.APP_SECRET || randomBytes(32).toString('base64url');

    // As docker-compose runs them: production, one database, Redis, behind a trusted proxy.
    const replicaEnv = (i: number, port: number): NodeJS.ProcessEnv => ({
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PUBLIC_BASE_URL: url,
      SEED_DEMO: seed,
      SIMULATE: i === 1 ? (process.env.SIMULATE ?? seed) : 'false',
      ...env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      TRUST_PROXY: env.TRUST_PROXY ?? 'loopback, uniquelocal',
      ADMIN_EMAIL: adminEmail,
      ADMIN_PASSWORD: adminPassword,
      APP_SECRET: secret,
      DATA_DIR: path.join(dir, `server-${i}`),
    });
    const replicas: Array<{ child: Child; address: Address; pinned: Address; name: string }> = [];
    const startReplica = async (i: number) => {
      const address = { host: '127.0.0.1', port: await freePort() };
      const name = `server-${i}`;
      const child = startChild(name, process.execPath, [MAIN], replicaEnv(i, address.port), options);
      children.push(child);
      replicas.push({ child, address, pinned: { host: '127.0.0.1', port: await freePort() }, name });
      await waitFor(child, 'ready', ready(`http://${address.host}:${address.port}`));
    };
    // The first one alone: it migrates and makes the first-start data; then the others.
    await startReplica(1);
    await Promise.all(Array.from({ length: count - 1 }, (_, i) => startReplica(i + 2)));
    replicas.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));

    fs.mkdirSync(path.join(dir, 'temp'));
    const site = path.join(dir, 'tracklink.conf');
    fs.writeFileSync(
      site,
      renderSite(template, {
        listen: entry,
        replicas: replicas.map((r) => r.address),
        pinned: replicas.map((r) => r.pinned),
        accessLog: path.join(dir, 'access.log'),
        proxyReadTimeout: options.proxyReadTimeout,
      }),
    );
    const config = path.join(dir, 'nginx.conf');
    fs.writeFileSync(config, renderMain({ dir }, site));
    const nginxArgs = ['-p', dir, '-c', config, '-e', 'stderr'];
    const test = spawnSync(nginxBin, [...nginxArgs, '-t', '-q'], { encoding: 'utf8' });
    if (test.status !== 0) throw new Error(`nginx refused the generated configuration ${config}:\n${test.stderr}`);
    const nginx = startChild('nginx', nginxBin, nginxArgs, process.env, options);
    children.push(nginx);
    for (const address of [entry, ...replicas.map((r) => r.pinned)]) {
      await waitFor(nginx, `listening on ${address.port}`, () => portAnswers(address.port, address.host), 10_000);
    }
    await waitFor(nginx, 'proxying', ready(url), 10_000);

    return {
      url,
      replicas: replicas.map((r) => ({
        name: r.name,
        url: `http://${r.address.host}:${r.address.port}`,
        pinnedUrl: `http://${r.pinned.host}:${r.pinned.port}`,
        address: `${r.address.host}:${r.address.port}`,
        pid: r.child.pid,
      })),
      redisUrl,
      database: maskPassword(databaseUrl),
      embeddedDatabase: Boolean(embedded),
      nginx: { pid: nginx.pid, config, accessLog: path.join(dir, 'access.log') },
      redisPid: redis.pid,
      upstreamHeader: UPSTREAM_HEADER,
      admin: { email: adminEmail, password: givenPassword ? null : adminPassword },
      stop: async () => {
        await stop();
        process.off('exit', killAll);
      },
    };
  } catch (error) {
    for (const child of children) console.error(`--- ${child.name}:\n${child.tail()}`);
    await stop();
    process.off('exit', killAll);
    throw error;
  }
}

function parseArgs(argv: string[]): { options: ClusterOptions; json: boolean; quiet: boolean } {
  const options: ClusterOptions = {};
  let json = false;
  let quiet = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--port') {
      options.port = Number(value());
      if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new Error('--port must be a port number');
    } else if (arg === '--proxy-read-timeout') options.proxyReadTimeout = value();
    else if (arg === '--json') json = true;
    else if (arg === '--quiet') quiet = true;
    else throw new Error(`unknown option ${arg} (options: --port N, --proxy-read-timeout T, --json, --quiet)`);
  }
  return { options, json, quiet };
}

function banner(info: ClusterInfo): string {
  const width = Math.max(...info.replicas.map((r) => r.name.length));
  return [
    '',
    `Tracklink cluster is running: ${info.url}`,
    `  Admin console:  ${info.url}/admin  (${info.admin.email} / ${info.admin.password ?? 'password from ADMIN_PASSWORD'})`,
    ...info.replicas.map((r) => `  ${r.name.padEnd(width)}  ${r.url}  (through nginx, this replica only: ${r.pinnedUrl})`),
    `  Redis:          ${info.redisUrl}`,
    `  Database:       ${info.embeddedDatabase ? 'embedded, removed on exit' : info.database}`,
    `  nginx:          ${info.nginx.config} (from docker/nginx.conf); access log ${info.nginx.accessLog}`,
    'Ctrl-C stops it all.',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const { options, json, quiet } = args;
  let cluster: Cluster | undefined;
  let stopping = false;
  const shutdown = async (why: string, code: number) => {
    if (stopping) return;
    stopping = true;
    console.error(`${why}: stopping the cluster…`);
    await cluster?.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown('SIGINT received', 0));
  process.on('SIGTERM', () => void shutdown('SIGTERM received', 0));
  cluster = await startCluster({
    ...options,
    databaseUrl: process.env.DATABASE_URL || undefined,
    output: quiet ? undefined : (name, line) => console.log(`[${name}] ${line}`),
    onExit: (name, code, signal, tail) => {
      if (quiet) console.error(`--- ${name}:\n${tail}`);
      void shutdown(`${name} exited (${signal ?? code})`, 1);
    },
  });
  if (stopping) return;
  const { stop: _stop, ...info } = cluster;
  console.log(json ? JSON.stringify({ cluster: info }) : banner(info));
}

if (require.main === module) {
  main().catch((error) => {
    console.error('The cluster did not start:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
