import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '@tracklink/shared';
import type { TokenVault } from '../../secrets';
import { DomainError, invalid, notFound } from '../../core/errors';
import { connectionOf, decodeCursor, pageSize } from '../../core/pagination';
import type { TenantScope } from '../../core/scope';
import { optionalText } from '../../core/validation';
import type { AppTransaction, AppUnitOfWork } from '../../events/domain-events';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { TEST_EVENT_TYPE, WebhookEventType, type WebhookEvent } from './webhook-events';
import type { UpdateWebhookEndpointInput, WebhookDeliveryConnection, WebhookEndpointInput } from './webhook.inputs';
import { checkEndpointUrl } from './ssrf';

export interface WebhookSettings {
  /** Production: endpoint URLs must be https and public (checked again when sending). */
  production: boolean;
  /** How long a delivery is retried before it is FAILED. */
  retryWindowMs: number;
  /** How far an ETA must move from the last one told before stop.eta_changed is sent. */
  etaThresholdMs: number;
  /** How long the secret before a rotation still signs. */
  secretGraceMs: number;
}

/** Advisory-lock class of "webhooks of this consignment are being written" (with hashtext(id)). */
const ORDER_LOCK = 7412101;
const MAX_ENDPOINTS = 20;
const VALID_TYPES = new Set<string>(Object.values(WebhookEventType));

const newSecret = () => `whsec_${randomBytes(24).toString('base64')}`;
const newMessageId = () => `msg_${randomUUID().replaceAll('-', '')}`;

/** A tenant's webhook endpoints, and the deliveries written for them in the changes' transactions. */
export class WebhookService {
  constructor(
    private readonly ds: DataSource,
    private readonly uow: AppUnitOfWork,
    private readonly vault: TokenVault,
    private readonly settings: WebhookSettings,
    /** Told, once committed, when deliveries may be sendable outside a domain event (a test, a resend, an endpoint turned on). */
    private readonly onQueued: () => void = () => undefined,
  ) {}

  list(scope: TenantScope): Promise<WebhookEndpoint[]> {
    return this.ds.getRepository(WebhookEndpoint).find({ where: { tenantId: scope.tenantId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async find(scope: TenantScope, id: string, em: EntityManager = this.ds.manager): Promise<WebhookEndpoint> {
    const endpoint = isUuid(id) ? await em.getRepository(WebhookEndpoint).findOneBy({ id, tenantId: scope.tenantId }) : null;
    if (!endpoint) throw notFound('Webhook endpoint');
    return endpoint;
  }

  private eventTypes(types: WebhookEventType[], field: string): WebhookEventType[] {
    if (!types.length) throw invalid(field, 'needs at least one event type');
    const bad = types.findIndex((t) => !VALID_TYPES.has(t));
    if (bad >= 0) throw invalid(`${field}[${bad}]`, 'is not a webhook event type');
    return [...new Set(types)];
  }

  async create(scope: TenantScope, input: WebhookEndpointInput): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const url = checkEndpointUrl(input.url, this.settings.production);
    const description = optionalText(input.description, 'input.description', 500);
    const eventTypes = this.eventTypes(input.eventTypes, 'input.eventTypes');
    const secret = newSecret();
    return this.uow.run(scope, async ({ em }) => {
      const [{ count }] = await em.query('SELECT count(*)::int AS count FROM webhook_endpoints WHERE tenant_id = $1', [scope.tenantId]);
      if (count >= MAX_ENDPOINTS) throw new DomainError('CONFLICT', `A tenant has at most ${MAX_ENDPOINTS} webhook endpoints`);
      const repo = em.getRepository(WebhookEndpoint);
      const endpoint = await repo.save(
        repo.create({
          tenantId: scope.tenantId,
          url,
          description,
          eventTypes,
          enabled: input.enabled ?? true,
          internal: input.internal ?? false,
          secretEncrypted: this.vault.encrypt(secret),
        }),
      );
      return { endpoint: await repo.findOneByOrFail({ id: endpoint.id }), secret };
    });
  }

  async update(scope: TenantScope, id: string, input: UpdateWebhookEndpointInput): Promise<WebhookEndpoint> {
    const url = input.url != null ? checkEndpointUrl(input.url, this.settings.production) : undefined;
    const eventTypes = input.eventTypes != null ? this.eventTypes(input.eventTypes, 'input.eventTypes') : undefined;
    const description = input.description !== undefined ? optionalText(input.description, 'input.description', 500) : undefined;
    const updated = await this.uow.run(scope, async ({ em }) => {
      const endpoint = await this.find(scope, id, em);
      const changes: Partial<WebhookEndpoint> = {};
      if (url !== undefined) changes.url = url;
      if (eventTypes !== undefined) changes.eventTypes = eventTypes;
      if (description !== undefined) changes.description = description;
      if (input.internal != null) changes.internal = input.internal;
      if (input.enabled != null) {
        changes.enabled = input.enabled;
        // Turned on (again) by staff: a fresh start; turned off by staff: no server reason.
        Object.assign(changes, { disabledAt: null, disabledReason: null, ...(input.enabled ? { consecutiveFailures: 0 } : {}) });
      }
      if (Object.keys(changes).length) await em.getRepository(WebhookEndpoint).update({ id: endpoint.id }, changes);
      return em.getRepository(WebhookEndpoint).findOneByOrFail({ id: endpoint.id });
    });
    // Turned on: what it has waiting can go now, not at the worker's next poll.
    if (input.enabled) this.onQueued();
    return updated;
  }

  /** Deletes the endpoint and its deliveries (sent or not). */
  async delete(scope: TenantScope, id: string): Promise<boolean> {
    return this.uow.run(scope, async ({ em }) => {
      const endpoint = await this.find(scope, id, em);
      await em.getRepository(WebhookEndpoint).delete({ id: endpoint.id });
      return true;
    });
  }

  /**
   * A new signing secret, shown once. The one it replaces keeps signing, beside it, for the
   * grace period (Standard Webhooks receivers accept any of the signatures), so a receiver can
   * switch without losing a delivery. A secret rotated out twice within it stops at once.
   */
  async rotateSecret(scope: TenantScope, id: string): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const secret = newSecret();
    return this.uow.run(scope, async ({ em }) => {
      const endpoint = await this.find(scope, id, em);
      await em.query(
        `UPDATE webhook_endpoints SET previous_secret_encrypted = secret_encrypted, secret_encrypted = $2,
                previous_secret_expires_at = now() + $3 * interval '1 millisecond', updated_at = now()
          WHERE id = $1`,
        [endpoint.id, this.vault.encrypt(secret), this.settings.secretGraceMs],
      );
      return { endpoint: await em.getRepository(WebhookEndpoint).findOneByOrFail({ id: endpoint.id }), secret };
    });
  }

  /** An endpoint's deliveries, newest first. */
  async deliveries(
    scope: TenantScope,
    endpointId: string,
    args: { first?: number | null; after?: string | null; status?: WebhookDeliveryStatus | null },
  ): Promise<WebhookDeliveryConnection> {
    const endpoint = await this.find(scope, endpointId);
    const limit = pageSize(args.first);
    const qb = this.ds.getRepository(WebhookDelivery).createQueryBuilder('d').where('d.endpointId = :id', { id: endpoint.id });
    if (args.status) qb.andWhere('d.status = :status', { status: args.status });
    const totalCount = await qb.clone().getCount();
    let hasPreviousPage = false;
    if (args.after) {
      const afterId = decodeCursor(args.after);
      if (!/^\d{1,18}$/.test(afterId)) throw invalid('after', 'is not a cursor from this API');
      hasPreviousPage = await qb.clone().andWhere('d.id >= :afterId', { afterId }).getExists();
      qb.andWhere('d.id < :afterId', { afterId });
    }
    const rows = await qb.orderBy('d.id', 'DESC').take(limit + 1).getMany();
    return connectionOf(rows, limit, totalCount, hasPreviousPage);
  }

  /**
   * Sends a delivered or failed delivery again, now, with the same webhook-id and body and a
   * fresh retry window. It goes on its own, outside its consignment's order (it is a repeat).
   */
  async resend(scope: TenantScope, deliveryId: string): Promise<WebhookDelivery> {
    if (!/^\d{1,18}$/.test(deliveryId)) throw notFound('Webhook delivery');
    const delivery = await this.uow.run(scope, async ({ em }) => {
      const found = await em.getRepository(WebhookDelivery).findOne({ where: { id: deliveryId, tenantId: scope.tenantId }, lock: { mode: 'pessimistic_write' } });
      if (!found) throw notFound('Webhook delivery');
      if (found.status === WebhookDeliveryStatus.PENDING) throw invalid('id', 'this delivery is still being sent');
      await em.query(
        `UPDATE webhook_deliveries SET status = 'PENDING', attempts = 0, next_attempt_at = now(), ordering_key = NULL,
                give_up_at = now() + $2 * interval '1 millisecond', delivered_at = NULL
          WHERE id = $1`,
        [found.id, this.settings.retryWindowMs],
      );
      return em.getRepository(WebhookDelivery).findOneByOrFail({ id: found.id });
    });
    this.onQueued();
    return delivery;
  }

  /** Queues a `webhook.test` event for the endpoint, whatever events it asked for. */
  async sendTest(scope: TenantScope, endpointId: string): Promise<WebhookDelivery> {
    const delivery = await this.uow.run(scope, async ({ em }) => {
      const endpoint = await this.find(scope, endpointId, em);
      if (!endpoint.enabled) throw new DomainError('CONFLICT', 'The endpoint is off; turn it on to send a test event');
      const id = newMessageId();
      const body = JSON.stringify({
        id,
        type: TEST_EVENT_TYPE,
        timestamp: new Date().toISOString(),
        data: { endpointId: endpoint.id, message: 'A test event from Tracklink' },
      });
      const [row] = await em.query(
        `INSERT INTO webhook_deliveries (tenant_id, endpoint_id, message_id, event_type, body, give_up_at)
         VALUES ($1, $2, $3, $4, $5, now() + $6 * interval '1 millisecond') RETURNING id`,
        [scope.tenantId, endpoint.id, id, TEST_EVENT_TYPE, body, this.settings.retryWindowMs],
      );
      return em.getRepository(WebhookDelivery).findOneByOrFail({ id: row.id });
    });
    this.onQueued();
    return delivery;
  }

  /**
   * Writes a delivery of each event for every enabled endpoint of the tenant that asked for
   * it, inside the change's transaction. Writers of one consignment's deliveries take turns
   * (a transaction-level advisory lock held until commit), so their ids follow commit order
   * and the worker's per-consignment order is the order in which the changes happened.
   */
  async record(tx: AppTransaction, events: WebhookEvent[]): Promise<number> {
    const { em, scope } = tx;
    let written = 0;
    for (const event of events) {
      const targets: Array<{ id: string; internal: boolean }> = await em.query(
        'SELECT id, internal FROM webhook_endpoints WHERE tenant_id = $1 AND enabled AND $2 = ANY(event_types)',
        [scope.tenantId, event.type],
      );
      if (!targets.length) continue;
      if (event.type === WebhookEventType.STOP_ETA_CHANGED && !(await this.etaMovedEnough(em, event))) continue;
      if (event.consignmentId) await em.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ORDER_LOCK, event.consignmentId]);
      const id = newMessageId();
      const envelope = (data: Record<string, unknown>) => JSON.stringify({ id, type: event.type, timestamp: event.occurredAt.toISOString(), data });
      const publicBody = envelope(event.data);
      const internalBody = event.internal
        ? envelope({ ...event.data, consignment: { ...(event.data.consignment as object), ...event.internal } })
        : publicBody;
      await em.query(
        `INSERT INTO webhook_deliveries (tenant_id, endpoint_id, message_id, event_type, ordering_key, body, give_up_at)
         SELECT $1, t.id, $2, $3, $4, CASE WHEN t.internal THEN $6 ELSE $5 END, now() + $7 * interval '1 millisecond'
           FROM unnest($8::uuid[], $9::boolean[]) AS t(id, internal)`,
        [scope.tenantId, id, event.type, event.consignmentId, publicBody, internalBody, this.settings.retryWindowMs, targets.map((t) => t.id), targets.map((t) => t.internal)],
      );
      written += targets.length;
    }
    return written;
  }

  /**
   * Whether the stop's ETA has moved by more than the threshold since the last one told (or
   * none was); if so it becomes the last one told, and the event says which it replaces.
   */
  private async etaMovedEnough(em: EntityManager, event: WebhookEvent): Promise<boolean> {
    const stop = event.data.stop as { id: string; estimatedArrival: string | null };
    if (!stop.estimatedArrival) return false;
    const eta = new Date(stop.estimatedArrival);
    const [mark]: Array<{ notified_eta: Date }> = await em.query('SELECT notified_eta FROM webhook_stop_etas WHERE stop_id = $1 FOR UPDATE', [stop.id]);
    if (mark && Math.abs(eta.getTime() - mark.notified_eta.getTime()) <= this.settings.etaThresholdMs) return false;
    await em.query(
      `INSERT INTO webhook_stop_etas (stop_id, notified_eta) VALUES ($1, $2)
       ON CONFLICT (stop_id) DO UPDATE SET notified_eta = EXCLUDED.notified_eta`,
      [stop.id, eta],
    );
    if (mark) event.data.previousEstimatedArrival = mark.notified_eta.toISOString();
    return true;
  }

  /** Across tenants: deliveries waiting, and how long the oldest has waited (metrics). */
  async pendingSummary(): Promise<{ pending: number; oldestAgeSeconds: number }> {
    const [row] = await this.ds.query(
      `SELECT count(*)::int AS pending, COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float8 AS age
         FROM webhook_deliveries WHERE status = 'PENDING'`,
    );
    return { pending: row.pending, oldestAgeSeconds: row.age };
  }
}
