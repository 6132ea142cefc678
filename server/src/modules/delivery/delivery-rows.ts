import type { DataSource, EntityManager } from 'typeorm';
import { retryDelayMs } from '../../core/backoff';

/**
 * The discipline every outbox row keeps, whatever carries it (SMTP for `outbox_messages`, HTTP
 * for `webhook_deliveries`): a row is PENDING until it is recorded sent (or failed for good); a
 * claim counts the attempt and leases the row (`next_attempt_at` moved past the attempt's end),
 * and every later write is fenced by that attempt count, so a worker whose lease ran out (or
 * that another replaced) writes nothing. One table's rows, named by the module that owns it.
 */
export interface DeliveryTable {
  /** The owning module's table. */
  table: 'outbox_messages' | 'webhook_deliveries';
  /** Its id column's type, for the arrays a statement takes. */
  idType: 'uuid' | 'bigint';
}

/** What a worker holds of a claimed row: its id and the attempt its claim counted. */
export interface Leased {
  id: string;
  attempts: number;
}

type Queryable = Pick<DataSource | EntityManager, 'query'>;

/** Longest wait between two attempts of one row. */
export const MAX_BACKOFF_MS = 6 * 3600_000;

/** The next attempt of a row whose attempt failed, or none (failed for good). */
export interface RetryPlan {
  giveUp: boolean;
  /** Until the next attempt (when not given up). */
  delayMs: number;
}

/**
 * After failed attempt number `attempts`: again after the backoff (doubled per attempt, with
 * jitter, at most 6 h), unless the failure is for good, the attempts are used up, or the next
 * one would come after the row's retry window.
 */
export function retryPlan(options: { backoffMs: number; attempts: number; permanent?: boolean; maxAttempts?: number; giveUpAt?: Date; now?: number }): RetryPlan {
  const delayMs = retryDelayMs(options.backoffMs, options.attempts, MAX_BACKOFF_MS);
  const now = options.now ?? Date.now();
  const giveUp =
    !!options.permanent ||
    (options.maxAttempts !== undefined && options.attempts >= options.maxAttempts) ||
    (options.giveUpAt !== undefined && now + delayMs > options.giveUpAt.getTime());
  return { giveUp, delayMs };
}

/** The fenced statements on one table's rows. */
export class DeliveryRows {
  constructor(private readonly t: DeliveryTable) {}

  /**
   * Claimed but not sent: the attempt did not happen, and the rows are due now again (for any
   * worker). One statement for all of them; a row no longer this claim's is left alone.
   */
  async handBack(q: Queryable, rows: readonly Leased[]): Promise<void> {
    if (!rows.length) return;
    await q.query(
      `UPDATE ${this.t.table} d SET attempts = d.attempts - 1, next_attempt_at = now()
         FROM unnest($1::${this.t.idType}[], $2::int[]) AS h(id, attempts)
        WHERE d.id = h.id AND d.status = 'PENDING' AND d.attempts = h.attempts`,
      [rows.map((r) => r.id), rows.map((r) => r.attempts)],
    );
  }

  /**
   * Runs `set` (SQL assignments; parameters from $3) on the row only while this claim on it still
   * holds; says whether it did.
   */
  async ifStillOurs(q: Queryable, row: Leased, set: string, params: unknown[] = []): Promise<boolean> {
    const [rows] = (await q.query(`UPDATE ${this.t.table} SET ${set} WHERE id = $1 AND status = 'PENDING' AND attempts = $2 RETURNING id`, [row.id, row.attempts, ...params])) as [
      unknown[],
      number,
    ];
    return rows.length > 0;
  }

  /** Moves the lease's end to `leaseMs` from now, while the claim holds (right before a send). */
  renewLease(q: Queryable, row: Leased, leaseMs: number): Promise<boolean> {
    return this.ifStillOurs(q, row, `next_attempt_at = now() + $3 * interval '1 millisecond'`, [leaseMs]);
  }

  /** A failed attempt to be tried again after `delayMs`, with what went wrong (and `extra` assignments, parameters from $5). */
  retryLater(q: Queryable, row: Leased, delayMs: number, error: string, extra = '', params: unknown[] = []): Promise<boolean> {
    return this.ifStillOurs(q, row, `last_error = $3, next_attempt_at = now() + $4 * interval '1 millisecond'${extra ? `, ${extra}` : ''}`, [error, delayMs, ...params]);
  }
}

/**
 * A worker's poll loop: runs `round` until stop(), waiting `pollMs` (or until wake()) after a
 * round that says nothing more is waiting. stop() waits for the round under way.
 */
export class PollLoop {
  private loop: Promise<void> | null = null;
  private stopping = false;
  private wakeUp: (() => void) | null = null;
  private woken = false;

  constructor(
    private readonly pollMs: number,
    /** One round; true when more may be due at once. */
    private readonly round: () => Promise<boolean>,
    private readonly onError: (error: unknown) => void,
  ) {}

  get running(): boolean {
    return this.loop !== null;
  }

  /** Whether stop() has been asked for and is under way. */
  get isStopping(): boolean {
    return this.stopping;
  }

  /** Calling it twice is harmless. */
  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.loop;
    this.loop = null;
    this.stopping = false;
  }

  /** Looks for due rows now (something was queued or finished). */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      this.woken = false;
      let more = false;
      try {
        more = await this.round();
      } catch (error) {
        this.onError(error);
      }
      if (this.stopping) break;
      if (!more && !this.woken) await this.idle(this.pollMs);
    }
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
    });
  }
}
