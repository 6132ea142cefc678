import { keysetPage } from '../../db/keyset-page';
import type { Connection } from '../../core/pagination';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  BillingStatus,
  ConsignmentStatus,
  isUuid,
  StopType,
  TaskLevel,
  TaskRecipient,
  TaskTrigger,
  taskTemplateVariables,
  TRACKING_LINK_VARIABLE,
} from '@tracklink/shared';
import { Consignment } from '../consignments/consignment.entity';
import type { ConsignmentService } from '../consignments/consignment.service';
import type { Stop } from '../consignments/stop.entity';
import type { StopService } from '../consignments/stop.service';
import type { OrderService } from '../orders/order.service';
import type { OutboxService } from '../outbox/outbox.service';
import type { AppTransaction, SubmittedFeedback } from '../../events/domain-events';
import type { Tenant } from '../tenants/tenant.entity';
import type { TenantService } from '../tenants/tenant.service';
import type { TrackingLinkService } from '../tracking-links/tracking-link.service';
import { ContactTask } from './contact-task.entity';
import type { ContactTaskInput } from './contact-task.inputs';
import { taskFields } from './contact-task.validation';
import { renderTaskMessage, tenantLocale } from './task-renderer';
import type { TenantScope } from '../../core/scope';
import { notFound } from '../../core/errors';

/** One email to queue, before its key is checked. */
/** Something that happened to a consignment, which tasks may be waiting for. */
export interface Occasion {
  trigger: TaskTrigger;
  /** The status reached (STATUS_REACHED). */
  status?: ConsignmentStatus;
  /** The stop it happened at (STOP_ARRIVED, STOP_DEPARTED, ETA_LATE). */
  stopId?: string;
  /** ETA_LATE: which time the stop became late (each episode writes once). */
  episode?: number;
  /** LOW_RATING: the rating given through a link (each rating of a link writes once). */
  feedback?: { linkId: string; rating: number; comment: string | null };
}

interface Planned {
  task: ContactTask;
  stop: Stop | null;
  to: string;
  triggerKey: string;
  occasion: Occasion;
  dedupeKey: string;
}

const matches = (task: ContactTask, o: Occasion) =>
  task.trigger === o.trigger && (o.trigger !== TaskTrigger.STATUS_REACHED || task.triggerStatus === o.status);

function triggerKeyOf(o: Occasion): string {
  if (o.trigger === TaskTrigger.STATUS_REACHED) return `${o.trigger}:${o.status}`;
  if (o.trigger === TaskTrigger.ETA_LATE) return `${o.trigger}:${o.episode ?? 1}`;
  if (o.trigger === TaskTrigger.LOW_RATING) return `${o.trigger}:${o.feedback?.linkId}:${o.feedback?.rating}`;
  return o.trigger;
}

function usesLink(task: ContactTask): boolean {
  try {
    return taskTemplateVariables(`${task.subject}\n${task.body}`).includes(TRACKING_LINK_VARIABLE);
  } catch {
    return false; // checked on save; see renderTaskMessage
  }
}

export class ContactTaskService {
  constructor(
    private readonly ds: DataSource,
    private readonly consignments: ConsignmentService,
    private readonly stops: StopService,
    private readonly trackingLinks: TrackingLinkService,
    private readonly outbox: OutboxService,
    private readonly tenants: TenantService,
    private readonly orders: OrderService,
  ) {}

  list(scope: TenantScope): Promise<ContactTask[]> {
    return this.ds.getRepository(ContactTask).find({ where: { tenantId: scope.tenantId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** A page of the tenant's contact tasks, oldest first. */
  page(scope: TenantScope, args: { first?: number | null; after?: string | null }): Promise<Connection<ContactTask>> {
    const qb = this.ds.getRepository(ContactTask).createQueryBuilder('t').where('t.tenantId = :tenantId', { tenantId: scope.tenantId });
    return keysetPage(qb, { alias: 't', table: 'contact_tasks', property: 'createdAt', column: 'created_at', direction: 'ASC' }, args);
  }

  byIds(ids: readonly string[]): Promise<ContactTask[]> {
    return this.ds.getRepository(ContactTask).findBy({ id: In([...ids]) });
  }

  private async tenant(em: EntityManager, tenantId: string): Promise<Tenant> {
    const tenant = await this.tenants.byId(tenantId, em);
    if (!tenant) throw notFound('Tenant');
    return tenant;
  }

  private async integrationOn(em: EntityManager, tenantId: string): Promise<boolean> {
    return (await this.tenant(em, tenantId)).trackingIntegrationEnabled;
  }

  private async own(em: EntityManager, scope: TenantScope, id: string): Promise<ContactTask> {
    const task = isUuid(id)
      ? await em.getRepository(ContactTask).findOne({ where: { id, tenantId: scope.tenantId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!task) throw notFound('Contact task');
    return task;
  }

  async create(scope: TenantScope, input: ContactTaskInput): Promise<ContactTask> {
    return this.ds.transaction(async (em) => {
      const fields = taskFields(input, await this.integrationOn(em, scope.tenantId));
      const repo = em.getRepository(ContactTask);
      return repo.save(repo.create({ ...fields, tenantId: scope.tenantId, enabled: input.enabled ?? true }));
    });
  }

  /** Replaces the task's settings. Messages already queued stay as they were rendered. */
  async update(scope: TenantScope, id: string, input: ContactTaskInput): Promise<ContactTask> {
    return this.ds.transaction(async (em) => {
      const task = await this.own(em, scope, id);
      const fields = taskFields(input, await this.integrationOn(em, scope.tenantId));
      Object.assign(task, fields);
      if (input.enabled != null) task.enabled = input.enabled;
      return em.getRepository(ContactTask).save(task);
    });
  }

  async setEnabled(scope: TenantScope, id: string, enabled: boolean): Promise<ContactTask> {
    return this.ds.transaction(async (em) => {
      const task = await this.own(em, scope, id);
      task.enabled = enabled;
      return em.getRepository(ContactTask).save(task);
    });
  }

  /** The task goes; the messages it queued stay in the outbox. */
  async delete(scope: TenantScope, id: string): Promise<boolean> {
    return this.ds.transaction(async (em) => {
      const task = await this.own(em, scope, id);
      await em.getRepository(ContactTask).delete({ id: task.id });
      return true;
    });
  }

  /**
   * Recalculate (SPEC 2.9): the tasks that apply to each consignment's current status, in the
   * caller's transaction. Already-queued messages are not queued again. Returns the new ones.
   */
  async runForCurrentStatus(tx: AppTransaction, consignments: Consignment[]): Promise<number> {
    if (!consignments.length) return 0;
    const { em, scope } = tx;
    // Locked like any other change of these consignments, so a concurrent trigger waits.
    const locked = await this.consignments.ownedForUpdate(em, scope, consignments.map((c) => c.id));
    let queued = 0;
    for (const c of locked) {
      if (c.status === ConsignmentStatus.CANCELLED || c.deletedAt) continue;
      queued += await this.run(tx, c, [
        { trigger: TaskTrigger.CONSIGNMENT_CREATED },
        { trigger: TaskTrigger.STATUS_REACHED, status: c.status },
      ]);
    }
    return queued;
  }

  /**
   * A rating sent through a link: the LOW_RATING tasks when it is at or below the tenant's
   * lowRatingThreshold, in the feedback's transaction. The same rating of the same link sent
   * again (an edited comment) writes nothing new; another low rating writes again.
   */
  async runForFeedback(tx: AppTransaction, consignment: Consignment, feedback: SubmittedFeedback): Promise<number> {
    if (feedback.kind !== 'RATING' || feedback.rating == null) return 0;
    const tenant = await this.tenant(tx.em, tx.scope.tenantId);
    if (feedback.rating > tenant.lowRatingThreshold) return 0;
    return this.run(tx, consignment, [{ trigger: TaskTrigger.LOW_RATING, feedback: { linkId: feedback.linkId, rating: feedback.rating, comment: feedback.comment } }]);
  }

  /**
   * Queues the messages of every enabled task waiting for one of `occasions`, inside the
   * caller's transaction (the change that triggers them); returns how many.
   */
  async run(tx: AppTransaction, consignment: Consignment, occasions: Occasion[]): Promise<number> {
    const { em, scope } = tx;
    const tasks = await em.getRepository(ContactTask).find({
      where: { tenantId: scope.tenantId, enabled: true, trigger: In([...new Set(occasions.map((o) => o.trigger))]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const due = occasions.flatMap((o) => tasks.filter((t) => matches(t, o)).map((task) => ({ task, occasion: o })));
    if (!due.length) return 0;

    const tenant = await this.tenant(em, scope.tenantId);
    const stops = await this.stops.of([consignment.id], em);
    const order = await this.orders.contactOf(em, scope, consignment.orderId);

    const planned: Planned[] = [];
    for (const { task, occasion } of due) {
      // The link variable is refused on save while the integration is off; if it was turned off
      // since, or billing is locked (the link would not open), the task waits: a recalculate
      // once both are back sends it.
      if ((!tenant.trackingIntegrationEnabled || tenant.billingStatus === BillingStatus.LOCKED) && usesLink(task)) continue;
      const contexts =
        task.level === TaskLevel.CONSIGNMENT ? [null] : occasion.stopId ? stops.filter((s) => s.id === occasion.stopId) : stops;
      for (const stop of contexts) {
        const seen = new Set<string>();
        for (const to of this.recipients(task, stop, stops, order?.customerEmail ?? null)) {
          const address = to.trim();
          const key = address.toLowerCase();
          if (seen.has(key)) continue;
          seen.add(key);
          const triggerKey = triggerKeyOf(occasion);
          planned.push({
            task,
            stop,
            to: address,
            triggerKey,
            occasion,
            dedupeKey: [task.id, consignment.id, stop?.id ?? '-', key, triggerKey].join('|'),
          });
        }
      }
    }
    const existing = await this.outbox.existingKeys(em, planned.map((p) => p.dedupeKey));

    let queued = 0;
    const locale = tenantLocale(tenant);
    for (const p of planned) {
      if (existing.has(p.dedupeKey)) continue;
      existing.add(p.dedupeKey);
      const linkId = usesLink(p.task) ? await this.recipientLinkId(tx, consignment, p.to) : null;
      const rendered = renderTaskMessage(p.task, {
        locale,
        tenantName: tenant.name,
        consignment,
        orderReference: order?.reference ?? '',
        customerName: order?.customerName ?? null,
        stop: p.stop,
        recipientEmail: p.to,
        feedback: p.occasion.feedback ?? null,
      });
      const inserted = await this.outbox.enqueue(em, {
        tenantId: scope.tenantId,
        taskId: p.task.id,
        consignmentId: consignment.id,
        stopId: p.stop?.id ?? null,
        linkId,
        trigger: p.task.trigger,
        dedupeKey: p.dedupeKey,
        fromName: tenant.name,
        to: p.to,
        ...rendered,
      });
      if (inserted) queued++;
    }
    return queued;
  }

  /** Who a task writes to, for one stop context (null for consignment-level tasks). */
  private recipients(task: ContactTask, stop: Stop | null, stops: Stop[], customerEmail: string | null): string[] {
    const contactsOf = (type: StopType) => stops.filter((s) => s.type === type).map((s) => s.contactEmail);
    const all: Array<string | null> = (() => {
      switch (task.recipient) {
        case TaskRecipient.STOP_CONTACT:
          return [stop?.contactEmail ?? null];
        case TaskRecipient.PICKUP_CONTACT:
          return contactsOf(StopType.PICKUP);
        case TaskRecipient.DELIVERY_CONTACT:
          return contactsOf(StopType.DELIVERY);
        case TaskRecipient.CUSTOMER_CONTACT:
          return [customerEmail];
        case TaskRecipient.FIXED_ADDRESS:
          return [task.fixedEmail];
      }
    })();
    return all.filter((e): e is string => !!e && !!e.trim());
  }

  /** The recipient's own active link (SPEC 2.3), made in this transaction when missing. */
  private async recipientLinkId(tx: AppTransaction, consignment: Consignment, email: string): Promise<string> {
    return (await this.trackingLinks.ensureRecipientLink(tx, consignment, email)).id;
  }
}
