import { In, type DataSource, type EntityManager } from 'typeorm';
import { queryPool, queryPrepared } from '../../adapters/typeorm/prepared';
import { asInstances, columnsOf, epochMs, jsonObjectOf, positional, preparedName, propertiesFor, selectColumnsAsText } from '../../db/raw-rows';
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
import { Consignment, CONSIGNMENT_FIELD_READS } from './consignment.entity';
import type { ConsignmentFilter, ConsignmentInput, UpdateConsignmentInput } from './consignment.inputs';
import type { CustomFieldService } from './custom-field.service';
import { cargoRows, consignmentFields, keyValues, optionalMoney } from './consignment.validation';
import { Stop, STOP_FIELD_READS } from './stop.entity';
import { Customer } from '../orders/customer.entity';
import { Order, ORDER_FIELD_READS } from '../orders/order.entity';
import { TrackingLink, TRACKING_LINK_FIELD_READS } from '../tracking-links/tracking-link.entity';
import { linksFromJson, linksJsonOf, type LinkJson } from '../tracking-links/tracking-link.sql';
import { orderCustomerJsonOf, orderJsonOf } from '../orders/order.sql';
import { optionalText, requiredText } from '../../core/validation';

/** How long a count that reached its cap is believed (ConsignmentService.countCapped). */
export const CAPPED_COUNT_TTL_MS = 10_000;

/**
 * What a caller of `list` will show of the page, read with it in its one statement: for each
 * part, the GraphQL fields the query shows of it, of which the statement reads the columns they
 * need (`propertiesFor`, every column for a field it does not know). Children read so may hold
 * only some columns, so they go to the rows that asked, never to the request's loaders.
 */
export interface ListReadAhead {
  /** The count up to this cap (`count(countCap)` then answers without a statement of its own). */
  countCap?: number;
  /** The fields shown of each consignment; undefined: every column. */
  fields?: ReadonlySet<string>;
  /** Each row's stops, in route order. */
  stopFields?: ReadonlySet<string>;
  /** Each row's tracking links, oldest first, with their effective expiry. */
  linkFields?: ReadonlySet<string>;
  /** Each row's order, and with `customerFields` the order's customer. */
  orderFields?: ReadonlySet<string>;
  customerFields?: ReadonlySet<string>;
}

/** The children of the page's rows that `list` read ahead, as asked. */
export interface ListReadAheadRows {
  /** Each consignment's stops in route order, by consignment id. */
  stops?: Map<string, Stop[]>;
  /** Each consignment's links, oldest first, with their effective expiry, by consignment id. */
  links?: Map<string, TrackingLink[]>;
  /** The rows' orders, by order id, and their customers, by customer id. */
  orders?: Map<string, Order>;
  customers?: Map<string, Customer>;
}

export type ListedPage = CountedPage<Consignment> & ListReadAheadRows;

/** A row of the list statement: the consignment's columns (null on an empty page's one row) and what came with it. */
type ListRow = Record<string, unknown> & {
  count$: number | null;
  previous$: boolean;
  stops$?: Stop[] | null;
  links$?: LinkJson[] | null;
  updatedAtMs$?: number;
  order$?: Order | null;
  customer$?: Customer | null;
};

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
   * `readAhead` names what the caller will show of the page, read in the same statement: the
   * capped count (`countCap`, then `count(countCap)` answers from it), and of the rows, their
   * stops, tracking links, orders and the orders' customers only the columns the fields shown
   * need (`stops`, `links`, `orders`, `customers` of the result). One statement per list,
   * whatever it asks for: the page's rows, with the children of each as JSON (json_agg) in
   * columns of its row, under a one-row select of the count and of whether rows come before the
   * cursor, so that an empty page still has them.
   *
   * Hand-written statements read as plain rows (`db/raw-rows.ts`): the console asks for this
   * list more than for anything else, and TypeORM's query builder and entity hydration were
   * most of its cost. The page's and the children's instants are read as ISO text (they only go
   * back out through the API, whose DateTimeISO sends such text as it is), except what a link's
   * status is decided from. Without a search the statement is prepared (one plan per connection
   * and shape); a search is planned for its pattern each time.
   */
  async list(
    scope: TenantScope,
    args: { first?: number | null; after?: string | null; filter?: ConsignmentFilter | null },
    readAhead: ListReadAhead = {},
  ): Promise<ListedPage> {
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
      // combine them in one bitmap instead of testing every consignment of the tenant. The
      // orders' ids are searched once per statement (`searched_orders`), not once per place the
      // predicate appears (the count, the page, the rows before the cursor): on bench L's large
      // database (psql, EXPLAIN ANALYZE) a container search's statement planned in 0.48 ms
      // instead of 0.6 and ran in 0.27 ms instead of 0.35, with the same answer.
      where.push(
        '(c.reference ILIKE :pattern OR c.customer_reference ILIKE :pattern OR c.container_number ILIKE :pattern' +
          ' OR c.order_id = ANY((SELECT so.ids FROM searched_orders so)::uuid[]))',
      );
    }
    const matching = where.join(' AND ');
    // A statement with the search's predicate in it starts with the orders it matches.
    const searchedOrders = `searched_orders AS MATERIALIZED (SELECT ARRAY(${ORDER_SEARCH_SQL}) AS ids)`;
    const searched = (sql: string) => (search ? `WITH ${searchedOrders} ${sql}` : sql);
    const run = <T>(sql: string, values: Record<string, unknown>): Promise<T[]> => {
      const { text, values: ordered } = positional(searched(sql), values);
      return search ? queryPool<T>(this.ds, text, ordered) : queryPrepared<T>(this.ds, { name: preparedName(text), text }, ordered);
    };
    let page = matching;
    let previous = 'false';
    /** Where a row stands against the cursor: before it (on this page or later) and after it (`previous`); null for the first page. */
    let cursor: { before: string; after: string } | null = null;
    if (args.after) {
      const afterId = decodeCursor(args.after);
      if (!isUuid(afterId)) throw invalid('after', 'is not a cursor from this API');
      const position = '(SELECT x.created_at, x.id FROM consignments x WHERE x.id = :afterId)';
      cursor = { before: `(c.created_at, c.id) < ${position}`, after: `(c.created_at, c.id) >= ${position}` };
      page = `${matching} AND ${cursor.before}`;
      params.afterId = afterId;
      previous = `EXISTS (SELECT 1 FROM "consignments" "c" WHERE ${matching} AND ${cursor.after})`;
    }
    const countSql = (cap: number | null): string =>
      cap === null
        ? `SELECT count(*)::int AS n FROM "consignments" "c" WHERE ${matching}`
        : `SELECT count(*)::int AS n FROM (SELECT 1 FROM "consignments" "c" WHERE ${matching} LIMIT :cap) matching`;
    const counts = new Map<number | null, Promise<number>>();
    // The capped count rides with the page unless a count of these filters reached the cap lately.
    const cap = readAhead.countCap;
    let counted: string | null = null;
    if (cap != null) {
      const key = this.cappedKey(countSql(cap), { ...params, cap });
      if (this.believedCapped(key)) counts.set(cap, Promise.resolve(cap));
      else {
        counted = key;
        params.cap = cap;
      }
    }
    const ds = this.ds;
    const columns = [
      `${counted ? `(${countSql(cap!)})` : 'NULL::int'} AS "count$"`,
      `${previous} AS "previous$"`,
      selectColumnsAsText(ds, Consignment, 'c', readAhead.fields && propertiesFor(ds, Consignment, readAhead.fields, CONSIGNMENT_FIELD_READS, ['id', 'orderId'])),
    ];
    if (readAhead.stopFields) {
      const stop = jsonObjectOf(ds, Stop, 's', propertiesFor(ds, Stop, readAhead.stopFields, STOP_FIELD_READS, ['id', 'consignmentId']));
      // Aggregated from a select in route order, which the (consignment, sequence) index gives
      // as it is read: an index scan per row (json_agg's own ORDER BY made it a bitmap scan and a sort).
      columns.push(`(SELECT json_agg(x.j) FROM (SELECT ${stop} AS j FROM stops s WHERE s.consignment_id = c.id ORDER BY s.sequence) x) AS "stops$"`);
    }
    if (readAhead.linkFields) {
      const link = propertiesFor(ds, TrackingLink, readAhead.linkFields, TRACKING_LINK_FIELD_READS, ['id', 'consignmentId']);
      columns.push(`${linksJsonOf(ds, 'c.id', link, ':tenantId')} AS "links$"`, `${epochMs('c.updated_at')} AS "updatedAtMs$"`);
    }
    if (readAhead.orderFields) columns.push(`${orderJsonOf(ds, 'c.order_id', propertiesFor(ds, Order, readAhead.orderFields, ORDER_FIELD_READS, ['id', 'customerId']))} AS "order$"`);
    if (readAhead.orderFields && readAhead.customerFields) {
      columns.push(`${orderCustomerJsonOf(ds, 'c.order_id', propertiesFor(ds, Customer, readAhead.customerFields, {}, ['id']))} AS "customer$"`);
    }
    const rowsOf = (cols: string[], where: string) =>
      `SELECT ${cols.join(', ')} FROM (SELECT 1) one LEFT JOIN (` +
      `SELECT c.* FROM "consignments" "c" WHERE ${where} ORDER BY c.created_at DESC, c.id DESC LIMIT :limit) c ON true` +
      ' ORDER BY c.created_at DESC, c.id DESC';
    let rows: ListRow[];
    if (!search) rows = await run<ListRow>(rowsOf(columns, page), params);
    else {
      // A search in two statements (three when its matches reach the count's cap, below): what
      // depends on the pattern (the count, whether rows come before the cursor, the page's
      // ids), planned for it, small to plan; then the rows and
      // their children by id, prepared. As one statement planned per pattern, the planning of
      // its children's JSON was a third of the search's time in PostgreSQL.
      type Head = { count$: number | null; previous$: boolean; ids$: string[] };
      const headOf = async (sql: string): Promise<Head> => {
        const { text, values } = positional(sql, params);
        return (await queryPool<Head>(this.ds, text, values))[0];
      };
      const scanned = () =>
        headOf(searched(`SELECT NULL::int AS "count$", ${columns[1]}, ARRAY(SELECT c.id FROM "consignments" "c" WHERE ${page} ORDER BY c.created_at DESC, c.id DESC LIMIT :limit) AS "ids$"`));
      let head: Head;
      if (!counted) head = await scanned();
      else {
        // Counted, the matches are read once (up to the cap), and the count, whether rows come
        // before the cursor and the page's ids come from them: half the statement to plan, and
        // one scan instead of two. Only when they reach the cap are they not all there, and the
        // page's ids are then found by a scan in the list's order. Bench L's large database
        // (psql, EXPLAIN ANALYZE, 12 runs each), a container search of 24 matches: planned in
        // 0.39–0.53 ms instead of 0.74–0.77, run in 0.25–0.33 ms instead of 0.47–0.51.
        head = await headOf(
          `WITH ${searchedOrders}, matched AS MATERIALIZED (SELECT c.id, c.created_at FROM "consignments" "c" WHERE ${matching} LIMIT :cap)` +
            ` SELECT (SELECT count(*)::int FROM matched) AS "count$",` +
            ` ${cursor ? `EXISTS (SELECT 1 FROM matched c WHERE ${cursor.after})` : 'false'} AS "previous$",` +
            ` ARRAY(SELECT c.id FROM matched c${cursor ? ` WHERE ${cursor.before}` : ''} ORDER BY c.created_at DESC, c.id DESC LIMIT :limit) AS "ids$"`,
        );
        if (head.count$! >= cap!) head = { ...(await scanned()), count$: head.count$ };
      }
      const byId = positional(rowsOf(['NULL::int AS "count$"', 'false AS "previous$"', ...columns.slice(2)], 'c.tenant_id = :tenantId AND c.id = ANY(:ids::uuid[])'), {
        tenantId: scope.tenantId,
        ids: head.ids$,
        limit: limit + 1,
      });
      rows = head.ids$.length ? await queryPrepared<ListRow>(this.ds, { name: preparedName(byId.text), text: byId.text }, byId.values) : [{} as ListRow];
      rows[0].count$ = head.count$;
      rows[0].previous$ = head.previous$;
    }
    const [first] = rows;
    // An empty page is the statement's one row with no consignment in it.
    const found = first.id == null ? [] : rows;
    if (counted) {
      const n = first.count$!;
      this.noteCount(counted, n, cap!);
      counts.set(cap!, Promise.resolve(n));
    }
    const result: ListedPage = {
      ...pageOf(this.listedRows(found), limit, first.previous$),
      count: (c: number | null = null): Promise<number> => {
        let n = counts.get(c);
        if (!n) {
          n = c === null ? run<{ n: number }>(countSql(null), params).then(([row]) => row.n) : this.countCapped(countSql(c), { ...params, cap: c }, c, run);
          counts.set(c, n);
        }
        return n;
      },
    };
    return Object.assign(result, this.readAheadOf(found, limit, readAhead));
  }

  /** The page's consignments out of the list statement's rows (its own columns only). */
  private listedRows(rows: ListRow[]): Consignment[] {
    const properties = columnsOf(this.ds, Consignment);
    const out: Consignment[] = [];
    for (const row of rows) {
      const c = Object.create(Consignment.prototype) as Record<string, unknown>;
      for (const [, property] of properties) c[property] = row[property];
      out.push(c as unknown as Consignment);
    }
    return out;
  }

  /** What the list statement read of the page's rows' children, by consignment (order) id. */
  private readAheadOf(rows: ListRow[], limit: number, readAhead: ListReadAhead): ListReadAheadRows {
    const shown = rows.slice(0, limit);
    const out: ListReadAheadRows = {};
    if (readAhead.stopFields) out.stops = new Map(shown.map((r) => [r.id as string, asInstances(Stop, r.stops$ ?? [])]));
    if (readAhead.linkFields) out.links = new Map(shown.map((r) => [r.id as string, linksFromJson(r.links$ ?? null, r.updatedAtMs$!)]));
    if (readAhead.orderFields) {
      out.orders = new Map();
      if (readAhead.customerFields) out.customers = new Map();
      for (const r of shown) {
        if (!r.order$ || out.orders.has(r.orderId as string)) continue;
        out.orders.set(r.orderId as string, asInstances(Order, [r.order$])[0]);
        if (r.customer$) out.customers?.set(r.customer$.id, asInstances(Customer, [r.customer$])[0]);
      }
    }
    return out;
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
    const key = this.cappedKey(sql, params);
    if (this.believedCapped(key)) return cap;
    const [{ n }] = await run<{ n: number }>(sql, params);
    this.noteCount(key, n, cap);
    return n;
  }

  /** The key of a count (its statement and values) among the counts that reached their cap. */
  private cappedKey(sql: string, params: Record<string, unknown>): string {
    const { text, values } = positional(sql, params);
    return `${text}\u0000${JSON.stringify(values)}`;
  }

  /** Whether the count of `key` reached its cap lately enough to be believed without counting. */
  private believedCapped(key: string): boolean {
    const until = this.capped.get(key);
    return until !== undefined && until > Date.now();
  }

  /** Keeps a count that reached its cap for `CAPPED_COUNT_TTL_MS`; one below it is never kept. */
  private noteCount(key: string, n: number, cap: number): void {
    if (n >= cap) {
      if (this.capped.size >= 1_000) this.capped.clear();
      this.capped.set(key, Date.now() + CAPPED_COUNT_TTL_MS);
    } else this.capped.delete(key);
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
