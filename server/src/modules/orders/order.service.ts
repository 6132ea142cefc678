import { In, type DataSource, type EntityManager } from 'typeorm';
import { keysetPage } from '../../db/keyset-page';
import type { Connection } from '../../core/pagination';
import { isUuid } from '@tracklink/shared';
import type { AppUnitOfWork } from '../../events/domain-events';
import type { ConsignmentService } from '../consignments/consignment.service';
import { Customer } from './customer.entity';
import type { CreateOrderInput } from './order.inputs';
import { Order } from './order.entity';
import { queryPrepared } from '../../adapters/typeorm/prepared';
import { columnsOf, preparedName, selectColumns } from '../../db/raw-rows';
import type { TenantScope } from '../../core/scope';
import { DomainError, invalid } from '../../core/errors';
import { optionalEmail, optionalText, requiredText } from '../../core/validation';

/** What a message about an order may mention of it. */
export interface OrderContact {
  reference: string;
  customerName: string | null;
  customerEmail: string | null;
}

export class OrderService {
  constructor(
    private readonly ds: DataSource,
    private readonly uow: AppUnitOfWork,
    private readonly consignments: ConsignmentService,
  ) {}

  /** An order with all its consignments, stops and cargo: all written, or nothing. */
  async create(scope: TenantScope, input: CreateOrderInput): Promise<Order> {
    const reference = requiredText(input.reference, 'input.reference');
    const customerName = optionalText(input.customerName, 'input.customerName');
    const customerEmail = optionalEmail(input.customerEmail, 'input.customerEmail');
    if (customerEmail && !customerName) throw invalid('input.customerName', 'is required with customerEmail');
    return this.uow.run(scope, async (tx) => {
      const { em } = tx;
      const prepared = await this.consignments.prepare(em, scope, input.consignments, 'input.consignments');
      const refs = new Set<string>();
      prepared.forEach((p, i) => {
        if (refs.has(p.consignment.reference)) {
          throw new DomainError('INVALID_INPUT', `input.consignments[${i}].reference: "${p.consignment.reference}" appears twice in this order`, `input.consignments[${i}].reference`);
        }
        refs.add(p.consignment.reference);
      });
      if (await em.getRepository(Order).existsBy({ tenantId: scope.tenantId, reference })) {
        throw new DomainError('DUPLICATE_REFERENCE', `input.reference: an order "${reference}" already exists`, 'input.reference');
      }
      let customerId: string | null = null;
      if (customerName) {
        const nameKey = customerName.toLowerCase();
        await em.query(
          `INSERT INTO customers (tenant_id, name, name_key, email) VALUES ($1, $2, $3, $4)
           ON CONFLICT (tenant_id, name_key) DO UPDATE SET email = COALESCE(EXCLUDED.email, customers.email)`,
          [scope.tenantId, customerName, nameKey, customerEmail],
        );
        customerId = (await em.getRepository(Customer).findOneByOrFail({ tenantId: scope.tenantId, nameKey })).id;
      }
      const order = await em.getRepository(Order).save(
        em.getRepository(Order).create({ tenantId: scope.tenantId, reference, customerId }),
      );
      for (const p of prepared) await this.consignments.insert(tx, order.id, p);
      return order;
    });
  }

  async find(scope: TenantScope, id: string): Promise<Order | null> {
    if (!isUuid(id)) return null;
    return this.ds.getRepository(Order).findOneBy({ id, tenantId: scope.tenantId });
  }

  /** Which of `ids` are the caller's orders, inside the caller's transaction. */
  async ownIds(em: EntityManager, scope: TenantScope, ids: readonly string[]): Promise<Set<string>> {
    const orders = await em.getRepository(Order).find({ select: { id: true }, where: { tenantId: scope.tenantId, id: In([...ids]) } });
    return new Set(orders.map((o) => o.id));
  }

  /** An order's reference and its customer's name and email, inside the caller's transaction. */
  async contactOf(em: EntityManager, scope: TenantScope, orderId: string): Promise<OrderContact | null> {
    const order = await em.getRepository(Order).findOneBy({ id: orderId, tenantId: scope.tenantId });
    if (!order) return null;
    const customer = order.customerId ? await em.getRepository(Customer).findOneBy({ id: order.customerId, tenantId: scope.tenantId }) : null;
    return { reference: order.reference, customerName: customer?.name ?? null, customerEmail: customer?.email ?? null };
  }

  byIds(ids: readonly string[], em: EntityManager = this.ds.manager): Promise<Order[]> {
    return em.getRepository(Order).findBy({ id: In([...ids]) });
  }

  customers(scope: TenantScope): Promise<Customer[]> {
    return this.ds.getRepository(Customer).find({ where: { tenantId: scope.tenantId }, order: { name: 'ASC' } });
  }

  /** A page of the tenant's customers, by name regardless of case. */
  customersPage(scope: TenantScope, args: { first?: number | null; after?: string | null }): Promise<Connection<Customer>> {
    const qb = this.ds.getRepository(Customer).createQueryBuilder('c').where('c.tenantId = :tenantId', { tenantId: scope.tenantId });
    return keysetPage(qb, { alias: 'c', table: 'customers', property: 'nameKey', column: 'name_key', direction: 'ASC' }, args);
  }

  /** One of the tenant's customers, or null. */
  async customer(scope: TenantScope, id: string): Promise<Customer | null> {
    if (!isUuid(id)) return null;
    return this.ds.getRepository(Customer).findOneBy({ id, tenantId: scope.tenantId });
  }

  /** Customers by id, in name order. */
  /**
   * Orders with their customers, in one statement of plain rows (db/raw-rows.ts): the order
   * loader's batch, which hands the customers to the customer loader (the consignment list
   * shows each row's order and customer).
   */
  async withCustomers(ids: readonly string[]): Promise<{ orders: Order[]; customers: Customer[] }> {
    const customerColumns = columnsOf(this.ds, Customer);
    const text =
      `SELECT ${selectColumns(this.ds, Order, 'o')}, ${customerColumns.map(([column, property]) => `cu.${column} AS "customer.${property}"`).join(', ')}` +
      ' FROM orders o LEFT JOIN customers cu ON cu.id = o.customer_id WHERE o.id = ANY($1::uuid[])';
    const rows = await queryPrepared<Record<string, unknown>>(this.ds, { name: preparedName(text), text }, [[...ids]]);
    const orderColumns = columnsOf(this.ds, Order);
    const orders: Order[] = [];
    const customers: Customer[] = [];
    for (const row of rows) {
      const order = Object.create(Order.prototype) as Record<string, unknown>;
      for (const [, property] of orderColumns) order[property] = row[property];
      orders.push(order as unknown as Order);
      if (row['customer.id'] == null) continue;
      const customer = Object.create(Customer.prototype) as Record<string, unknown>;
      for (const [, property] of customerColumns) customer[property] = row[`customer.${property}`];
      customers.push(customer as unknown as Customer);
    }
    return { orders, customers };
  }

  customersByIds(ids: readonly string[]): Promise<Customer[]> {
    return this.ds.getRepository(Customer).find({ where: { id: In([...ids]) }, order: { name: 'ASC' } });
  }
}
