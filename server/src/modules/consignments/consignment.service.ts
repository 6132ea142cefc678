import { In, type DataSource, type EntityManager } from 'typeorm';
import { queryPool, queryPrepared } from '../../adapters/typeorm/prepared';
import { asInstances, positional, preparedName, selectColumns } from '../../db/raw-rows';
import { canTransition, ConsignmentStatus, isUuid, LIMITS, nextStatuses, STATUS_FLOW } from '@tracklink/shared';
import { DomainError, invalid, notFound } from '../../core/errors';
import { decodeCursor, pageOf, pageSize, type CountedPage } from '../../core/pagination';
import type { TenantScope } from '../../core/scope';
import { plainText } from '../../core/validation';
import type { AppTransaction, AppUnitOfWork } from '../../events/domain-events';
import type { DriverService } from '../drivers/driver.service';
import { ORDER_SEARCH_SQL } from '../orders/order.search';
import { RATED_AT_MOST_SQL } from '../feedback/feedback.sql';
import { CargoLine } from './cargo-line.entity';
import { Consignment } from './consignment.entity';
import type { ConsignmentFilter, ConsignmentInput, UpdateConsignmentInput } from './consignment.inputs';
import type { CustomFieldService } from './custom-field.service';
import { cargoRows, consignmentFields, keyValues, optionalMoney } from './consignment.validation';
import { Stop } from './stop.entity';
import { optionalText, requiredText } from '../../core/validation';

/** How long a count that reached its cap is believed (ConsignmentService.countCapped). */
export const CAPPED_COUNT_TTL_MS = 10_000;

export type PreparedConsignment = ReturnType<typeof consignmentFields>;

/** Consignments and their cargo: creating them in an order's transaction, reading, changing, deleting. */
export class ConsignmentService {
  constructor(
    private readonly ds: DataSource,
    private readonly uow: AppUnitOfWork,
    private readonly drivers: DriverService,
    private readonly customFields: CustomFieldService,
  ) {}

  /** Validates every consignment of an order before anything is written. */
  async prepare(em: EntityManager, scope: TenantScope, inputs: ConsignmentInput[], field: string): Promise<PreparedConsignment[]> {
    if (inputs.length === 0) throw invalid(field, 'needs at least one consignment');
    if (inputs.length > 100) throw invalid(field, 'at most 100 consignments per order');
    const customKeys = await this.customFields.keys(em, scope.tenantId);
    return inputs.map((input, i) => consignmentFields(input, `${field}[${i}]`, customKeys));
  }

  /** Inserts a prepared consignment with its stops and cargo, inside the caller's transaction. */
  async insert(tx: AppTransaction, orderId: string, prepared: PreparedConsignment): Promise<Consignment> {
    const { em, scope } = tx;
    const consignment = await em.getRepository(Consignment).save(
      em.getRepository(Consignment).create({ ...prepared.consignment, tenantId: scope.tenantId, orderId }),
    );
    await em.getRepository(Stop).insert(prepared.stops.map((s) => ({ ...s, consignmentId: consignment.id })));
    if (prepared.cargo.length) {
      await em.getRepository(CargoLine).insert(prepared.cargo.map((c) => ({ ...c, consignmentId: consignment.id })));
    }
    await tx.emit({ type: 'consignment.created', consignment });
    return consignment;
  }

  /** One of the caller's consignments, or null (another tenant's looks like none); inside a transaction when `em` is given. */
  async find(scope: TenantScope, id: string, em: EntityManager = this.ds.manager): Promise<Consignment | null> {
    if (!isUuid(id)) return null;
    return em.getRepository(Consignment).findOneBy({ id, tenantId: scope.tenantId });
  }

  /** The caller's consignments of some orders, oldest first, inside the caller's transaction. */
  ofOrders(em: EntityManager, scope: TenantScope, orderIds: readonly string[]): Promise<Consignment[]> {
    return em.getRepository(Consignment).find({ where: { orderId: In([...orderIds]), tenantId: scope.tenantId }, order: { createdAt: 'ASC' } });
  }

  /** A consignment as the caller's transaction sees it now (after its own writes). */
  current(em: EntityManager, id: string): Promise<Consignment> {
    return em.getRepository(Consignment).findOneByOrFail({ id });
  }

  /** One of the caller's consignments, locked for update in the caller's transaction. */
  async lockOwn(em: EntityManager, scope: TenantScope, id: string): Promise<Consignment> {
    const consignment = isUuid(id)
      ? await em.getRepository(Consignment).findOne({ where: { id, tenantId: scope.tenantId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!consignment) throw notFound('Consignment');
    return consignment;
  }

  /** The caller's consignments among `ids`, locked for update, in id order (no deadlocks). */
  async ownedForUpdate(em: EntityManager, scope: TenantScope, ids: string[]): Promise<Consignment[]> {
    return em
      .getRepository(Consignment)
      .createQueryBuilder('c')
      .where('c.id IN (:...ids) AND c.tenantId = :tenantId', { ids, tenantId: scope.tenantId })
      .orderBy('c.id')
      .setLock('pessimistic_write')
      .getMany();
  }

  /** When each of the consignments last changed (links expire counting from it), by id. */
  async updatedAtOf(ids: readonly string[], em: EntityManager = this.ds.manager): Promise<Map<string, Date>> {
    if (!ids.length) return new Map();
    const rows: Array<{ id: string; updated_at: Date }> = await em.query('SELECT id, updated_at FROM consignments WHERE id = ANY($1::uuid[])', [[...ids]]);
    return new Map(rows.map((r) => [r.id, r.updated_at]));
  }

  /** The latest change of any consignment of each order (deleted ones too: a deletion is a change). */
  async lastUpdateOfOrders(orderIds: readonly string[], em: EntityManager = this.ds.manager): Promise<Map<string, Date>> {
    if (!orderIds.length) return new Map();
    const rows: Array<{ order_id: string; updated_at: Date }> = await em.query(
      'SELECT order_id, max(updated_at) AS updated_at FROM consignments WHERE order_id = ANY($1::uuid[]) GROUP BY order_id',
      [[...orderIds]],
    );
    return new Map(rows.map((r) => [r.order_id, r.updated_at]));
  }

  /**
   * A page of the caller's consignments, newest first, by keyset. Counting is left to the
   * caller, who asks for it only when it is shown: `count(cap)` counts the matching
   * consignments up to `cap` (a walk of at most `cap` index entries), `count()` all of them.
   *
   * Hand-written statements read as plain rows (`db/raw-rows.ts`): the console asks for this
   * list more than for anything else, and TypeORM's query builder and entity hydration were
   * most of its cost. Without a search, each statement is prepared (one plan per connection
   * and shape); a search is planned for its pattern each time.
   */
  async list(
    scope: TenantScope,
    args: { first?: number | null; after?: string | null; filter?: ConsignmentFilter | null },
  ): Promise<CountedPage<Consignment>> {
    const limit = pageSize(args.first);
    const where = ['c.tenant_id = :tenantId', 'c.deleted_at IS NULL'];
    const params: Record<string, unknown> = { tenantId: scope.tenantId, limit: limit + 1 };
    const filter = args.filter;
    if (filter?.status) {
      where.push('c.status = :status');
      params.status = filter.status;
    }
    if (filter?.orderId) {
      if (!isUuid(filter.orderId)) throw invalid('filter.orderId', 'is not an order id');
      where.push('c.order_id = :orderId');
      params.orderId = filter.orderId;
    }
    if (filter?.maxRating != null) {
      if (!Number.isInteger(filter.maxRating) || filter.maxRating < 1 || filter.maxRating > 5) {
        throw invalid('filter.maxRating', 'must be a whole number from 1 to 5');
      }
      where.push(`c.id IN (${RATED_AT_MOST_SQL})`);
      params.maxRating = filter.maxRating;
    }
    const search = filter?.search && plainText(filter.search, 'filter.search').trim();
    if (search) {
      if (search.length > 100) throw invalid('filter.search', 'must be at most 100 characters');
      params.pattern = `%${search.replace(/[\\%_]/g, (m) => '\\' + m)}%`;
      // Each branch has a trigram index (the orders' as one array of ids), so PostgreSQL can
      // combine them in one bitmap instead of testing every consignment of the tenant.
      where.push(
        '(c.reference ILIKE :pattern OR c.customer_reference ILIKE :pattern OR c.container_number ILIKE :pattern' +
          ` OR c.order_id = ANY(ARRAY(${ORDER_SEARCH_SQL})))`,
      );
    }
    const matching = where.join(' AND ');
    const run = <T>(sql: string, values: Record<string, unknown>): Promise<T[]> => {
      const { text, values: ordered } = positional(sql, values);
      return search ? queryPool<T>(this.ds, text, ordered) : queryPrepared<T>(this.ds, { name: preparedName(text), text }, ordered);
    };
    let page = matching;
    let previous: Promise<boolean> = Promise.resolve(false);
    if (args.after) {
      const afterId = decodeCursor(args.after);
      if (!isUuid(afterId)) throw invalid('after', 'is not a cursor from this API');
      const position = '(SELECT x.created_at, x.id FROM consignments x WHERE x.id = :afterId)';
      page = `${matching} AND (c.created_at, c.id) < ${position}`;
      params.afterId = afterId;
      previous = run<{ found: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM "consignments" "c" WHERE ${matching} AND (c.created_at, c.id) >= ${position}) AS found`,
        params,
      ).then(([row]) => row.found);
    }
    const [rows, hasPreviousPage] = await Promise.all([
      run<object>(
        `SELECT ${selectColumns(this.ds, Consignment, 'c')} FROM "consignments" "c" WHERE ${page} ORDER BY c.created_at DESC, c.id DESC LIMIT :limit`,
        params,
      ),
      previous,
    ]);
    const counts = new Map<number | null, Promise<number>>();
    const count = (cap: number | null = null): Promise<number> => {
      let counted = counts.get(cap);
      if (!counted) {
        const sql =
          cap === null
            ? `SELECT count(*)::int AS n FROM "consignments" "c" WHERE ${matching}`
            : `SELECT count(*)::int AS n FROM (SELECT 1 FROM "consignments" "c" WHERE ${matching} LIMIT :cap) matching`;
        counted = cap === null ? run<{ n: number }>(sql, params).then(([row]) => row.n) : this.countCapped(sql, { ...params, cap }, cap, run);
        counts.set(cap, counted);
      }
      return counted;
    };
    return { ...pageOf(asInstances(Consignment, rows), limit, hasPreviousPage), count };
  }

  /** Filters (statement and values) whose count reached its cap lately, with when that stops being believed. */
  private readonly capped = new Map<string, number>();

  /**
   * A count up to `cap`, where a count that reached the cap is believed for
   * `CAPPED_COUNT_TTL_MS`: the console shows it as "10,000+", and paging through a large list
   * would otherwise walk `cap` rows again for every page. A count below the cap is never kept,
   * so a list that shows its exact total shows the current one.
   */
  private async countCapped(sql: string, params: Record<string, unknown>, cap: number, run: <T>(sql: string, values: Record<string, unknown>) => Promise<T[]>): Promise<number> {
    const { text, values } = positional(sql, params);
    const key = `${text}\u0000${JSON.stringify(values)}`;
    const until = this.capped.get(key);
    if (until !== undefined && until > Date.now()) return cap;
    const [{ n }] = await run<{ n: number }>(sql, params);
    if (n >= cap) {
      if (this.capped.size >= 1_000) this.capped.clear();
      this.capped.set(key, Date.now() + CAPPED_COUNT_TTL_MS);
    } else if (until !== undefined) this.capped.delete(key);
    return n;
  }

  async update(scope: TenantScope, id: string, input: UpdateConsignmentInput): Promise<Consignment> {
    return this.uow.run(scope, async (tx) => {
      const { em } = tx;
      const c = await this.lockOwn(em, scope, id);
      if (input.reference != null) c.reference = requiredText(input.reference, 'input.reference');
      if (input.customerReference != null) c.customerReference = optionalText(input.customerReference, 'input.customerReference');
      if (input.containerNumber != null) c.containerNumber = optionalText(input.containerNumber, 'input.containerNumber', 20);
      if (input.transportService != null) c.transportService = optionalText(input.transportService, 'input.transportService');
      if (input.vehiclePlate != null) c.vehiclePlate = optionalText(input.vehiclePlate, 'input.vehiclePlate', 20);
      if (input.extraFields != null) c.extraFields = keyValues(input.extraFields, 'input.extraFields');
      if (input.customFields != null) c.customFields = await this.customFields.values(em, scope.tenantId, input.customFields, 'input.customFields');
      if (input.price != null) c.price = optionalMoney(input.price, 'input.price');
      if (input.cost != null) c.cost = optionalMoney(input.cost, 'input.cost');
      if (input.internalNotes != null) c.internalNotes = optionalText(input.internalNotes, 'input.internalNotes', LIMITS.longText);
      const cargo = input.cargo != null ? cargoRows(input.cargo, 'input.cargo') : null;
      await em.getRepository(Consignment).save(c);
      if (cargo) {
        await em.getRepository(CargoLine).delete({ consignmentId: c.id });
        if (cargo.length) await em.getRepository(CargoLine).insert(cargo.map((row) => ({ ...row, consignmentId: c.id })));
      }
      const fresh = await this.current(em, c.id);
      await tx.emit({ type: 'consignment.changed', consignment: fresh });
      return fresh;
    });
  }

  async setStatus(scope: TenantScope, id: string, status: ConsignmentStatus): Promise<Consignment> {
    return this.uow.run(scope, async (tx) => {
      const c = await this.lockOwn(tx.em, scope, id);
      const from = c.status;
      if (from === status) return c;
      if (!canTransition(from, status)) {
        const allowed = nextStatuses(from);
        throw new DomainError(
          'INVALID_TRANSITION',
          `status: a ${from} consignment cannot become ${status}` +
            (allowed.length ? `; it can become ${allowed.join(' or ')}` : `; ${from} is final`),
          'status',
        );
      }
      return this.changeStatus(tx, c, status);
    });
  }

  /** One step of the status flow, in the caller's transaction: a suggestion of delivery goes with the old status. */
  private async changeStatus(tx: AppTransaction, c: Consignment, status: ConsignmentStatus): Promise<Consignment> {
    const from = c.status;
    c.status = status;
    c.deliveryDetectedAt = null;
    await tx.em.getRepository(Consignment).save(c);
    const fresh = await this.current(tx.em, c.id);
    await tx.emit({ type: 'consignment.statusChanged', consignment: fresh, from });
    return fresh;
  }

  /**
   * Moves a consignment whose status is one of `from` forward to `to`, one step of the flow at
   * a time (each a status change with its events), in one transaction. Null when it is in no
   * status of `from` (or gone): nothing changed.
   */
  async advance(scope: TenantScope, id: string, from: readonly ConsignmentStatus[], to: ConsignmentStatus): Promise<Consignment | null> {
    return this.uow.run(scope, async (tx) => {
      let c = await this.find(scope, id, tx.em);
      if (!c || c.deletedAt || !from.includes(c.status)) return null;
      c = await this.lockOwn(tx.em, scope, id);
      if (!from.includes(c.status)) return null;
      // The steps along the flow, all checked before the first is taken.
      const start = c.status;
      const steps = STATUS_FLOW.slice(STATUS_FLOW.indexOf(start) + 1, STATUS_FLOW.indexOf(to) + 1);
      if (steps.at(-1) !== to || steps.some((s, i) => !canTransition(i === 0 ? start : steps[i - 1], s))) return null;
      for (const step of steps) c = await this.changeStatus(tx, c, step);
      return c;
    });
  }

  /**
   * Delivery detected: offers DELIVERED to the dispatcher (never sets it). Only where DELIVERED
   * could follow the current status; an offer already made keeps its time. Whether it was made.
   */
  async offerDelivered(scope: TenantScope, id: string, at: Date): Promise<boolean> {
    return this.uow.run(scope, async (tx) => {
      const c = await this.find(scope, id, tx.em);
      if (!c || c.deletedAt || c.deliveryDetectedAt || !canTransition(c.status, ConsignmentStatus.DELIVERED)) return false;
      const locked = await this.lockOwn(tx.em, scope, id);
      if (locked.deliveryDetectedAt || !canTransition(locked.status, ConsignmentStatus.DELIVERED)) return false;
      locked.deliveryDetectedAt = at;
      await tx.em.getRepository(Consignment).save(locked);
      await tx.emit({ type: 'consignment.changed', consignment: await this.current(tx.em, id) });
      return true;
    });
  }

  async assignDriver(scope: TenantScope, id: string, driverId: string | null): Promise<Consignment> {
    return this.uow.run(scope, async (tx) => {
      const c = await this.lockOwn(tx.em, scope, id);
      if (driverId !== null && !(await this.drivers.exists(tx.em, scope, driverId))) throw invalid('driverId', 'is not a driver of this tenant');
      c.driverId = driverId;
      await tx.em.getRepository(Consignment).save(c);
      const fresh = await this.current(tx.em, c.id);
      await tx.emit({ type: 'consignment.changed', consignment: fresh });
      return fresh;
    });
  }

  /** Soft delete: the row stays for audit, but nothing finds it and its links stop working. */
  async delete(scope: TenantScope, id: string): Promise<boolean> {
    return this.uow.run(scope, async (tx) => {
      const c = await this.lockOwn(tx.em, scope, id);
      await tx.em.getRepository(Consignment).softDelete({ id: c.id });
      await tx.emit({ type: 'consignment.deleted', consignment: c });
      return true;
    });
  }

  // ---- batch reads for DataLoaders: one statement per batch ----

  byIds(ids: readonly string[]): Promise<Consignment[]> {
    return this.ds.getRepository(Consignment).findBy({ id: In([...ids]) });
  }

  byOrderIds(orderIds: readonly string[]): Promise<Consignment[]> {
    return this.ds.getRepository(Consignment).find({ where: { orderId: In([...orderIds]) }, order: { createdAt: 'ASC' } });
  }

  cargoOf(consignmentIds: readonly string[]): Promise<CargoLine[]> {
    return this.ds.getRepository(CargoLine).find({ where: { consignmentId: In([...consignmentIds]) }, order: { sequence: 'ASC' } });
  }
}
