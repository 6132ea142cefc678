import os from 'node:os';
import path from 'node:path';
import { FREE_FAILURES } from './modules/users/login-throttle';
import { passwordProblem } from './modules/users/password-policy';

/** Everything the server reads from the environment, validated once at start. */
export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Unset: an embedded PostgreSQL under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  redisUrl: string | undefined;
  /** Longest a statement of this server may run before PostgreSQL cancels it (0: no limit). */
  dbStatementTimeoutMs: number;
  /** Most connections this server holds to PostgreSQL at once (DATABASE_POOL_SIZE). */
  dbPoolSize: number;
  /** Days positions are kept for a tenant without a retention of its own (1 to 730). */
  positionRetentionDays: number;
  /** How often each replica runs the position retention job (one replica at a time does the work). */
  positionRetentionIntervalMs: number;
  smtpUrl: string | undefined;
  /** Sender address of contact-task emails; the display name is the tenant's. */
  mailFrom: string;
  /** How often the outbox worker looks for due messages. */
  outboxPollMs: number;
  /** First retry delay of a failed email; doubled on each further attempt, with jitter. */
  outboxBackoffMs: number;
  /** Attempts before an email is marked FAILED. */
  outboxMaxAttempts: number;
  /** How long a worker holds a claimed email; after a crash another worker sends it after this. */
  outboxLeaseMs: number;
  /** How often the webhook worker looks for due deliveries (it is also woken by changes in this process). */
  webhookPollMs: number;
  /** A webhook is delivered when a 2xx comes within this; the request is cut off after it. */
  webhookTimeoutMs: number;
  /** First retry delay of a failed webhook; doubled per attempt (at most 6 h), with jitter. */
  webhookBackoffMs: number;
  /** How long a webhook is retried before it is FAILED. */
  webhookRetryWindowMs: number;
  /** Webhook requests in flight at once per process (one endpoint gets at most half). */
  webhookConcurrency: number;
  /** Deliveries in a row that failed for good before an endpoint is turned off. */
  webhookDisableAfterFailures: number;
  /** stop.eta_changed once an ETA has moved by more than this many minutes since the last one told. */
  webhookEtaThresholdMinutes: number;
  /** How long a rotated-out signing secret still signs. */
  webhookSecretGraceHours: number;
  publicBaseUrl: string;
  /** Unset outside production: a generated secret kept in dataDir. */
  appSecret: string | undefined;
  adminEmail: string;
  adminPassword: string | undefined;
  seedDemo: boolean;
  sessionTtlHours: number;
  /** Directory of the built web app to serve; unset or missing: API only. */
  webDistDir: string;
  logLevel: 'silent' | 'error' | 'info' | 'debug';
  /** JSON lines (production default) or readable lines (elsewhere). */
  logFormat: 'json' | 'pretty';
  /** Bearer token that /metrics asks for; unset (and no metricsPort): no metrics endpoint. */
  metricsToken: string | undefined;
  /** A port of its own for /metrics, without a token (for a private network); unset: none. */
  metricsPort: number | undefined;
  /** Public page look-ups per client address per minute. */
  publicRateLimit: number;
  /** Unknown or revoked tokens per client address per minute before look-ups are refused. */
  publicMissLimit: number;
  /** Open public WebSockets per client address (over all replicas when Redis is shared). */
  publicSocketsPerAddress: number;
  /** Staff API requests per minute per session, API key or driver (per address when signed out). */
  staffRateLimit: number;
  /** Failed sign-ins of an account that lock it for loginLockMinutes. */
  loginLockAfter: number;
  loginLockMinutes: number;
  /** Origins allowed to call the public API from a browser, besides PUBLIC_BASE_URL's. */
  corsOrigins: string[];
  /** Which proxies' X-Forwarded-For to believe (Express "trust proxy" syntax). */
  trustProxy: string;
  /** An OSRM-compatible routing service for live ETAs; unset: distance over recent speed. */
  routingUrl: string | undefined;
  /** Run the demo driver simulator inside `npm start` (demo data only). */
  simulate: boolean;
  /** Largest proof-of-delivery image (signature or photo), in bytes. */
  podMaxImageBytes: number;
  /** Photos per proof of delivery (besides its one signature). */
  podMaxPhotos: number;
  /** How long a signed proof-of-delivery image URL works, in seconds. */
  podUrlTtlSeconds: number;
  /** An S3-compatible bucket for proof-of-delivery images (http(s)://KEY:SECRET@host[:port]/bucket); unset: PostgreSQL. */
  s3Url: string | undefined;
  /** The bucket's region (S3 signs requests with it). */
  s3Region: string;
  /** Bytes of built public-page answers each process keeps (0: no page cache). */
  pageCacheMaxBytes: number;
  /** How long a built public-page answer is kept, in seconds (at most half of podUrlTtlSeconds). */
  pageCacheTtlSeconds: number;
  /** Whether replicas share built public-page answers through REDIS_URL. */
  pageCacheShared: boolean;
}

export class ConfigError extends Error {}

/**
 * The connection pool's size when DATABASE_POOL_SIZE is not set: twice this machine's cores,
 * at least 4, the rule of thumb for PostgreSQL on the same machine (the embedded cluster, or a
 * server beside the app). More connections than that do not make the database faster: they
 * are more statements running at once on the same cores, each slower. On 2 cores the admin
 * list at 16 concurrent requests answered at p99 69 ms with 5 connections and 79 ms with 20,
 * the slowest request 85 ms instead of 126 (docs/operations.md, "The pool is small on purpose").
 */
export function defaultPoolSize(cores = os.availableParallelism()): number {
  return Math.max(4, 2 * cores);
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL, got "${raw}"`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => p + '//').join(' or ')}`);
  }
  return raw;
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(values as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${values.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function metricsToken(env: Env): string | undefined {
  const token = env.METRICS_TOKEN || undefined;
  if (token !== undefined && token.length < 16) throw new ConfigError('METRICS_TOKEN must be at least 16 characters');
  return token;
}

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const port = integer(env, 'PORT', 4000, 0, 65535);
  const host = env.HOST || '0.0.0.0';
  const appSecret = env.APP_SECRET || undefined;
  if (appSecret !== undefined && appSecret.length < 32) {
    throw new ConfigError('APP_SECRET must be at least 32 characters');
  }
  if (nodeEnv === 'production' && appSecret === undefined) {
    throw new ConfigError('APP_SECRET is required when NODE_ENV=production');
  }
  const publicBaseUrl = (url(env, 'PUBLIC_BASE_URL', ['http:', 'https:']) ?? `http://localhost:${port || 4000}`)
    .replace(/\/+$/, '');
  const adminPassword = env.ADMIN_PASSWORD || undefined;
  const adminPasswordProblem = adminPassword === undefined ? null : passwordProblem(adminPassword);
  if (adminPasswordProblem) throw new ConfigError(`ADMIN_PASSWORD ${adminPasswordProblem}`);
  const mailFrom = (env.MAIL_FROM || `no-reply@${new URL(publicBaseUrl).hostname}`).trim();
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(mailFrom)) throw new ConfigError(`MAIL_FROM must be an email address, got "${mailFrom}"`);
  // Production never seeds the public demo (published logins) unless asked explicitly.
  const seed = oneOf(env, 'SEED_DEMO', ['true', 'false'] as const, nodeEnv === 'production' ? 'false' : 'true');
  return {
    nodeEnv,
    port,
    host,
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    dataDir: path.resolve(env.DATA_DIR || '.data'),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    dbStatementTimeoutMs: integer(env, 'DB_STATEMENT_TIMEOUT_MS', 5_000, 0, 3_600_000),
    dbPoolSize: integer(env, 'DATABASE_POOL_SIZE', defaultPoolSize(), 2, 200),
    positionRetentionDays: integer(env, 'POSITION_RETENTION_DAYS', 90, 1, 730),
    positionRetentionIntervalMs: integer(env, 'POSITION_RETENTION_INTERVAL_MS', 15 * 60_000, 1_000, 24 * 3_600_000),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom,
    outboxPollMs: integer(env, 'OUTBOX_POLL_MS', 1000, 10, 3_600_000),
    outboxBackoffMs: integer(env, 'OUTBOX_BACKOFF_MS', 30_000, 1, 3_600_000),
    outboxMaxAttempts: integer(env, 'OUTBOX_MAX_ATTEMPTS', 6, 1, 100),
    outboxLeaseMs: integer(env, 'OUTBOX_LEASE_MS', 60_000, 1_000, 3_600_000),
    webhookPollMs: integer(env, 'WEBHOOK_POLL_MS', 1000, 10, 3_600_000),
    webhookTimeoutMs: integer(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 50, 60_000),
    webhookBackoffMs: integer(env, 'WEBHOOK_BACKOFF_MS', 10_000, 1, 3_600_000),
    webhookRetryWindowMs: integer(env, 'WEBHOOK_RETRY_WINDOW_MS', 24 * 3_600_000, 1_000, 7 * 24 * 3_600_000),
    webhookConcurrency: integer(env, 'WEBHOOK_CONCURRENCY', 16, 1, 256),
    webhookDisableAfterFailures: integer(env, 'WEBHOOK_DISABLE_AFTER_FAILURES', 5, 1, 10_000),
    webhookEtaThresholdMinutes: integer(env, 'WEBHOOK_ETA_THRESHOLD_MINUTES', 10, 0, 24 * 60),
    webhookSecretGraceHours: integer(env, 'WEBHOOK_SECRET_GRACE_HOURS', 24, 0, 24 * 30),
    publicBaseUrl,
    appSecret,
    adminEmail: (env.ADMIN_EMAIL || 'admin@tracklink.local').toLowerCase(),
    adminPassword,
    seedDemo: seed === 'true',
    sessionTtlHours: integer(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 90),
    webDistDir: path.resolve(env.WEB_DIST_DIR || path.join(__dirname, '..', '..', 'web', 'dist')),
    publicRateLimit: integer(env, 'PUBLIC_RATE_LIMIT', 600, 1, 1_000_000),
    publicMissLimit: integer(env, 'PUBLIC_MISS_LIMIT', 30, 1, 1_000_000),
    publicSocketsPerAddress: integer(env, 'PUBLIC_SOCKETS_PER_ADDRESS', 50, 1, 1_000_000),
    staffRateLimit: integer(env, 'STAFF_RATE_LIMIT', 600, 1, 1_000_000),
    loginLockAfter: integer(env, 'LOGIN_LOCK_AFTER', 10, FREE_FAILURES + 1, 1000),
    loginLockMinutes: integer(env, 'LOGIN_LOCK_MINUTES', 15, 1, 24 * 60),
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim().replace(/\/+$/, '')).filter(Boolean),
    routingUrl: url(env, 'ROUTING_URL', ['http:', 'https:']),
    trustProxy: env.TRUST_PROXY || 'loopback',
    simulate: oneOf(env, 'SIMULATE', ['true', 'false'] as const, seed) === 'true',
    logLevel: oneOf(env, 'LOG_LEVEL', ['silent', 'error', 'info', 'debug'] as const, nodeEnv === 'test' ? 'error' : 'info'),
    logFormat: oneOf(env, 'LOG_FORMAT', ['json', 'pretty'] as const, nodeEnv === 'production' ? 'json' : 'pretty'),
    metricsToken: metricsToken(env),
    metricsPort: env.METRICS_PORT ? integer(env, 'METRICS_PORT', 0, 1, 65535) : undefined,
    podMaxImageBytes: integer(env, 'POD_MAX_IMAGE_BYTES', 5_000_000, 1_024, 20_000_000),
    podMaxPhotos: integer(env, 'POD_MAX_PHOTOS', 5, 0, 10),
    podUrlTtlSeconds: integer(env, 'POD_URL_TTL_SECONDS', 600, 1, 86_400),
    pageCacheMaxBytes: integer(env, 'PAGE_CACHE_MAX_BYTES', 64 * 1024 * 1024, 0, 16 * 1024 * 1024 * 1024),
    pageCacheTtlSeconds: integer(env, 'PAGE_CACHE_TTL_SECONDS', 300, 1, 86_400),
    pageCacheShared: oneOf(env, 'PAGE_CACHE_SHARED', ['true', 'false'] as const, 'true') === 'true',
    s3Url: s3Url(env),
    s3Region: env.S3_REGION || 'us-east-1',
  };
}

/** S3_URL: http(s)://ACCESS_KEY:SECRET@host[:port]/bucket (path-style, as MinIO and most S3-compatible servers take it). */
function s3Url(env: Env): string | undefined {
  const raw = env.S3_URL;
  if (raw === undefined || raw === '') return undefined;
  // Its errors never repeat the value: it holds a secret.
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError('S3_URL must be a URL: http(s)://KEY:SECRET@host/bucket');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new ConfigError('S3_URL must start with http:// or https://');
  if (!parsed.username || !parsed.password) throw new ConfigError('S3_URL must carry the access key and secret: http(s)://KEY:SECRET@host/bucket');
  if (!/^\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/?$/.test(parsed.pathname)) throw new ConfigError('S3_URL must end in the bucket name: http(s)://KEY:SECRET@host/bucket');
  return raw;
}
