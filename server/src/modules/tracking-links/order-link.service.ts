import type { DataSource, EntityManager } from 'typeorm';
import { readAll } from '../../db/reads';
import { isUuid, TEMPLATE_SECTIONS, type SectionOverrides } from '@tracklink/shared';
import type { TokenVault } from '../../secrets';
import type { AppTransaction, AppUnitOfWork } from '../../events/domain-events';
import type { ConsignmentService } from '../consignments/consignment.service';
import type { OrderService } from '../orders/order.service';
import { TENANT_ORDERS_SQL } from '../orders/order.search';
import { overridesFrom } from '../templates/template.service';
import type { TenantService } from '../tenants/tenant.service';
import { effectiveExpiry } from './link-expiry';
import { OrderLink } from './order-link.entity';
import type { OrderLinkInput } from './order-link.inputs';
import type { TenantScope } from '../../core/scope';
import { DomainError, invalid, notFound } from '../../core/errors';
import { checkTime } from '../../core/validation';

const SYSTEM = 'system';
const VIEW_WINDOW_MS = 30 * 60_000;
const MAX_RECENT_VIEWS = 50_000;
/** Orders given a link by one createMissingOrderLinks call. */
export const MISSING_LINKS_BATCH = 1000;

/**
 * Order links: one public page per order, showing every consignment of the order. The same
 * token format, hashing, revoke and regenerate as a consignment's link; its lifetime counts from
 * the latest change of the order or any of its consignments.
 */
export class OrderLinkService {
  private readonly recentViews = new Map<string, number>();

  constructor(
    private readonly ds: DataSource,
    private readonly uow: AppUnitOfWork,
    private readonly vault: TokenVault,
    private readonly publicBaseUrl: string,
    private readonly consignments: ConsignmentService,
    private readonly tenants: TenantService,
    private readonly orders: OrderService,
  ) {}

  urlOf(link: OrderLink): string {
    return `${this.publicBaseUrl}/t/${this.vault.decrypt(link.tokenEncrypted)}`;
  }

  /**
   * Links with their effective expiry: the earlier of the explicit one and the last change of
   * the order or any of its consignments + the tenant's link lifetime (as the public page's
   * statement counts it).
   */
  private async read(em: EntityManager, where: string, params: Record<string, unknown>): Promise<OrderLink[]> {
    const links = await em.getRepository(OrderLink).createQueryBuilder('l').where(where, params).orderBy('l.createdAt', 'ASC').getMany();
    if (!links.length) return links;
    const orderIds = [...new Set(links.map((l) => l.orderId))];
    const [orders, consignments, lifetimes] = await readAll(em, [
      () => this.orders.byIds(orderIds, em),
      () => this.consignments.lastUpdateOfOrders(orderIds, em),
      () => this.tenants.linkLifetimes([...new Set(links.map((l) => l.tenantId))], em),
    ] as const);
    const orderUpdated = new Map(orders.map((o) => [o.id, o.updatedAt]));
    for (const link of links) {
      const times = [orderUpdated.get(link.orderId), consignments.get(link.orderId)].filter((t): t is Date => !!t);
      const last = new Date(Math.max(...times.map((t) => new Date(t).getTime())));
      link.effectiveExpiresAt = effectiveExpiry(last, lifetimes.get(link.tenantId)!, link.expiresAt);
    }
    return links;
  }

  linksOf(orderIds: readonly string[]): Promise<OrderLink[]> {
    return this.read(this.ds.manager, 'l.orderId IN (:...ids)', { ids: orderIds });
  }

  async find(scope: TenantScope, linkId: string, em: EntityManager = this.ds.manager): Promise<OrderLink> {
    const [link] = isUuid(linkId) ? await this.read(em, 'l.id = :id AND l.tenantId = :tenantId', { id: linkId, tenantId: scope.tenantId }) : [];
    if (!link) throw notFound('Order link');
    return link;
  }

  private async requireIntegration(em: EntityManager, tenantId: string): Promise<void> {
    const tenant = await this.tenants.byId(tenantId, em);
    if (!tenant?.trackingIntegrationEnabled) {
      throw new DomainError('FORBIDDEN', "Tracking links need the tenant's tracking integration; a platform admin can turn it on");
    }
  }

  private checkExpiry(input: OrderLinkInput | null | undefined): void {
    if (input?.expiresAt) checkTime(input.expiresAt, 'input.expiresAt', { notBefore: new Date() });
  }

  /**
   * Inserts the order's active link in the caller's transaction; null when the order has one
   * already (one active link per order, kept by a unique index).
   */
  private async insert(
    em: EntityManager,
    tenantId: string,
    orderId: string,
    settings: { overrides?: SectionOverrides; expiresAt?: Date | null },
    actor: string,
  ): Promise<string | null> {
    const token = this.vault.newToken();
    const rows: Array<{ id: string }> = await em.query(
      `INSERT INTO order_links (tenant_id, order_id, token_hash, token_encrypted, created_by, expires_at, overrides)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (order_id) WHERE revoked_at IS NULL DO NOTHING RETURNING id`,
      [tenantId, orderId, this.vault.lookupHash(token), this.vault.encrypt(token), actor, settings.expiresAt ?? null, JSON.stringify(settings.overrides ?? {})],
    );
    return rows[0]?.id ?? null;
  }

  /** A new order's link, when the tenant's integration and order links are on and the order never had one. */
  async createForNewOrder(tx: AppTransaction, orderId: string): Promise<void> {
    const tenant = await this.tenants.byId(tx.scope.tenantId, tx.em);
    if (!tenant?.trackingIntegrationEnabled || !tenant.orderLinksEnabled) return;
    const had = await tx.em.query('SELECT 1 FROM order_links WHERE order_id = $1 LIMIT 1', [orderId]);
    if (!had.length) await this.insert(tx.em, tx.scope.tenantId, orderId, {}, SYSTEM);
  }

  async create(scope: TenantScope, orderId: string, input: OrderLinkInput | null | undefined): Promise<OrderLink> {
    this.checkExpiry(input);
    return this.uow.run(scope, async (tx) => {
      const { em } = tx;
      await this.requireIntegration(em, scope.tenantId);
      const known = isUuid(orderId) ? await this.orders.ownIds(em, scope, [orderId]) : new Set<string>();
      if (!known.has(orderId)) throw notFound('Order');
      const id = await this.insert(em, scope.tenantId, orderId, { overrides: input ? overridesFrom(input) : {}, expiresAt: input?.expiresAt }, scope.principal.label);
      if (!id) throw new DomainError('CONFLICT', 'This order already has an active order link; regenerate or revoke it first');
      return this.find(scope, id, em);
    });
  }

  /** Changes options or expiry; the URL stays the same. */
  async update(scope: TenantScope, linkId: string, input: OrderLinkInput): Promise<OrderLink> {
    this.checkExpiry(input);
    return this.uow.run(scope, async (tx) => {
      const { em } = tx;
      const link = await this.find(scope, linkId, em);
      if (link.revokedAt) throw new DomainError('INVALID_INPUT', 'linkId: a revoked link cannot be changed', 'linkId');
      const overrides: SectionOverrides = { ...link.overrides };
      for (const section of input.inherit ?? []) {
        if (!TEMPLATE_SECTIONS.includes(section)) throw invalid('input.inherit', `"${String(section)}" is not a section`);
        delete overrides[section];
      }
      Object.assign(overrides, overridesFrom(input));
      let expiresAt = link.expiresAt;
      if (input.clearExpiresAt) expiresAt = null;
      if (input.expiresAt) expiresAt = input.expiresAt;
      await em.getRepository(OrderLink).update({ id: link.id }, { overrides, expiresAt });
      return this.find(scope, link.id, em);
    });
  }

  /** Immediate and permanent; no new link is made. */
  async revoke(scope: TenantScope, linkId: string): Promise<OrderLink> {
    return this.uow.run(scope, async (tx) => {
      const { em } = tx;
      const current = await this.find(scope, linkId, em);
      if (current.revokedAt) return current;
      await em.getRepository(OrderLink).update({ id: current.id }, { revokedAt: () => 'now()', revokedBy: scope.principal.label });
      return this.find(scope, current.id, em);
    });
  }

  /** The old URL stops working and a new one, with the same options, replaces it: one transaction. */
  async regenerate(scope: TenantScope, linkId: string): Promise<OrderLink> {
    return this.uow.run(scope, async (tx) => {
      const { em } = tx;
      const old = await this.find(scope, linkId, em);
      if (old.revokedAt) throw new DomainError('INVALID_INPUT', 'linkId: a revoked link stays revoked; create a new link instead', 'linkId');
      await em.getRepository(OrderLink).update({ id: old.id }, { revokedAt: () => 'now()', revokedBy: scope.principal.label });
      const id = await this.insert(em, scope.tenantId, old.orderId, { overrides: old.overrides, expiresAt: old.expiresAt }, scope.principal.label);
      if (!id) throw new DomainError('CONFLICT', 'This order already has another active order link');
      return this.find(scope, id, em);
    });
  }

  /**
   * For orders made before order links were on: a link for each of the tenant's orders that never
   * had one (a revoked link stays revoked), at most MISSING_LINKS_BATCH per call.
   */
  async createMissing(scope: TenantScope): Promise<{ created: number; more: boolean }> {
    return this.uow.run(scope, async (tx) => {
      const { em } = tx;
      await this.requireIntegration(em, scope.tenantId);
      const rows: Array<{ id: string }> = await em.query(
        `SELECT t.id FROM (${TENANT_ORDERS_SQL}) t WHERE NOT EXISTS (SELECT 1 FROM order_links l WHERE l.order_id = t.id)
          ORDER BY t.created_at, t.id LIMIT $2`,
        [scope.tenantId, MISSING_LINKS_BATCH + 1],
      );
      const orderIds = rows.map((r) => r.id);
      let created = 0;
      for (const orderId of orderIds.slice(0, MISSING_LINKS_BATCH)) {
        if (await this.insert(em, scope.tenantId, orderId, {}, scope.principal.label)) created++;
      }
      return { created, more: orderIds.length > MISSING_LINKS_BATCH };
    });
  }

  /** Counts a view of an available order page, by the consignment links' rule (once per visitor per half hour). */
  async countView(linkId: string, visitor: string): Promise<void> {
    const key = `${linkId}|${visitor}`;
    const now = Date.now();
    const seen = this.recentViews.get(key);
    if (seen !== undefined && now - seen < VIEW_WINDOW_MS) return;
    if (this.recentViews.size >= MAX_RECENT_VIEWS) {
      for (const [k, at] of this.recentViews) if (now - at >= VIEW_WINDOW_MS) this.recentViews.delete(k);
      if (this.recentViews.size >= MAX_RECENT_VIEWS) this.recentViews.clear();
    }
    this.recentViews.set(key, now);
    await this.ds.query('UPDATE order_links SET view_count = view_count + 1, last_viewed_at = now() WHERE id = $1', [linkId]);
  }
}
