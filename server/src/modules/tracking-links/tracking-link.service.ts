import { keysetPage } from '../../db/keyset-page';
import { readAll } from '../../db/reads';
import type { Connection } from '../../core/pagination';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { isUuid, TEMPLATE_SECTIONS, type SectionOverrides } from '@tracklink/shared';
import type { TokenVault } from '../../secrets';
import type { AppTransaction, AppUnitOfWork, LinkRef } from '../../events/domain-events';
import type { Consignment } from '../consignments/consignment.entity';
import type { ConsignmentService } from '../consignments/consignment.service';
import type { PhotoService } from '../consignments/photo.service';
import type { OrderService } from '../orders/order.service';
import { overridesFrom } from '../templates/template.service';
import type { TenantService } from '../tenants/tenant.service';
import { TrackingLinkAction, TrackingLinkEvent } from './tracking-link-event.entity';
import { effectiveExpiry } from './link-expiry';
import { TrackingLink } from './tracking-link.entity';
import { queryPrepared } from '../../adapters/typeorm/prepared';
import { asInstances, preparedName, selectColumns } from '../../db/raw-rows';
import { consignmentUpdatedAt } from '../consignments/consignment.sql';
import { linkLifetimeDays } from '../tenants/tenant.sql';
import { TrackingLinkStatus, type TrackingLinkInput } from './tracking-link.inputs';
import { systemScope, type TenantScope } from '../../core/scope';
import { DomainError, invalid, notFound } from '../../core/errors';
import { checkTime, optionalEmail } from '../../core/validation';

const SYSTEM = 'system';
const VIEW_WINDOW_MS = 30 * 60_000;
const MAX_RECENT_VIEWS = 50_000;

export function linkStatus(link: TrackingLink, now = new Date()): TrackingLinkStatus {
  if (link.revokedAt) return TrackingLinkStatus.REVOKED;
  if (link.effectiveExpiresAt <= now) return TrackingLinkStatus.EXPIRED;
  return TrackingLinkStatus.ACTIVE;
}

export class TrackingLinkService {
  private readonly recentViews = new Map<string, number>();

  constructor(
    private readonly ds: DataSource,
    private readonly uow: AppUnitOfWork,
    private readonly vault: TokenVault,
    private readonly publicBaseUrl: string,
    private readonly consignments: ConsignmentService,
    private readonly photos: PhotoService,
    private readonly tenants: TenantService,
    private readonly orders: OrderService,
  ) {}

  /** A new consignment's default link, when the tenant's integration and auto-create are on. */
  async createDefaultLink(tx: AppTransaction, consignment: Consignment): Promise<void> {
    const tenant = await this.tenants.byId(tx.scope.tenantId, tx.em);
    if (tenant?.trackingIntegrationEnabled && tenant.autoCreateLinks) {
      await this.insert(tx, consignment, null, {}, SYSTEM);
    }
  }

  urlOf(link: TrackingLink): string {
    return `${this.publicBaseUrl}/t/${this.vault.decrypt(link.tokenEncrypted)}`;
  }

  private actor(scope: TenantScope): string {
    return scope.principal.label;
  }

  /**
   * Links with their effective expiry: the earlier of the explicit one and the consignment's
   * last change + the tenant's link lifetime (as the public page's statement counts it).
   */
  private async read(em: EntityManager, where: string, params: Record<string, unknown>): Promise<TrackingLink[]> {
    const links = await em.getRepository(TrackingLink).createQueryBuilder('l').where(where, params).orderBy('l.createdAt', 'ASC').getMany();
    return this.withExpiry(em, links);
  }

  private async withExpiry(em: EntityManager, links: TrackingLink[]): Promise<TrackingLink[]> {
    if (!links.length) return links;
    const [updatedAt, lifetimes] = await readAll(em, [
      () => this.consignments.updatedAtOf([...new Set(links.map((l) => l.consignmentId))], em),
      () => this.tenants.linkLifetimes([...new Set(links.map((l) => l.tenantId))], em),
    ] as const);
    for (const link of links) {
      link.effectiveExpiresAt = effectiveExpiry(updatedAt.get(link.consignmentId)!, lifetimes.get(link.tenantId)!, link.expiresAt);
    }
    return links;
  }

  /**
   * Every link of the consignments, oldest first, with its effective expiry: one statement of
   * plain rows (db/raw-rows.ts) with the consignment's last change and the tenant's lifetime,
   * for the consignment list's loader.
   */
  async linksOf(consignmentIds: readonly string[]): Promise<TrackingLink[]> {
    const text =
      `SELECT ${selectColumns(this.ds, TrackingLink, 'l')}, ${consignmentUpdatedAt('l.consignment_id')} AS "consignmentUpdatedAt",` +
      ` ${linkLifetimeDays('l.tenant_id')} AS "lifetimeDays" FROM tracking_links l WHERE l.consignment_id = ANY($1::uuid[]) ORDER BY l.created_at`;
    const rows = await queryPrepared<TrackingLink & { consignmentUpdatedAt: Date; lifetimeDays: number }>(this.ds, { name: preparedName(text), text }, [
      [...consignmentIds],
    ]);
    return asInstances(
      TrackingLink,
      rows.map(({ consignmentUpdatedAt: updatedAt, lifetimeDays, ...link }) => ({ ...link, effectiveExpiresAt: effectiveExpiry(updatedAt, lifetimeDays, link.expiresAt) })),
    );
  }

  async find(scope: TenantScope, linkId: string, em: EntityManager = this.ds.manager): Promise<TrackingLink> {
    const [link] = isUuid(linkId) ? await this.read(em, 'l.id = :id AND l.tenantId = :tenantId', { id: linkId, tenantId: scope.tenantId }) : [];
    if (!link) throw notFound('Tracking link');
    return link;
  }

  /** A page of a consignment's links, revoked ones included, oldest first. */
  async linksPage(consignmentId: string, args: { first?: number | null; after?: string | null }): Promise<Connection<TrackingLink>> {
    const qb = this.ds.getRepository(TrackingLink).createQueryBuilder('l').where('l.consignmentId = :consignmentId', { consignmentId });
    const page = await keysetPage(qb, { alias: 'l', table: 'tracking_links', property: 'createdAt', column: 'created_at', direction: 'ASC' }, args);
    await this.withExpiry(this.ds.manager, page.edges.map((e) => e.node));
    return page;
  }

  /** A page of a link's audit log, oldest first. */
  auditPage(linkId: string, args: { first?: number | null; after?: string | null }): Promise<Connection<TrackingLinkEvent>> {
    const qb = this.ds.getRepository(TrackingLinkEvent).createQueryBuilder('e').where('e.linkId = :linkId', { linkId });
    return keysetPage(qb, { alias: 'e', table: 'tracking_link_events', property: 'at', column: 'at', direction: 'ASC' }, args);
  }

  auditOf(linkIds: readonly string[]): Promise<TrackingLinkEvent[]> {
    return this.ds.getRepository(TrackingLinkEvent).find({ where: { linkId: In([...linkIds]) }, order: { at: 'ASC' } });
  }

  private async requireIntegration(em: EntityManager, tenantId: string): Promise<void> {
    const tenant = await this.tenants.byId(tenantId, em);
    if (!tenant?.trackingIntegrationEnabled) {
      throw new DomainError('FORBIDDEN', "Tracking links need the tenant's tracking integration; a platform admin can turn it on");
    }
  }

  private async checkPhotos(em: EntityManager, consignmentId: string, ids: string[] | null | undefined): Promise<string[] | null | undefined> {
    if (ids == null) return undefined;
    if (ids.length === 0) return null;
    const bad = ids.findIndex((id) => !isUuid(id));
    if (bad >= 0) throw invalid(`input.photoIds[${bad}]`, 'is not a photo of this consignment');
    const known = await this.photos.idsAmong(em, consignmentId, ids);
    const missing = ids.findIndex((id) => !known.has(id));
    if (missing >= 0) throw invalid(`input.photoIds[${missing}]`, 'is not a photo of this consignment');
    return [...new Set(ids)];
  }

  /** An explicit expiry is in the future: a link is never made (or set) already expired. */
  private checkExpiry(input: TrackingLinkInput | null | undefined): void {
    if (input?.expiresAt) checkTime(input.expiresAt, 'input.expiresAt', { notBefore: new Date() });
  }

  /** Inserts a link inside the caller's transaction and audits it; a new one (not a replacement) is told. */
  async insert(
    tx: AppTransaction,
    consignment: Consignment,
    recipientEmail: string | null,
    settings: { overrides?: SectionOverrides; photoIds?: string[] | null; expiresAt?: Date | null },
    actor: string,
    action = TrackingLinkAction.CREATED,
  ): Promise<{ link: TrackingLink; token: string }> {
    const { em, scope } = tx;
    const token = this.vault.newToken();
    const repo = em.getRepository(TrackingLink);
    const exists = await em.query(
      `SELECT 1 FROM tracking_links WHERE consignment_id = $1 AND revoked_at IS NULL
         AND lower(coalesce(recipient_email, '')) = lower(coalesce($2::text, ''))`,
      [consignment.id, recipientEmail],
    );
    if (exists.length) {
      throw new DomainError(
        'CONFLICT',
        recipientEmail
          ? `input.recipientEmail: ${recipientEmail} already has an active link to this consignment`
          : 'This consignment already has an active default link; regenerate or revoke it first',
        recipientEmail ? 'input.recipientEmail' : undefined,
      );
    }
    const link = await repo.save(
      repo.create({
        tenantId: scope.tenantId,
        consignmentId: consignment.id,
        recipientEmail,
        tokenHash: this.vault.lookupHash(token),
        tokenEncrypted: this.vault.encrypt(token),
        createdBy: actor,
        expiresAt: settings.expiresAt ?? null,
        overrides: settings.overrides ?? {},
        photoIds: settings.photoIds ?? null,
      }),
    );
    await this.audit(em, scope.tenantId, link.id, action, actor, recipientEmail ? `for ${recipientEmail}` : null);
    if (action === TrackingLinkAction.CREATED) await tx.emit({ type: 'trackingLink.created', link: refOf(link), recipientEmail });
    return { link, token };
  }

  private audit(em: EntityManager, tenantId: string, linkId: string, action: TrackingLinkAction, actor: string, detail: string | null) {
    return em.getRepository(TrackingLinkEvent).insert({ tenantId, linkId, action, actor, detail });
  }

  async create(scope: TenantScope, consignmentId: string, input: TrackingLinkInput | null | undefined): Promise<TrackingLink> {
    this.checkExpiry(input);
    const recipientEmail = optionalEmail(input?.recipientEmail, 'input.recipientEmail');
    return this.uow.run(scope, async (tx) => {
      const { em } = tx;
      await this.requireIntegration(em, scope.tenantId);
      // Locked, so a contact task making this recipient's link at the same moment waits.
      const [consignment] = isUuid(consignmentId) ? await this.consignments.ownedForUpdate(em, scope, [consignmentId]) : [];
      if (!consignment) throw notFound('Consignment');
      const photoIds = await this.checkPhotos(em, consignment.id, input?.photoIds);
      const overrides = input ? overridesFrom(input) : {};
      const { link } = await this.insert(tx, consignment, recipientEmail, { overrides, photoIds, expiresAt: input?.expiresAt }, this.actor(scope));
      return this.find(scope, link.id, em);
    });
  }

  /** The recipient's own active link, created when missing (contact tasks, SPEC 2.3). */
  async ensureRecipientLink(
    tx: AppTransaction,
    consignment: Consignment,
    recipientEmail: string,
    actor = SYSTEM,
  ): Promise<{ id: string; url: string; created: boolean }> {
    const { em } = tx;
    const [existing] = await this.read(em, "l.consignmentId = :id AND l.revokedAt IS NULL AND lower(l.recipientEmail) = lower(:email)", {
      id: consignment.id,
      email: recipientEmail,
    });
    if (existing) return { id: existing.id, url: this.urlOf(existing), created: false };
    const { link, token } = await this.insert(tx, consignment, recipientEmail, {}, actor);
    return { id: link.id, url: `${this.publicBaseUrl}/t/${token}`, created: true };
  }

  /**
   * The URL to put in an email queued for a link: that link's, or the link that replaced it
   * (regenerated), or null when the recipient's link was revoked without a replacement.
   */
  async currentUrlFor(linkId: string): Promise<string | null> {
    const [link] = await this.read(
      this.ds.manager,
      `l.revokedAt IS NULL AND l.id = (SELECT l2.id FROM tracking_links l1 JOIN tracking_links l2
         ON l2.consignment_id = l1.consignment_id AND l2.revoked_at IS NULL
        AND lower(coalesce(l2.recipient_email, '')) = lower(coalesce(l1.recipient_email, ''))
        WHERE l1.id = :linkId LIMIT 1)`,
      { linkId },
    );
    return link ? this.urlOf(link) : null;
  }

  /** Changes options or expiry; the URL stays the same. */
  async update(scope: TenantScope, linkId: string, input: TrackingLinkInput): Promise<TrackingLink> {
    this.checkExpiry(input);
    const recipientEmail = input.recipientEmail != null ? optionalEmail(input.recipientEmail, 'input.recipientEmail') : undefined;
    return this.uow.run(scope, async (tx) => {
      const { em } = tx;
      const link = await this.find(scope, linkId, em);
      if (link.revokedAt) throw new DomainError('INVALID_INPUT', 'linkId: a revoked link cannot be changed', 'linkId');
      const changes: string[] = [];
      const overrides: SectionOverrides = { ...link.overrides };
      for (const section of input.inherit ?? []) delete overrides[section];
      Object.assign(overrides, overridesFrom(input));
      const changedSections = TEMPLATE_SECTIONS.filter((s) => overrides[s] !== link.overrides[s]);
      if (changedSections.length) changes.push(`sections ${changedSections.map((s) => `${s}=${overrides[s] ?? 'template'}`).join(', ')}`);
      const photoIds = await this.checkPhotos(em, link.consignmentId, input.photoIds);
      if (photoIds !== undefined) changes.push(photoIds ? `photos ${photoIds.length}` : 'all photos');
      let expiresAt = link.expiresAt;
      if (input.clearExpiresAt) expiresAt = null;
      if (input.expiresAt) expiresAt = input.expiresAt;
      if (expiresAt?.getTime() !== link.expiresAt?.getTime()) changes.push(`expiry ${expiresAt ? expiresAt.toISOString() : 'lifetime only'}`);
      if (recipientEmail !== undefined && recipientEmail !== link.recipientEmail) {
        const taken = await em.query(
          `SELECT 1 FROM tracking_links WHERE consignment_id = $1 AND revoked_at IS NULL AND id <> $2
             AND lower(coalesce(recipient_email, '')) = lower(coalesce($3::text, ''))`,
          [link.consignmentId, link.id, recipientEmail],
        );
        if (taken.length) throw new DomainError('CONFLICT', `input.recipientEmail: ${recipientEmail} already has an active link to this consignment`, 'input.recipientEmail');
        changes.push(`recipient ${recipientEmail ?? 'none'}`);
      }
      await em.getRepository(TrackingLink).update(
        { id: link.id },
        {
          overrides,
          expiresAt,
          ...(photoIds !== undefined ? { photoIds } : {}),
          ...(recipientEmail !== undefined ? { recipientEmail } : {}),
        },
      );
      if (changes.length) await this.audit(em, scope.tenantId, link.id, TrackingLinkAction.UPDATED, this.actor(scope), changes.join('; '));
      // Open pages re-check their visibility (and expiry) with the new options.
      await this.changed(tx, link);
      return this.find(scope, link.id, em);
    });
  }

  /** Immediate and permanent; no new link is made. */
  async revoke(scope: TenantScope, linkId: string): Promise<TrackingLink> {
    return this.uow.run(scope, async (tx) => {
      const { em } = tx;
      const current = await this.find(scope, linkId, em);
      if (current.revokedAt) {
        await this.changed(tx, current);
        return current;
      }
      await em.getRepository(TrackingLink).update({ id: current.id }, { revokedAt: () => 'now()', revokedBy: this.actor(scope) });
      await this.audit(em, scope.tenantId, current.id, TrackingLinkAction.REVOKED, this.actor(scope), null);
      await tx.emit({ type: 'trackingLink.revoked', link: refOf(current) });
      return this.find(scope, current.id, em);
    });
  }

  /** The old URL stops working and a new one, with the same options, replaces it: one transaction. */
  async regenerate(scope: TenantScope, linkId: string): Promise<TrackingLink> {
    return this.uow.run(scope, async (tx) => {
      const { em } = tx;
      const old = await this.find(scope, linkId, em);
      if (old.revokedAt) throw new DomainError('INVALID_INPUT', 'linkId: a revoked link stays revoked; create a new link instead', 'linkId');
      await em.getRepository(TrackingLink).update({ id: old.id }, { revokedAt: () => 'now()', revokedBy: this.actor(scope) });
      const consignment = await this.consignments.find(scope, old.consignmentId, em);
      if (!consignment) throw notFound('Consignment');
      const { link } = await this.insert(
        tx,
        consignment,
        old.recipientEmail,
        { overrides: old.overrides, photoIds: old.photoIds, expiresAt: old.expiresAt },
        this.actor(scope),
        TrackingLinkAction.REGENERATED,
      );
      await this.audit(em, scope.tenantId, old.id, TrackingLinkAction.REGENERATED, this.actor(scope), `replaced by ${link.id}`);
      await tx.emit({ type: 'trackingLink.regenerated', link: refOf(old), replacement: refOf(link) });
      return this.find(scope, link.id, em);
    });
  }

  /** For orders made before the integration was on: the default link of every consignment lacking one. */
  async createMissingLinks(tx: AppTransaction, consignments: Consignment[]): Promise<number> {
    if (!consignments.length) return 0;
    const { em, scope } = tx;
    const have: Array<{ consignment_id: string }> = await em.query(
      // Any default link, revoked ones included: a link staff revoked stays revoked (SPEC 2.5).
      'SELECT consignment_id FROM tracking_links WHERE consignment_id = ANY($1::uuid[]) AND recipient_email IS NULL',
      [consignments.map((c) => c.id)],
    );
    const covered = new Set(have.map((h) => h.consignment_id));
    let created = 0;
    for (const c of consignments) {
      if (covered.has(c.id)) continue;
      await this.insert(tx, c, null, {}, this.actor(scope));
      created++;
    }
    return created;
  }

  /** `runTasks` runs the contact tasks in the same transaction, once the links exist; it returns the emails queued. */
  async recalculate(
    scope: TenantScope,
    orderIds: string[],
    runTasks?: (tx: AppTransaction, consignments: Consignment[]) => Promise<number>,
  ): Promise<{ consignments: number; linksCreated: number; emailsQueued: number }> {
    if (orderIds.length > 500) throw invalid('orderIds', 'at most 500 orders at once');
    const bad = orderIds.findIndex((id) => !isUuid(id));
    if (bad >= 0) throw invalid(`orderIds[${bad}]`, 'is not an order of this tenant');
    return this.uow.run(scope, async (tx) => {
      const { em } = tx;
      await this.requireIntegration(em, scope.tenantId);
      const known = await this.orders.ownIds(em, scope, orderIds);
      const missing = orderIds.findIndex((id) => !known.has(id));
      if (missing >= 0) throw invalid(`orderIds[${missing}]`, 'is not an order of this tenant');
      const consignments = await this.consignments.ofOrders(em, scope, orderIds);
      const linksCreated = await this.createMissingLinks(tx, consignments);
      const emailsQueued = runTasks ? await runTasks(tx, consignments) : 0;
      return { consignments: consignments.length, linksCreated, emailsQueued };
    });
  }

  /**
   * Counts a view of an available page; the HTML alone (an email scanner) does not count, nor
   * do the same visitor's reloads and polls within half an hour.
   */
  async countView(linkId: string, visitor: string): Promise<void> {
    if (this.claimView(linkId, visitor)) await this.recordView(linkId);
  }

  /**
   * Whether this visitor's view of the link counts now (not within half an hour of their last
   * counted one); true notes it as counted, so the caller must count it (`recordView`, or in a
   * statement of its own as the cached public page does).
   */
  claimView(linkId: string, visitor: string): boolean {
    const key = `${linkId}|${visitor}`;
    const now = Date.now();
    const seen = this.recentViews.get(key);
    if (seen !== undefined && now - seen < VIEW_WINDOW_MS) return false;
    if (this.recentViews.size >= MAX_RECENT_VIEWS) {
      for (const [k, at] of this.recentViews) if (now - at >= VIEW_WINDOW_MS) this.recentViews.delete(k);
      if (this.recentViews.size >= MAX_RECENT_VIEWS) this.recentViews.clear();
    }
    this.recentViews.set(key, now);
    return true;
  }

  /** Counts a claimed view (`claimView`). */
  async recordView(linkId: string): Promise<void> {
    // Every view but a link's first is one autocommit statement; the first is told, in the
    // transaction that counts it (two first views at once: the row lock lets one be first).
    const [counted] = (await this.ds.query(
      'UPDATE tracking_links SET view_count = view_count + 1, last_viewed_at = now() WHERE id = $1 AND view_count > 0 RETURNING id',
      [linkId],
    )) as [unknown[], number];
    if (counted.length) return;
    const [tenant] = (await this.ds.query('SELECT tenant_id FROM tracking_links WHERE id = $1', [linkId])) as Array<{ tenant_id: string }>;
    if (!tenant) return;
    await this.uow.run(systemScope(tenant.tenant_id, 'page view'), async (tx) => {
      const [rows] = (await tx.em.query(
        `UPDATE tracking_links SET view_count = view_count + 1, last_viewed_at = now() WHERE id = $1
          RETURNING id, tenant_id, consignment_id, view_count, last_viewed_at`,
        [linkId],
      )) as [Array<{ id: string; tenant_id: string; consignment_id: string; view_count: number; last_viewed_at: Date }>, number];
      const row = rows[0];
      if (row?.view_count === 1) {
        await tx.emit({
          type: 'trackingLink.firstViewed',
          link: { linkId: row.id, tenantId: row.tenant_id, consignmentId: row.consignment_id },
          viewedAt: row.last_viewed_at,
        });
      }
    });
  }

  /** Open pages of the link check it again (options, expiry). */
  private changed(tx: AppTransaction, link: TrackingLink): Promise<void> {
    return tx.emit({ type: 'trackingLink.changed', link: refOf(link) });
  }
}

function refOf(link: TrackingLink): LinkRef {
  return { linkId: link.id, tenantId: link.tenantId, consignmentId: link.consignmentId };
}
