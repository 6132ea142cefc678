import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

const SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Operation names clients choose: the first this many are told apart, the rest are "other". */
const MAX_OPERATION_NAMES = 200;

export type Endpoint = 'staff' | 'public';
export type Outcome = 'ok' | 'error' | 'unavailable' | 'rate_limited';
export type IngestKind = 'positions' | 'pallet_scans';

/**
 * The process's Prometheus metrics (one registry per server, so several servers in one process
 * keep theirs apart). Names and labels follow Prometheus conventions: `_seconds`, `_total`,
 * low-cardinality labels, never a token or an id. docs/operations.md says what each means.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();

  readonly httpDuration = new Histogram({
    name: 'tracklink_http_request_duration_seconds',
    help: 'HTTP requests by route (a template, never a token), method and status class.',
    labelNames: ['route', 'method', 'status_class'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'tracklink_graphql_operation_duration_seconds',
    help: 'GraphQL operations over HTTP by endpoint, operation name, type and outcome.',
    labelNames: ['endpoint', 'operation', 'type', 'outcome'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  readonly websocketConnections = new Gauge({
    name: 'tracklink_websocket_connections',
    help: 'Open WebSocket connections by endpoint.',
    labelNames: ['endpoint'] as const,
    registers: [this.registry],
  });

  readonly liveSubscriptions = new Gauge({
    name: 'tracklink_live_subscriptions',
    help: 'Open live subscriptions by endpoint.',
    labelNames: ['endpoint'] as const,
    registers: [this.registry],
  });

  readonly fanout = new Histogram({
    name: 'tracklink_live_fanout_seconds',
    help: "From a live event reaching this process's hub to its update handed to every open page of it.",
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly busEvents = new Counter({
    name: 'tracklink_bus_events_total',
    help: 'Live events by topic, published by this process or received by it.',
    labelNames: ['topic', 'direction'] as const,
    registers: [this.registry],
  });

  readonly positions = new Counter({
    name: 'tracklink_positions_total',
    help: 'Reported positions by result: accepted, duplicate (a replay) or refused.',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  readonly palletScans = new Counter({
    name: 'tracklink_pallet_scans_total',
    help: 'Recorded pallet scans by result: accepted, duplicate (a replay) or refused.',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  readonly outboxPending = new Gauge({ name: 'tracklink_outbox_pending', help: 'Emails waiting to be sent.', registers: [this.registry] });

  readonly outboxOldestPendingAge = new Gauge({
    name: 'tracklink_outbox_oldest_pending_age_seconds',
    help: 'Age of the oldest email waiting to be sent (0 when none waits).',
    registers: [this.registry],
  });

  readonly outboxSends = new Counter({
    name: 'tracklink_outbox_sends_total',
    help: 'Email send attempts by result: sent, retried (a temporary failure) or failed (for good).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  readonly webhooksPending = new Gauge({ name: 'tracklink_webhooks_pending', help: 'Webhook deliveries waiting to be sent.', registers: [this.registry] });

  readonly webhookDeliveries = new Counter({
    name: 'tracklink_webhook_attempts_total',
    help: 'Webhook delivery attempts by result: delivered, retried (a failure with time left) or failed (for good).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  readonly positionPartitions = new Gauge({
    name: 'tracklink_position_partitions',
    help: 'Week partitions of driver_positions after the last retention run of this process.',
    registers: [this.registry],
  });

  readonly positionRetentionLastRun = new Gauge({
    name: 'tracklink_position_retention_last_run_timestamp_seconds',
    help: 'When this process last completed the position retention job (Unix time).',
    registers: [this.registry],
  });

  readonly positionRetentionDuration = new Histogram({
    name: 'tracklink_position_retention_duration_seconds',
    help: 'How long a completed position retention run took.',
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300],
    registers: [this.registry],
  });

  readonly positionPartitionDrop = new Histogram({
    name: 'tracklink_position_partition_drop_seconds',
    help: "Per week partition dropped by the retention job: from its DROP to its commit, the time it waited for and held driver_positions' lock (ingest waits at most that long).",
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2],
    registers: [this.registry],
  });

  readonly positionRowsRemoved = new Counter({
    name: 'tracklink_position_rows_removed_total',
    help: "Positions removed in bounded deletes (tenants keeping less than the longest retention, old rows of the default partition, delivered consignments' tracks).",
    registers: [this.registry],
  });

  readonly deliveredTracksRemoved = new Counter({
    name: 'tracklink_delivered_tracks_removed_total',
    help: "Delivered consignments whose track the retention job removed (their tenant's deliveredTrackRetentionDays passed).",
    registers: [this.registry],
  });

  readonly positionPartitionChanges = new Counter({
    name: 'tracklink_position_partition_changes_total',
    help: 'Week partitions of driver_positions made ahead or dropped, by action (created, dropped).',
    labelNames: ['action'] as const,
    registers: [this.registry],
  });

  readonly publicPageCache = new Counter({
    name: 'tracklink_public_page_cache_total',
    help: 'Public page answers of an available page by where they came from: hit_local, hit_redis (built by another replica), miss (built here).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  readonly publicPageCacheBytes = new Gauge({
    name: 'tracklink_public_page_cache_bytes',
    help: 'Bytes of built public-page answers kept by this process.',
    registers: [this.registry],
  });

  readonly rateLimited = new Counter({
    name: 'tracklink_rate_limited_total',
    help: 'Requests refused by a rate limit, by kind.',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  readonly dbPoolConnections = new Gauge({
    name: 'tracklink_db_pool_connections',
    help: 'Database pool connections: total, idle, and requests waiting for one.',
    labelNames: ['state'] as const,
    registers: [this.registry],
  });

  readonly dbPoolWait = new Histogram({
    name: 'tracklink_db_pool_wait_seconds',
    help: 'How long a statement waited for a pooled database connection.',
    buckets: [0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 3],
    registers: [this.registry],
  });

  readonly dependencyUp = new Gauge({
    name: 'tracklink_dependency_up',
    help: 'Whether a dependency answers (1) or not (0): database, redis.',
    labelNames: ['dependency'] as const,
    registers: [this.registry],
  });

  /** With `process`, also prom-client's process and Node.js metrics (CPU, memory, event loop, GC). */
  constructor(options: { process: boolean }) {
    if (options.process) collectDefaultMetrics({ register: this.registry });
  }

  /** An operation name as a label: bounded, so clients cannot grow the series without end. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_NAMES || !/^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(name)) return 'other';
    this.operations.add(name);
    return name;
  }

  ingest(kind: IngestKind, report: { accepted: number; duplicates: number; refused: readonly unknown[] }): void {
    const counter = kind === 'positions' ? this.positions : this.palletScans;
    if (report.accepted) counter.inc({ result: 'accepted' }, report.accepted);
    if (report.duplicates) counter.inc({ result: 'duplicate' }, report.duplicates);
    if (report.refused.length) counter.inc({ result: 'refused' }, report.refused.length);
  }

  /** Gauges read when scraped (open sockets, outbox depth, pool use…). */
  onScrape(collect: () => Promise<void> | void): void {
    this.scrapers.push(collect);
  }

  private readonly scrapers: Array<() => Promise<void> | void> = [];

  /** The exposition text, after the scrape-time gauges are read. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    await Promise.all(this.scrapers.map((collect) => Promise.resolve(collect()).catch(() => undefined)));
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
