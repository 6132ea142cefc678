import type { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '@tracklink/shared';
import type { TaskTrigger } from '../tasks/task.enums';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity';
import type { OutboxConnection } from './outbox.inputs';
import type { TenantScope } from '../../core/scope';
import { DomainError, invalid, notFound } from '../../core/errors';
import { connectionOf, decodeCursor, pageSize } from '../../core/pagination';

/** A message to queue, already rendered. */
export interface NewOutboxMessage {
  tenantId: string;
  taskId: string;
  consignmentId: string;
  stopId: string | null;
  linkId: string | null;
  trigger: TaskTrigger;
  dedupeKey: string;
  fromName: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

export class OutboxService {
  constructor(
    private readonly ds: DataSource,
    /** Whether SMTP_URL is set: without it, messages are kept as NOT_SENT and never attempted. */
    private readonly canSend: boolean,
  ) {}

  /** The keys among `keys` that already have a message (sent or not). */
  async existingKeys(em: EntityManager, keys: string[]): Promise<Set<string>> {
    if (!keys.length) return new Set();
    const rows: Array<{ dedupe_key: string }> = await em.query('SELECT dedupe_key FROM outbox_messages WHERE dedupe_key = ANY($1::text[])', [keys]);
    return new Set(rows.map((r) => r.dedupe_key));
  }

  /** Queues a message inside the caller's transaction; false when its key was already queued. */
  async enqueue(em: EntityManager, m: NewOutboxMessage): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `INSERT INTO outbox_messages
         (tenant_id, task_id, consignment_id, stop_id, link_id, trigger, dedupe_key, from_name, to_address, subject, body_text, body_html, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [
        m.tenantId,
        m.taskId,
        m.consignmentId,
        m.stopId,
        m.linkId,
        m.trigger,
        m.dedupeKey,
        m.fromName,
        m.to,
        m.subject,
        m.text,
        m.html,
        this.canSend ? OutboxStatus.PENDING : OutboxStatus.NOT_SENT,
      ],
    );
    return rows.length > 0;
  }

  /** Across tenants: how many messages wait to be sent, and how long the oldest has waited (metrics). */
  async pendingSummary(): Promise<{ pending: number; oldestAgeSeconds: number }> {
    const [row] = await this.ds.query(
      `SELECT count(*)::int AS pending, COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float8 AS age
         FROM outbox_messages WHERE status = 'PENDING'`,
    );
    return { pending: row.pending, oldestAgeSeconds: row.age };
  }

  /** The tenant's messages, newest first. */
  async list(scope: TenantScope, args: { first?: number | null; after?: string | null; status?: OutboxStatus | null }): Promise<OutboxConnection> {
    const limit = pageSize(args.first);
    const qb = this.ds.getRepository(OutboxMessage).createQueryBuilder('m').where('m.tenantId = :tenantId', { tenantId: scope.tenantId });
    if (args.status) qb.andWhere('m.status = :status', { status: args.status });
    const totalCount = await qb.clone().getCount();
    let hasPreviousPage = false;
    if (args.after) {
      const afterId = decodeCursor(args.after);
      if (!isUuid(afterId)) throw invalid('after', 'is not a cursor from this API');
      const position = '(SELECT x.created_at, x.id FROM outbox_messages x WHERE x.id = :afterId)';
      hasPreviousPage = await qb.clone().andWhere(`(m.createdAt, m.id) >= ${position}`, { afterId }).getExists();
      qb.andWhere(`(m.createdAt, m.id) < ${position}`, { afterId });
    }
    const rows = await qb.orderBy('m.createdAt', 'DESC').addOrderBy('m.id', 'DESC').take(limit + 1).getMany();
    return connectionOf(rows, limit, totalCount, hasPreviousPage);
  }

  /** A FAILED (or NOT_SENT) message goes back to PENDING, due now, with a fresh count of attempts. */
  async retry(scope: TenantScope, id: string): Promise<OutboxMessage> {
    return this.ds.transaction(async (em) => {
      const message = isUuid(id)
        ? await em.getRepository(OutboxMessage).findOne({ where: { id, tenantId: scope.tenantId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!message) throw notFound('Outbox message');
      if (message.status !== OutboxStatus.FAILED && message.status !== OutboxStatus.NOT_SENT) {
        throw invalid('id', `only a FAILED or NOT_SENT message can be retried; this one is ${message.status}`);
      }
      if (!this.canSend) throw new DomainError('CONFLICT', 'No SMTP server is configured (SMTP_URL); the message stays in the outbox unsent');
      await em.query(
        `UPDATE outbox_messages SET status = 'PENDING', attempts = 0, next_attempt_at = now() WHERE id = $1`,
        [message.id],
      );
      return em.getRepository(OutboxMessage).findOneByOrFail({ id: message.id });
    });
  }
}
