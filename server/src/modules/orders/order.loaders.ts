import { oneLoader, PeekLoader } from '../../graphql/loader-utils';
import type { Order } from './order.entity';
import type { OrderService } from './order.service';

export function orderLoaders(orders: OrderService) {
  const customer = oneLoader((ids) => orders.customersByIds(ids), (c) => c.id);
  // One statement for a batch of orders and their customers: the customers wait in their loader.
  const order = new PeekLoader<Order | null>(async (ids) => {
    const batch = await orders.withCustomers(ids);
    for (const c of batch.customers) customer.prime(c.id, c);
    const byId = new Map(batch.orders.map((o) => [o.id, o]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  return { order, customer };
}
