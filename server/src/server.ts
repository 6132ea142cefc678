import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import proxyAddr, { compile as compileTrust } from 'proxy-addr';
import type { AddressInfo } from 'node:net';
import type { WebSocketServer } from 'ws';
import { ConfigError, type Config } from './config';
import { createDataSource, type Database } from './db/data-source';
import { startEmbeddedPostgres, type EmbeddedCluster } from './db/embedded-postgres';
import { DEMO_LOGINS, demoTrackingUrl, seedDemo } from './db/seed/seed-demo';
import { InFlightOperations } from './graphql/in-flight';
import { createPublicEndpoint, type PublicEndpoint } from './graphql/public/endpoint';
import { buildPublicSchema } from './graphql/public/schema';
import { buildStaffSchema } from './graphql/schema';
import { createStaffEndpoint } from './graphql/staff-endpoint';
import type { StaffSockets } from './graphql/staff-sockets';
import { attachRoutes } from './http/http-server';
import { createLogger, type Logger } from './logger';
import { resolveAppSecret } from './secrets';
import { appListeners } from './listeners';
import { createServices, type Services } from './services';
import { endConnectionsOfAbandonedRequests, observePool } from './adapters/typeorm/pool';
import { MigrationExecutor } from 'typeorm';
import { countingBus } from './bus/counting-bus';
import { createEventBus } from './bus/event-bus';
import { openBusIterators } from './graphql/bus-iterator';
import { startMetricsServer } from './http/metrics-endpoint';
import { Metrics } from './observability/metrics';
import { isDatabaseUnavailable } from './db/availability';
import { outageAwareLogger, Readiness } from './health/readiness';
import { PublicLimits } from './graphql/public/rate-limiter';
import { PublicPageCache } from './graphql/public/page-cache';
import { CSRF_PARAM, SessionCookieJar } from './http/session-cookie';
import { createLimitStore, isRedisUnavailable } from './limits/limiter';
import { SharedSocketCount } from './limits/socket-count';
import { deviceAppHandlers } from './http/driver-app';

/** A driver app sends at most a position a second, and catches up after a dead zone within this. */
const DEVICE_APP_REQUESTS_PER_MINUTE = 600;
/** Unknown device identifiers from one address per minute. */
const DEVICE_APP_MISSES_PER_MINUTE = 30;

export interface RunningServer {
  url: string;
  port: number;
  db: Database;
  services: Services;
  log: Logger;
  metrics: Metrics;
  /** Lines for the start banner. */
  banner: string[];
  /** The public WebSocket server (open tracking pages). */
  publicWs: WebSocketServer;
  publicApi: PublicEndpoint;
  /** The staff endpoint's open WebSockets (signed-in ones are closed when their credentials end). */
  staffSockets: StaffSockets;
  /** Built public-page answers; unset when PAGE_CACHE_MAX_BYTES is 0. */
  pageCache: PublicPageCache | undefined;
  close(): Promise<void>;
}

/**
 * Runs pending migrations; replicas starting together take turns on an advisory lock. Waiting
 * for the lock and the migrations themselves (an index on a large table) may take longer than
 * the statement timeout of API work, so their connection has none.
 */
async function migrate(db: Database): Promise<void> {
  const runner = db.dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SET statement_timeout = 0');
    await runner.query('SELECT pg_advisory_lock(7412000)');
    const executor = new MigrationExecutor(db.dataSource, runner);
    executor.transaction = 'each';
    await executor.executePendingMigrations();
  } finally {
    await runner.query('SELECT pg_advisory_unlock(7412000)').catch(() => undefined);
    await runner.query('RESET statement_timeout').catch(() => undefined);
    await runner.release();
  }
}

/**
 * The platform admin on the first start, and the demo data when asked for. In production
 * nothing is seeded unless SEED_DEMO=true, ADMIN_PASSWORD is required until a platform admin
 * exists, and no password, token or working URL is ever put in the banner (it goes to the log).
 */
async function firstStart(config: Config, services: Services): Promise<string[]> {
  const production = config.nodeEnv === 'production';
  const lines: string[] = [];
  const password = config.adminPassword ?? (production ? undefined : randomBytes(12).toString('base64url'));
  if (password === undefined) {
    if (!(await services.auth.platformAdminExists())) {
      throw new ConfigError('ADMIN_PASSWORD is required on the first start with NODE_ENV=production (no platform admin exists yet)');
    }
  } else if (await services.auth.ensurePlatformAdmin(config.adminEmail, password)) {
    lines.push(
      config.adminPassword
        ? `Platform admin created: ${config.adminEmail} (password from ADMIN_PASSWORD)`
        : `Platform admin created: ${config.adminEmail} / ${password}  (shown once; set ADMIN_PASSWORD to choose it)`,
    );
  }
  if (!config.seedDemo) return lines;
  if ((await services.tenants.list()).length === 0) {
    await seedDemo(services);
    lines.push('Demo data created.');
  }
  if (production) {
    lines.push('Demo data is on (SEED_DEMO=true); its logins are the published ones: change them.');
    return lines;
  }
  lines.push(`Demo super admin: ${DEMO_LOGINS.superAdmin.email} / ${DEMO_LOGINS.superAdmin.password}`);
  lines.push(`Demo dispatcher:  ${DEMO_LOGINS.dispatcher.email} / ${DEMO_LOGINS.dispatcher.password}`);
  const url = await demoTrackingUrl(services);
  if (url) lines.push(`Public tracking page of a truck on the road: ${url}`);
  return lines;
}

/** Boots the whole app: database, migrations, first-start data, GraphQL, HTTP and WebSocket. */
export async function startServer(config: Config, options: { logSink?: (line: string) => void } = {}): Promise<RunningServer> {
  const log = createLogger({ level: config.logLevel, format: config.logFormat, sink: options.logSink });
  const banner: string[] = [];
  let cluster: EmbeddedCluster | undefined;
  let url = config.databaseUrl;
  if (!url) {
    cluster = await startEmbeddedPostgres(config.dataDir, log);
    url = cluster.url;
    banner.push(`Database: embedded PostgreSQL in ${config.dataDir}`);
  }
  const db = createDataSource(url, (m) => log.error(m), {
    statementTimeoutMs: config.dbStatementTimeoutMs,
    max: config.dbPoolSize,
    positionRetentionDays: config.positionRetentionDays,
  });
  try {
    await db.dataSource.initialize();
    await migrate(db);
  } catch (error) {
    await cluster?.stop();
    throw error;
  }
  const metricsServed = config.metricsToken !== undefined || config.metricsPort !== undefined;
  const metrics = new Metrics({ process: metricsServed });
  const poolStats = observePool(db.dataSource, (seconds) => metrics.dbPoolWait.observe(seconds));
  endConnectionsOfAbandonedRequests(db.dataSource);
  const bus = countingBus(createEventBus(config.redisUrl), (topic, direction) => metrics.busEvents.inc({ topic, direction }));
  const readiness = new Readiness(
    { database: () => db.dataSource.query('SELECT 1'), ...(config.redisUrl ? { redis: () => bus.check() } : {}) },
    log,
  );
  // Outages are told once per change of state, not per failed request (health/readiness.ts).
  const appLog = outageAwareLogger(log, readiness, isDatabaseUnavailable);
  // Rate limits and throttles: in Redis when REDIS_URL is set, so every replica counts alike.
  const redisTrouble = (what: string) => (error: Error) =>
    isRedisUnavailable(error) ? readiness.report('redis', 'down') : appLog.error(`${what}:`, error.message);
  const limitStore = createLimitStore(config.redisUrl, url, redisTrouble('limits'));
  const appSecret = resolveAppSecret(config);
  const services = createServices(db.dataSource, config, appSecret, bus, limitStore, appLog, {
    observeFanout: (seconds) => metrics.fanout.observe(seconds),
    onOutboxAttempt: (result) => metrics.outboxSends.inc({ result }),
    onWebhookAttempt: (result) => metrics.webhookDeliveries.inc({ result }),
    onPositionRetentionRun: (run) => {
      metrics.positionPartitions.set(run.partitions);
      metrics.positionRetentionLastRun.set(Date.now() / 1000);
      metrics.positionRetentionDuration.observe(run.seconds);
      metrics.positionRowsRemoved.inc(run.rowsRemoved);
      metrics.deliveredTracksRemoved.inc(run.tracksRemoved);
      metrics.positionPartitionChanges.inc({ action: 'created' }, run.created.length);
      metrics.positionPartitionChanges.inc({ action: 'dropped' }, run.dropped.length);
      for (const seconds of run.dropSeconds) metrics.positionPartitionDrop.observe(seconds);
    },
  });
  services.events.register(appListeners(services, bus, appLog));
  await services.live.start();
  services.outboxWorker.start(); // sends contact-task emails; a no-op without SMTP_URL
  services.webhookWorker.start();
  services.positionRetention.start(); // partitions ahead, old ones dropped; one replica at a time

  banner.push(...(await firstStart(config, services)));

  const httpServer = http.createServer();
  const trustProxy = compileTrust(config.trustProxy.split(',').map((s) => s.trim()));
  /** The client's address, through the proxies we trust (the same rule as Express). */
  const clientIp = (req: http.IncomingMessage) => proxyAddr(req, trustProxy);
  const introspection = config.nodeEnv !== 'production';
  const inFlight = new InFlightOperations();
  const sessionCookies = new SessionCookieJar(appSecret);
  const staff = await createStaffEndpoint(await buildStaffSchema(), services, httpServer, appLog, introspection, clientIp, inFlight, metrics, {
    limits: limitStore,
    requestsPerMinute: config.staffRateLimit,
    cookieSession: (req, params) => sessionCookies.sessionOf(req, params?.[CSRF_PARAM]),
  });
  const limits = new PublicLimits(limitStore, config.publicRateLimit, config.publicMissLimit);
  const publicSockets = new SharedSocketCount(limitStore, 'public-sockets', config.publicSocketsPerAddress, redisTrouble('public socket count'));
  const publicApi = await createPublicEndpoint(
    await buildPublicSchema(),
    (ip) => ({ tracking: services.publicTracking, live: services.live, ip, limits, countViews: true, rateLimit: { states: null } }),
    appLog,
    config.nodeEnv === 'development',
    clientIp,
    inFlight,
    metrics,
    publicSockets,
  );
  const pageCache =
    config.pageCacheMaxBytes > 0
      ? new PublicPageCache({
          maxBytes: config.pageCacheMaxBytes,
          // A page's proof-of-delivery URLs are signed when it is built: served for half their life at most.
          ttlMs: Math.max(1, Math.min(config.pageCacheTtlSeconds, Math.floor(config.podUrlTtlSeconds / 2))) * 1000,
          redis: config.pageCacheShared ? limitStore.redis : null,
          prefix: limitStore.prefix,
          onLookup: (result) => metrics.publicPageCache.inc({ result }),
          limits,
          tracking: services.publicTracking,
        })
      : undefined;
  metrics.onScrape(async () => {
    metrics.publicPageCacheBytes.set(pageCache?.bytes ?? 0);
    metrics.websocketConnections.set({ endpoint: 'staff' }, staff.wsServer.clients.size);
    metrics.websocketConnections.set({ endpoint: 'public' }, publicApi.wsServer.clients.size);
    metrics.liveSubscriptions.set({ endpoint: 'public' }, services.live.streamCount);
    metrics.liveSubscriptions.set({ endpoint: 'staff' }, openBusIterators(bus));
    const pool = poolStats();
    for (const state of ['total', 'idle', 'waiting'] as const) metrics.dbPoolConnections.set({ state }, pool[state]);
    for (const dependency of ['database', ...(config.redisUrl ? ['redis'] : [])]) {
      metrics.dependencyUp.set({ dependency }, readiness.state(dependency) === 'up' ? 1 : 0);
    }
    const outbox = await services.outbox.pendingSummary();
    metrics.outboxPending.set(outbox.pending);
    metrics.outboxOldestPendingAge.set(outbox.oldestAgeSeconds);
    const webhooks = await services.webhooks.pendingSummary();
    metrics.webhooksPending.set(webhooks.pending);
  });
  attachRoutes(httpServer, {
    staff,
    public: publicApi,
    feedback: services.feedback,
    proofs: services.proofs,
    podImageUrls: services.podImageUrls,
    pageCache,
    webDistDir: config.webDistDir,
    trustProxy,
    clientIp,
    publicOrigins: [new URL(config.publicBaseUrl).origin, ...config.corsOrigins],
    liveAvailable: () => readiness.state('redis') === 'up',
    readiness,
    metrics,
    metricsToken: config.metricsToken,
    sessionCookies,
    log: appLog,
    deviceApp: deviceAppHandlers({
      drivers: services.drivers,
      limits: limitStore,
      perKeyPerMinute: DEVICE_APP_REQUESTS_PER_MINUTE,
      missesPerMinute: DEVICE_APP_MISSES_PER_MINUTE,
      onIngest: (report) => metrics.ingest('positions', report),
    }),
  });
  const metricsServer = config.metricsPort ? await startMetricsServer(metrics, config.metricsPort, config.host) : undefined;
  bus.onStateChange((state) => {
    readiness.report('redis', state);
    // Open pages would wait in silence: they are told (their socket closes, "try again later"),
    // poll meanwhile, and reconnect once the bus is back; pages that stayed open get a fresh page.
    if (state === 'down') publicApi.closeSockets(1013, 'Live updates are unavailable for a moment');
    else services.live.refreshEverything();
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
      await services.webhookWorker.stop(); // finishes the requests in flight (each within WEBHOOK_TIMEOUT_MS)
      await services.positionRetention.stop(); // waits for a run in progress
      services.webhookWorker.destroy();
      await services.eta.idle();
      await services.geofence.idle();
      await services.visitStatus.idle();
      await services.live.close(); // open pages' streams end
      await staff.stop(); // drains HTTP requests and WebSocket subscriptions
      await publicApi.stop();
      await bus.close();
      await limitStore.close();
      readiness.close();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      services.proofs.close(); // the S3 client's sockets, when images go to a bucket
      await new Promise<void>((resolve) => (metricsServer ? metricsServer.close(() => resolve()) : resolve()));
      await inFlight.idle(5_000); // operations whose client left mid-request
      await db.dataSource.destroy();
      await cluster?.stop();
    })());

  return { url: localUrl, port, db, services, log, metrics, banner, publicWs: publicApi.wsServer, publicApi, staffSockets: staff.sockets, pageCache, close };
}
