import type { DataSource, QueryRunner } from 'typeorm';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../logger';
import type { TenantService } from '../tenants/tenant.service';

/** One advisory lock key for the job across every replica ("tracklink positions" as a number). */
const LOCK_KEY = 7_463_521_190_331;
/** Days ahead of today whose week partitions exist after a run. */
export const PARTITIONS_AHEAD_DAYS = 7;
const WEEK_MS = 7 * 86_400_000;
/** Rows removed by one DELETE: small enough to hold no lock for long and bloat nothing much. */
const DELETE_BATCH = 5_000;
/** At most this many DELETE statements a run; the rest is done by the next run. */
const MAX_DELETES_PER_RUN = 400;
const DAY_MS = 86_400_000;
/** Delivered consignments looked up at a time for the removal of their tracks. */
const TRACKS_PER_BATCH = 100;
const PARTITION = /^driver_positions_w(\d{4})(\d{2})(\d{2})$/;
const DEFAULT_PARTITION = 'driver_positions_default';

export interface RetentionRun {
  /** False when another replica held the lock: this run did nothing. */
  ran: boolean;
  created: string[];
  dropped: string[];
  /**
   * Per partition dropped, in the order of `dropped`: seconds from its DROP to its commit, the
   * time it waited for and held the parent table's lock (ingest into driver_positions waits that
   * long at most).
   */
  dropSeconds: number[];
  /** Rows removed by bounded deletes (tenants keeping less than the longest retention, delivered consignments' tracks). */
  rowsRemoved: number;
  /** Delivered consignments whose track went this run (their tenant's `deliveredTrackRetentionDays` passed). */
  tracksRemoved: number;
  /** Week partitions after the run (the default partition not counted). */
  partitions: number;
  seconds: number;
}

export interface RetentionObserver {
  onRun(run: RetentionRun): void;
}

/**
 * Keeps driver_positions within its retention: week partitions (Monday 00:00 UTC on) made to
 * cover PARTITIONS_AHEAD_DAYS ahead, partitions wholly older than the longest retention any tenant keeps dropped (a
 * `DROP TABLE`, never a `DELETE` of their rows), and a tenant keeping less than that loses its
 * older rows in DELETEs of at most DELETE_BATCH rows, partition by partition. Every replica
 * runs it on a timer; `pg_try_advisory_lock` lets one at a time do the work, the others skip.
 * Idempotent: each step looks at what is there (a second run finds nothing to do).
 */
export class PositionRetentionService {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<RetentionRun> | undefined;

  constructor(
    private readonly ds: DataSource,
    private readonly tenants: TenantService,
    private readonly clock: Clock,
    private readonly defaultDays: number,
    private readonly intervalMs: number,
    private readonly log: Logger,
    private readonly observer: RetentionObserver = { onRun: () => {} },
  ) {}

  start(): void {
    if (this.timer) return;
    const tick = () => {
      this.run().catch((error) => this.log.error('position retention failed:', error instanceof Error ? error.message : error));
    };
    setImmediate(tick).unref();
    this.timer = setInterval(tick, this.intervalMs);
    this.timer.unref();
  }

  /** Stops the timer and waits for a run in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** One run (the timer's, or a test's); runs in this process one at a time. */
  run(): Promise<RetentionRun> {
    if (!this.running) {
      this.running = this.runLocked().finally(() => {
        this.running = undefined;
      });
    }
    return this.running;
  }

  /** Week partitions and their first day (Monday, UTC midnight, ms), oldest first. */
  async partitions(q: { query(text: string): Promise<Array<{ name: string }>> } = this.ds): Promise<Array<{ name: string; from: number }>> {
    const rows: Array<{ name: string }> = await q.query(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'driver_positions'::regclass`,
    );
    return rows
      .map((r) => ({ name: r.name, m: PARTITION.exec(r.name) }))
      .filter((r) => r.m)
      .map((r) => ({ name: r.name, from: Date.UTC(Number(r.m![1]), Number(r.m![2]) - 1, Number(r.m![3])) }))
      .sort((a, b) => a.from - b.from);
  }

  private async runLocked(): Promise<RetentionRun> {
    const started = process.hrtime.bigint();
    const q = this.ds.createQueryRunner();
    try {
      await q.connect();
      const [{ locked }] = await q.query('SELECT pg_try_advisory_lock($1) AS locked', [LOCK_KEY]);
      if (!locked) return { ran: false, created: [], dropped: [], dropSeconds: [], rowsRemoved: 0, tracksRemoved: 0, partitions: 0, seconds: 0 };
      try {
        const result = await this.work(q);
        const run = { ran: true, ...result, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
        this.observer.onRun(run);
        if (run.created.length || run.dropped.length || run.rowsRemoved || run.tracksRemoved) {
          this.log.info(
            `position retention: ${run.created.length} partitions made, ${run.dropped.length} dropped, ${run.rowsRemoved} rows removed, ${run.tracksRemoved} delivered tracks removed`,
          );
        }
        return run;
      } finally {
        await q.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
      }
    } finally {
      await q.release();
    }
  }

  private async work(q: QueryRunner): Promise<Omit<RetentionRun, 'ran' | 'seconds'>> {
    const now = this.clock.now().getTime();
    const today = Math.floor(now / DAY_MS) * DAY_MS;
    const created: string[] = [];
    for (let day = today - DAY_MS; day <= today + PARTITIONS_AHEAD_DAYS * DAY_MS; day += DAY_MS) {
      const [{ made }] = await q.query('SELECT driver_positions_ensure_partition($1::date) AS made', [new Date(day).toISOString().slice(0, 10)]);
      if (made) created.push(partitionName(day));
    }

    const own = await this.tenants.positionRetentions();
    const longest = Math.max(this.defaultDays, ...own.map((t) => t.days));
    const oldestKept = now - longest * DAY_MS;
    const dropped: string[] = [];
    const dropSeconds: number[] = [];
    for (const p of await this.partitions(q)) {
      if (p.from + WEEK_MS > oldestKept) continue;
      // A short lock wait: DROP takes the parent's lock for a moment; if ingest holds it, next run.
      await q.startTransaction();
      try {
        await q.query("SET LOCAL lock_timeout = '2s'");
        const locking = process.hrtime.bigint();
        await q.query(`DROP TABLE IF EXISTS "${p.name}"`);
        await q.commitTransaction();
        dropSeconds.push(Number(process.hrtime.bigint() - locking) / 1e9);
        dropped.push(p.name);
      } catch (error) {
        await q.rollbackTransaction();
        this.log.error(`position retention: ${p.name} not dropped this time: ${error instanceof Error ? error.message : error}`);
      }
    }

    let rowsRemoved = 0;
    let deletes = 0;
    /**
     * Removes the rows of `table` (as `p`) that `where` matches, DELETE_BATCH at a time, within
     * the run's MAX_DELETES_PER_RUN statements; false when those ran out first (the next run
     * goes on).
     */
    const removeFrom = async (table: string, where: string, params: unknown[]): Promise<boolean> => {
      for (;;) {
        if (deletes >= MAX_DELETES_PER_RUN) return false;
        deletes++;
        const [, removed] = (await q.query(
          `DELETE FROM "${table}" WHERE ctid = ANY(ARRAY(SELECT p.ctid FROM "${table}" p WHERE ${where} LIMIT ${DELETE_BATCH}))`,
          params,
        )) as [unknown, number];
        rowsRemoved += removed;
        if (removed < DELETE_BATCH) return true;
      }
    };

    // The default partition holds what no day partition covers: what is older than every retention goes.
    await removeFrom(DEFAULT_PARTITION, 'p.recorded_at < $1', [new Date(oldestKept)]);

    // Tenants keeping less than the longest: their rows before their cutoff, in small DELETEs.
    const ownDays = new Map(own.map((t) => [t.tenantId, t.days]));
    const shorter = (await this.tenants.ids())
      .map((tenantId) => ({ tenantId, days: ownDays.get(tenantId) ?? this.defaultDays }))
      .filter((t) => t.days < longest);
    const remaining = await this.partitions(q);
    let tracksRemoved = 0;
    const done = () => ({ created, dropped, dropSeconds, rowsRemoved, tracksRemoved, partitions: remaining.length });
    for (const t of shorter) {
      const cutoff = new Date(now - t.days * DAY_MS);
      const targets = [...remaining.filter((p) => p.from < cutoff.getTime()).map((p) => p.name), DEFAULT_PARTITION];
      for (const table of targets) {
        if (!(await removeFrom(table, 'p.driver_id IN (SELECT d.id FROM drivers d WHERE d.tenant_id = $1) AND p.recorded_at < $2', [t.tenantId, cutoff]))) return done();
      }
    }

    // Delivered consignments past their tenant's policy: the positions of the driver who
    // delivered it (none without one) from when it went in transit (its creation, when that is
    // unknown) until its delivery, but for those another consignment of the driver still needs
    // (in transit then and now, or delivered since the cutoff; a deleted one needs none).
    // Oldest deliveries first, a few at a time; a track is marked removed once its last batch
    // is done, so the next run goes on where this one stopped.
    for (const t of await this.tenants.deliveredTrackRetentions()) {
      const cutoff = new Date(now - t.days * DAY_MS);
      for (;;) {
        const due: Array<{ id: string; driver_id: string | null; started_at: Date; delivered_at: Date }> = await q.query(
          `SELECT c.id, ct.driver_id, coalesce(ct.started_at, c.created_at) AS started_at, ct.delivered_at
             FROM consignment_transits ct JOIN consignments c ON c.id = ct.consignment_id
            WHERE ct.tenant_id = $1 AND ct.delivered_at IS NOT NULL AND ct.delivered_at < $2 AND ct.track_removed_at IS NULL
            ORDER BY ct.delivered_at, ct.consignment_id LIMIT ${TRACKS_PER_BATCH}`,
          [t.tenantId, cutoff],
        );
        for (const c of due) {
          if (c.driver_id) {
            const from = c.started_at.getTime();
            const to = c.delivered_at.getTime();
            // The trips of the driver's other consignments that keep their positions (those in
            // transit with the driver now, and those the driver delivered since the cutoff): a
            // few rows by the drivers' indexes, read once for the track rather than per position.
            const needed: Array<{ s: Date; e: Date | null }> = await q.query(
              `SELECT coalesce(ot.started_at, o.created_at) AS s, NULL::timestamptz AS e
                 FROM consignments o JOIN consignment_transits ot ON ot.consignment_id = o.id
                WHERE o.driver_id = $1 AND o.status = 'IN_TRANSIT' AND o.deleted_at IS NULL AND o.id <> $2
               UNION ALL
               SELECT coalesce(ot.started_at, o.created_at), ot.delivered_at
                 FROM consignment_transits ot JOIN consignments o ON o.id = ot.consignment_id
                WHERE ot.driver_id = $1 AND ot.delivered_at >= $3 AND o.status = 'DELIVERED' AND o.deleted_at IS NULL AND o.id <> $2`,
              [c.driver_id, c.id, cutoff],
            );
            const tables = [...remaining.filter((p) => p.from <= to && p.from + WEEK_MS > from).map((p) => p.name), DEFAULT_PARTITION];
            const trip =
              'p.driver_id = $1 AND p.recorded_at >= $2 AND p.recorded_at <= $3' +
              ' AND NOT EXISTS (SELECT 1 FROM unnest($4::timestamptz[], $5::timestamptz[]) w(s, e) WHERE w.s <= p.recorded_at AND (w.e IS NULL OR w.e >= p.recorded_at))';
            const params = [c.driver_id, c.started_at, c.delivered_at, needed.map((n) => n.s), needed.map((n) => n.e)];
            for (const table of tables) if (!(await removeFrom(table, trip, params))) return done();
          }
          await q.query('UPDATE consignment_transits SET track_removed_at = now() WHERE consignment_id = $1', [c.id]);
          tracksRemoved++;
        }
        if (due.length < TRACKS_PER_BATCH) break;
      }
    }
    return done();
  }
}

/** The name of the partition holding the instant `ms`: its week's Monday (1970-01-01 was a Thursday). */
export function partitionName(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  const monday = (day - ((day + 3) % 7)) * DAY_MS;
  return `driver_positions_w${new Date(monday).toISOString().slice(0, 10).replace(/-/g, '')}`;
}
