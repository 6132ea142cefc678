import 'reflect-metadata';
import './enums';
import type { GraphQLSchema, GraphQLUnionType } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { ConsignmentResolver } from '../modules/consignments/consignment.resolver';
import { LiveStaffResolver } from '../modules/consignments/live-staff.resolver';
import { DriverResolver } from '../modules/drivers/driver.resolver';
import { OrderResolver } from '../modules/orders/order.resolver';
import { PalletScanResolver } from '../modules/pallet-scans/pallet-scan.resolver';
import { TenantResolver } from '../modules/tenants/tenant.resolver';
import { UserResolver } from '../modules/users/user.resolver';
import { PublicTrackingResolver, PublicTrackingUpdatesResolver } from '../modules/public-tracking/public-tracking.resolver';
import { trackingPageResultType, type TrackingUpdate } from '../modules/public-tracking/public-tracking.types';
import { TemplateResolver } from '../modules/templates/template.resolver';
import { ConsignmentLinksResolver, TrackingLinkResolver } from '../modules/tracking-links/tracking-link.resolver';
import { ContactTaskResolver } from '../modules/tasks/contact-task.resolver';
import { OutboxResolver } from '../modules/outbox/outbox.resolver';
import { authChecker } from './auth';
import { DateTimeISOText } from './scalars';

/** The staff and integrator schema served at /graphql. */
export function buildStaffSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      UserResolver,
      TenantResolver,
      DriverResolver,
      OrderResolver,
      ConsignmentResolver,
      PalletScanResolver,
      TemplateResolver,
      TrackingLinkResolver,
      ConsignmentLinksResolver,
      LiveStaffResolver,
      ContactTaskResolver,
      OutboxResolver,
    ],
    pubSub: UNUSED_PUBSUB,
    authChecker,
    authMode: 'error',
    validate: false,
  });
}

/** The public schema served at /public/graphql: the tracking page and nothing else. */
export async function buildPublicSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [PublicTrackingResolver, PublicTrackingUpdatesResolver],
    // The page's times come from PostgreSQL as text already in the API's form.
    scalarsMap: [{ type: Date, scalar: DateTimeISOText }],
    validate: false,
    // Nothing public is @Authorized; the checker is required only because other resolvers are.
    authChecker: () => false,
    // Each subscription brings its own `subscribe` (the live-tracking hub); type-graphql still
    // insists on a pub/sub engine being present.
    pubSub: UNUSED_PUBSUB,
  });
  // type-graphql makes every union's resolveType asynchronous; the public page's is a plain
  // check, and compiled execution (compiled-execution.ts) takes only synchronous ones.
  (schema.getType('TrackingPageResult') as GraphQLUnionType).resolveType = trackingPageResultType;
  // An update is its own result; type-graphql's resolver would resolve the (unused) token
  // argument asynchronously, and a synchronous result lets an update reach every page at once
  // (direct-source.ts).
  schema.getSubscriptionType()!.getFields().trackingUpdates.resolve = (update: TrackingUpdate) => update;
  return schema;
}

const UNUSED_PUBSUB: PubSub = {
  publish: () => undefined,
  subscribe: () => {
    throw new Error('subscriptions here define their own subscribe()');
  },
};
