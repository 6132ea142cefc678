import { oneLoader } from '../../graphql/loader-utils';
import type { OrderService } from './order.service';

export function orderLoaders(orders: OrderService) {
  return {
    order: oneLoader((ids) => orders.byIds(ids), (o) => o.id),
    customer: oneLoader((ids) => orders.customersByIds(ids), (c) => c.id),
  };
}
