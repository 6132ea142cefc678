import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { TENANT_API } from '../../graphql/auth';
import { CurrentScope } from '../../graphql/auth';
import type { TenantScope } from '../../core/scope';
import type { Context } from '../../graphql/context';
import { Consignment } from '../consignments/consignment.entity';
import { Customer } from './customer.entity';
import { CreateOrderInput, CustomerConnection } from './order.inputs';
import { Order } from './order.entity';

/**
 * The customers a list read with its rows' orders (only the columns its query shows), by
 * order; null: the order names none. They answer that order's `customer`, never the request's
 * loader.
 */
export const listedCustomers = new WeakMap<Order, Customer | null>();

@Resolver(() => Order)
export class OrderResolver {
  @Authorized(...TENANT_API)
  @Query(() => Order, { nullable: true, description: 'An order of the caller\'s tenant; null when there is none with this id. Staff and API keys.' })
  order(@CurrentScope() scope: TenantScope, @Arg('id', () => ID, { description: 'The order\'s id.' }) id: string, @Ctx() ctx: Context): Promise<Order | null> {
    return ctx.services.orders.find(scope, id);
  }

  @Authorized(...TENANT_API)
  @Query(() => [Customer], { description: 'The tenant\'s customers, by name. Staff and API keys.' })
  customers(@CurrentScope() scope: TenantScope, @Ctx() ctx: Context): Promise<Customer[]> {
    return ctx.services.orders.customers(scope);
  }

  @Authorized(...TENANT_API)
  @Query(() => CustomerConnection, { description: "The tenant's customers a page at a time, by name regardless of case (the same list as customers). Staff and API keys." })
  customersConnection(
    @CurrentScope() scope: TenantScope,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100; default 20.' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'A cursor from a previous page (endCursor): the page starts after it.' }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<CustomerConnection> {
    return ctx.services.orders.customersPage(scope, { first, after });
  }

  @Authorized(...TENANT_API)
  @Mutation(() => Order, { description: 'An order with its consignments, stops and cargo, in one transaction. Staff and API keys.' })
  createOrder(@CurrentScope() scope: TenantScope, @Arg('input', () => CreateOrderInput, { description: 'The order, its consignments, stops and cargo.' }) input: CreateOrderInput, @Ctx() ctx: Context): Promise<Order> {
    return ctx.services.orders.create(scope, input);
  }

  @FieldResolver(() => [Consignment], { description: 'Its consignments, oldest first.' })
  consignments(@Root() order: Order, @Ctx() ctx: Context): Promise<Consignment[]> {
    return ctx.loaders.consignmentsByOrder.load(order.id);
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The customer it is for; null when createOrder named none.' })
  customer(@Root() order: Order, @Ctx() ctx: Context): Customer | null | Promise<Customer | null> {
    const listed = listedCustomers.get(order);
    if (listed !== undefined) return listed;
    return order.customerId ? ctx.loaders.customer.get(order.customerId) : null;
  }
}
