import type { DataSource } from 'typeorm';
import { jsonObjectOf } from '../../db/raw-rows';
import { Customer } from './customer.entity';
import { Order } from './order.entity';

/**
 * The order `orderId` (an SQL expression) as a JSON object of its columns (instants as ISO
 * text), for a statement of another module that reads its rows' orders in the same round trip
 * (the consignment list); with `properties`, only those columns.
 */
export const orderJsonOf = (ds: DataSource, orderId: string, properties?: ReadonlySet<string>): string =>
  `(SELECT ${jsonObjectOf(ds, Order, 'o', properties)} FROM orders o WHERE o.id = ${orderId})`;

/**
 * The customer of the order `orderId` as a JSON object of its columns (with `properties`, only
 * those); null when the order names none. By the order's customer id, two index look-ups (as a
 * join of orders and customers the planner hashed every customer of the tenant, for every row).
 */
export const orderCustomerJsonOf = (ds: DataSource, orderId: string, properties?: ReadonlySet<string>): string =>
  `(SELECT ${jsonObjectOf(ds, Customer, 'cu', properties)} FROM customers cu WHERE cu.id = (SELECT o.customer_id FROM orders o WHERE o.id = ${orderId}))`;
