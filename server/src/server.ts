import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import proxyAddr, { compile as compileTrust } from 'proxy-addr';
import type { AddressInfo } from 'node:net';
import type { WebSocketServer } from 'ws';
import type { Config } from './config';
import { createDataSource, type Database } from './db/data-source';
import { startEmbeddedPostgres, type EmbeddedCluster } from './db/embedded-postgres';
import { DEMO_LOGINS, demoTrackingUrl, seedDemo } from './db/seed/seed-demo';
import { InFlightOperations } from './graphql/in-flight';
import { createPublicEndpoint, type PublicEndpoint } from './graphql/public/endpoint';
import { buildPublicSchema } from './graphql/public/schema';
import { buildStaffSchema } from './graphql/schema';
import { createStaffEndpoint } from './graphql/staff-endpoint';
import { attachRoutes } from './http/http-server';
import { createLogger, type Logger } from './logger';
import { resolveAppSecret } from './secrets';
import { appListeners } from './listeners';
import { createServices, type Services } from './services';
import { createEventBus } from './bus/event-bus';
import { RateLimiter } from './graphql/public/rate-limiter';

export interface RunningServer {
  url: string;
  port: number;
  db: Database;
  services: Services;
  log: Logger;
  /** Lines for the start banner. */
  banner: string[];
  /** The public WebSocket server (open tracking pages). */
  publicWs: WebSocketServer;
  publicApi: PublicEndpoint;
  close(): Promise<void>;
}

/** Runs pending migrations; replicas starting together take turns on an advisory lock. */
async function migrate(db: Database): Promise<void> {
  const runner = db.dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(7412000)');
    await db.dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock(7412000)').catch(() => undefined);
    await runner.release();
  }
}

/** Boots the whole app: database, migrations, first-start data, GraphQL, HTTP and WebSocket. */
export async function startServer(config: Config): Promise<RunningServer> {
  const log = createLogger(config.logLevel);
  const banner: string[] = [];
  let cluster: EmbeddedCluster | undefined;
  let url = config.databaseUrl;
  if (!url) {
    cluster = await startEmbeddedPostgres(config.dataDir, log);
    url = cluster.url;
    banner.push(`Database: embedded PostgreSQL in ${config.dataDir}`);
  }
  const db = createDataSource(url, (m) => log.error(m));
  try {
    await db.dataSource.initialize();
    await migrate(db);
  } catch (error) {
    await cluster?.stop();
    throw error;
  }
  const bus = createEventBus(config.redisUrl, (error) => log.error('event bus:', error.message));
  const services = createServices(db.dataSource, config, resolveAppSecret(config), bus, log);
  services.events.register(appListeners(services, bus, log));
  await services.live.start();
  services.outboxWorker.start(); // sends contact-task emails; a no-op without SMTP_URL

  const adminPassword = config.adminPassword ?? randomBytes(12).toString('base64url');
  const admin = await services.auth.ensurePlatformAdmin(config.adminEmail, adminPassword);
  if (admin) {
    banner.push(
      `Platform admin created: ${config.adminEmail} / ${config.adminPassword ? '(ADMIN_PASSWORD)' : adminPassword}` +
        (config.adminPassword ? '' : '  (shown once; set ADMIN_PASSWORD to choose it)'),
    );
  }
  if (config.seedDemo && (await services.tenants.list()).length === 0) {
    await seedDemo(services);
    banner.push('Demo data created.');
  }
  if (config.seedDemo) {
    banner.push(`Demo super admin: ${DEMO_LOGINS.superAdmin.email} / ${DEMO_LOGINS.superAdmin.password}`);
    banner.push(`Demo dispatcher:  ${DEMO_LOGINS.dispatcher.email} / ${DEMO_LOGINS.dispatcher.password}`);
    const url = await demoTrackingUrl(services);
    if (url) banner.push(`Public tracking page of a truck on the road: ${url}`);
  }

  const httpServer = http.createServer();
  const trustProxy = compileTrust(config.trustProxy.split(',').map((s) => s.trim()));
  /** The client's address, through the proxies we trust (the same rule as Express). */
  const clientIp = (req: http.IncomingMessage) => proxyAddr(req, trustProxy);
  const introspection = config.nodeEnv !== 'production';
  const inFlight = new InFlightOperations();
  const staff = await createStaffEndpoint(await buildStaffSchema(), services, httpServer, log, introspection, clientIp, inFlight);
  const limits = { lookups: new RateLimiter(config.publicRateLimit), misses: new RateLimiter(config.publicMissLimit) };
  const publicApi = await createPublicEndpoint(
    await buildPublicSchema(),
    (ip) => ({ tracking: services.publicTracking, live: services.live, ip, limits, countViews: true }),
    log,
    config.nodeEnv === 'development',
    clientIp,
    inFlight,
  );
  attachRoutes(httpServer, {
    staff,
    public: publicApi,
    webDistDir: config.webDistDir,
    trustProxy,
    clientIp,
    publicOrigins: [new URL(config.publicBaseUrl).origin, ...config.corsOrigins],
    log: log.error,
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const localUrl = `http://localhost:${port}`;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await services.outboxWorker.stop(); // finishes the email in flight, hands back the rest
      await services.eta.idle();
      await services.live.close(); // open pages' streams end
      await staff.stop(); // drains HTTP requests and WebSocket subscriptions
      await publicApi.stop();
      await bus.close();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await inFlight.idle(5_000); // operations whose client left mid-request
      await db.dataSource.destroy();
      await cluster?.stop();
    })());

  return { url: localUrl, port, db, services, log, banner, publicWs: publicApi.wsServer, publicApi, close };
}
