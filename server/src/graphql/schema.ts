import 'reflect-metadata';
import './enums';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ConsignmentResolver } from '../modules/consignments/consignment.resolver';
import { DriverResolver } from '../modules/drivers/driver.resolver';
import { OrderResolver } from '../modules/orders/order.resolver';
import { PalletScanResolver } from '../modules/pallet-scans/pallet-scan.resolver';
import { TenantResolver } from '../modules/tenants/tenant.resolver';
import { UserResolver } from '../modules/users/user.resolver';
import { authChecker } from './auth';

/** The staff and integrator schema served at /graphql. */
export function buildStaffSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [UserResolver, TenantResolver, DriverResolver, OrderResolver, ConsignmentResolver, PalletScanResolver],
    authChecker,
    authMode: 'error',
    validate: false,
  });
}
