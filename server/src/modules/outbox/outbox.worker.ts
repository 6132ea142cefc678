import { createTransport } from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import { systemScope } from '../../core/scope';
import type { AppUnitOfWork } from '../../events/domain-events';
import type { Logger } from '../../logger';
import { DeliveryRows, PollLoop, retryPlan } from '../delivery/delivery-rows';
import { escapeHtml } from '../tasks/task-renderer';
import { LINK_PLACEHOLDER, OutboxStatus } from './outbox-message.entity';

/** The URL of a tracking link, by id (null when it is gone). */
export type LinkUrlResolver = (linkId: string) => Promise<string | null>;

export interface OutboxWorkerOptions {
  /** Unset: nothing is sent (messages are queued as NOT_SENT). */
  smtpUrl: string | undefined;
  /** Envelope and header sender; the display name is the tenant's. */
  fromAddress: string;
  pollMs: number;
  /** First retry delay; doubled on every further attempt, with jitter. */
  backoffMs: number;
  /** After this many failed attempts a message is FAILED. */
  maxAttempts: number;
  batchSize?: number;
  /** How long a claimed message stays the worker's; longer than one send can take. */
  leaseMs?: number;
  /** Told the result of every attempt (metrics). */
  onAttempt?: (result: 'sent' | 'retried' | 'failed') => void;
}

interface Claimed {
  id: string;
  tenant_id: string;
  consignment_id: string | null;
  stop_id: string | null;
  task_id: string | null;
  trigger: string;
  attempts: number;
  link_id: string | null;
  from_name: string | null;
  to_address: string;
  subject: string;
  body_text: string;
  body_html: string;
}

interface SmtpError {
  message?: string;
  response?: string;
  responseCode?: number;
  permanent?: boolean;
}

/** The outbox's rows, under the discipline every delivery row keeps (modules/delivery). */
const OUTBOX_ROWS = new DeliveryRows({ table: 'outbox_messages', idType: 'uuid' });

/** A 5xx reply refuses the message for good (503 is a session state, not a refusal). */
function isPermanent(error: SmtpError): boolean {
  if (typeof error.permanent === 'boolean') return error.permanent;
  const code = error.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600 && code !== 503;
}

function describe(error: unknown): string {
  const e = (error ?? {}) as SmtpError;
  const text = (e.response || e.message || String(error)).trim();
  return text.length > 1000 ? `${text.slice(0, 1000)}…` : text;
}

/**
 * Sends the outbox over SMTP. Each round claims a small batch of due PENDING rows with
 * FOR UPDATE SKIP LOCKED (so several server processes never take the same row), counting the
 * attempt and leasing the row; each message is then sent and its outcome written at once.
 * The attempt count fences every write: a worker whose lease ran out cannot overwrite the row.
 * The lease, the fenced writes, the hand-back, the backoff and the poll loop are the delivery
 * engine's (modules/delivery/delivery-rows.ts), shared with the webhook worker; what is the
 * email's own is the SMTP session, the link resolved at send time and the Message-ID.
 */
export class OutboxWorker {
  private readonly transport;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly domain: string;
  private readonly loop: PollLoop;
  private readonly rounds = new Set<Promise<number>>();

  constructor(
    private readonly ds: DataSource,
    private readonly options: OutboxWorkerOptions,
    private readonly linkUrl: LinkUrlResolver,
    private readonly log: Logger,
    /** Marks a message FAILED in a transaction that tells `email.failed` (webhooks commit with it). */
    private readonly uow: AppUnitOfWork,
  ) {
    this.batchSize = options.batchSize ?? 10;
    this.leaseMs = options.leaseMs ?? 60_000;
    // A send must end (delivered or failed) well within the lease, renewed right before it, or
    // another worker could send the same message meanwhile.
    this.transport = options.smtpUrl
      ? createTransport({
          url: options.smtpUrl,
          connectionTimeout: Math.min(10_000, this.leaseMs / 4),
          greetingTimeout: Math.min(10_000, this.leaseMs / 4),
          socketTimeout: Math.min(30_000, this.leaseMs / 2),
        })
      : null;
    this.domain = options.fromAddress.split('@')[1] || 'tracklink.local';
    // A full batch: more may be due at once.
    this.loop = new PollLoop(options.pollMs, async () => (await this.runOnce()) >= this.batchSize, (error) => this.log.error('outbox worker:', error));
  }

  /** Whether messages are sent at all (SMTP_URL is set). */
  get enabled(): boolean {
    return this.transport !== null;
  }

  get running(): boolean {
    return this.loop.running;
  }

  /** Polls until stop(); does nothing without SMTP_URL. Calling it twice is harmless. */
  start(): void {
    if (!this.transport) return;
    this.loop.start();
  }

  /**
   * Ends the polling. The message being sent is finished and recorded; the rest of the batch in
   * hand is handed back, due at once, for the next worker (or this one after start()).
   */
  async stop(): Promise<void> {
    this.stopping = true;
    try {
      await this.loop.stop();
      await Promise.all([...this.rounds]);
    } finally {
      this.stopping = false;
    }
  }

  private stopping = false;

  /** One round: claims a batch and sends it. Returns how many messages it claimed. */
  runOnce(): Promise<number> {
    const round = this.round();
    this.rounds.add(round);
    return round.finally(() => this.rounds.delete(round));
  }

  private async round(): Promise<number> {
    if (!this.transport) return 0;
    const batch = await this.claim();
    for (let i = 0; i < batch.length; i++) {
      if (this.stopping) {
        await this.release(batch.slice(i));
        break;
      }
      await this.deliver(batch[i]);
    }
    return batch.length;
  }

  private async claim(): Promise<Claimed[]> {
    const [rows] = (await this.ds.query(
      `WITH due AS (
         SELECT id FROM outbox_messages
          WHERE status = 'PENDING' AND next_attempt_at <= now()
          ORDER BY next_attempt_at, created_at
          LIMIT $1
          FOR UPDATE SKIP LOCKED
       )
       UPDATE outbox_messages m
          SET attempts = m.attempts + 1, next_attempt_at = now() + $2 * interval '1 millisecond'
         FROM due WHERE m.id = due.id
       RETURNING m.id, m.tenant_id, m.consignment_id, m.stop_id, m.task_id, m.trigger, m.attempts, m.link_id, m.from_name, m.to_address, m.subject, m.body_text, m.body_html, m.created_at`,
      [this.batchSize, this.leaseMs],
    )) as [Array<Claimed & { created_at: Date }>, number];
    return rows.sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
  }

  /** Hands claimed, unsent messages back: the attempt did not happen, and they are due now. */
  private release(batch: Claimed[]): Promise<void> {
    return OUTBOX_ROWS.handBack(this.ds, batch);
  }

  private async deliver(m: Claimed): Promise<void> {
    // Renew the lease right before sending; a message reclaimed or retried meanwhile is skipped.
    if (!(await OUTBOX_ROWS.renewLease(this.ds, m, this.leaseMs))) return;
    const url = m.link_id ? await this.linkUrl(m.link_id) : '';
    if (url === null) {
      // Never send an email whose link no longer works.
      await this.markFailed(m, "The recipient's tracking link was revoked before the email was sent");
      return;
    }
    try {
      await this.transport!.sendMail({
        from: { name: m.from_name ?? 'Tracklink', address: this.options.fromAddress },
        to: m.to_address,
        subject: m.subject.replaceAll(LINK_PLACEHOLDER, url),
        text: m.body_text.replaceAll(LINK_PLACEHOLDER, url),
        html: m.body_html.replaceAll(LINK_PLACEHOLDER, escapeHtml(url)),
        messageId: `<${m.id}@${this.domain}>`,
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    } catch (error) {
      await this.failed(m, error);
      return;
    }
    await OUTBOX_ROWS.ifStillOurs(this.ds, m, `status = '${OutboxStatus.SENT}', sent_at = now(), last_error = NULL`);
    this.options.onAttempt?.('sent');
    this.log.debug(`outbox: sent ${m.id} to ${m.to_address}`);
  }

  /** FAILED for good, while the claim still holds, and told in the same transaction. */
  private async markFailed(m: Claimed, error: string): Promise<void> {
    await this.uow.run(systemScope(m.tenant_id, 'outbox'), async (tx) => {
      const [rows] = (await tx.em.query(
        `UPDATE outbox_messages SET status = '${OutboxStatus.FAILED}', last_error = $3
          WHERE id = $1 AND status = 'PENDING' AND attempts = $2 RETURNING id`,
        [m.id, m.attempts, error],
      )) as [unknown[], number];
      if (!rows.length) return;
      await tx.emit({
        type: 'email.failed',
        email: {
          id: m.id,
          tenantId: m.tenant_id,
          consignmentId: m.consignment_id,
          stopId: m.stop_id,
          taskId: m.task_id,
          trigger: m.trigger,
          to: m.to_address,
          error,
          attempts: m.attempts,
        },
      });
    });
  }

  private async failed(m: Claimed, error: unknown): Promise<void> {
    const message = describe(error);
    const plan = retryPlan({ backoffMs: this.options.backoffMs, attempts: m.attempts, permanent: isPermanent(error as SmtpError), maxAttempts: this.options.maxAttempts });
    if (plan.giveUp) {
      await this.markFailed(m, message);
      this.options.onAttempt?.('failed');
      this.log.error(`outbox: ${m.id} to ${m.to_address} failed after ${m.attempts} attempt(s): ${message}`);
      return;
    }
    const delay = plan.delayMs;
    await OUTBOX_ROWS.retryLater(this.ds, m, delay, message);
    this.options.onAttempt?.('retried');
    this.log.info(`outbox: ${m.id} to ${m.to_address} will be retried in ${delay} ms: ${message}`);
  }
}

/** The worker for this process; the server starts it after boot and stops it on shutdown. */
export function createOutboxWorker(
  ds: DataSource,
  config: Config,
  log: Logger,
  linkUrl: LinkUrlResolver,
  uow: AppUnitOfWork,
  onAttempt?: OutboxWorkerOptions['onAttempt'],
): OutboxWorker {
  return new OutboxWorker(
    ds,
    {
      smtpUrl: config.smtpUrl,
      fromAddress: config.mailFrom,
      pollMs: config.outboxPollMs,
      backoffMs: config.outboxBackoffMs,
      maxAttempts: config.outboxMaxAttempts,
      leaseMs: config.outboxLeaseMs,
      onAttempt,
    },
    linkUrl,
    log,
    uow,
  );
}
