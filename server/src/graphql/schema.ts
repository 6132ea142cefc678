import 'reflect-metadata';
import './enums';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ConsignmentConnectionResolver, ConsignmentResolver } from '../modules/consignments/consignment.resolver';
import { LiveStaffResolver } from '../modules/consignments/live-staff.resolver';
import { DriverResolver } from '../modules/drivers/driver.resolver';
import { OrderResolver } from '../modules/orders/order.resolver';
import { PalletScanResolver } from '../modules/pallet-scans/pallet-scan.resolver';
import { TenantResolver } from '../modules/tenants/tenant.resolver';
import { UserResolver } from '../modules/users/user.resolver';
import { TemplateResolver } from '../modules/templates/template.resolver';
import { ConsignmentLinksResolver, TrackingLinkResolver } from '../modules/tracking-links/tracking-link.resolver';
import { OrderLinkResolver, OrderLinksResolver } from '../modules/tracking-links/order-link.resolver';
import { ConsignmentFeedbackResolver } from '../modules/feedback/feedback.resolver';
import { ProofOfDeliveryImageResolver, StopProofOfDeliveryResolver } from '../modules/proof-of-delivery/proof-of-delivery.resolver';
import { ContactTaskResolver } from '../modules/tasks/contact-task.resolver';
import { OutboxResolver } from '../modules/outbox/outbox.resolver';
import { WebhookDeliveryResolver, WebhookEndpointResolver } from '../modules/webhooks/webhook.resolver';
import { authChecker } from './auth';
import { UNUSED_PUBSUB } from './unused-pubsub';
import { withDirectFieldResolvers } from '../adapters/type-graphql/direct-field-resolvers';
import { withRootDescriptions } from '../adapters/type-graphql/root-descriptions';
import { DateTimeISOInput } from './scalars';

/** The resolver classes of the staff schema. */
export const STAFF_RESOLVERS = [
  UserResolver,
  TenantResolver,
  DriverResolver,
  OrderResolver,
  ConsignmentResolver,
  ConsignmentConnectionResolver,
  PalletScanResolver,
  TemplateResolver,
  TrackingLinkResolver,
  ConsignmentLinksResolver,
  OrderLinkResolver,
  OrderLinksResolver,
  ConsignmentFeedbackResolver,
  StopProofOfDeliveryResolver,
  ProofOfDeliveryImageResolver,
  LiveStaffResolver,
  ContactTaskResolver,
  OutboxResolver,
  WebhookEndpointResolver,
  WebhookDeliveryResolver,
] as const;

/**
 * The staff and integrator schema served at /graphql. Built without global middlewares: the
 * field resolvers that need nothing of type-graphql's per-call machinery are called directly
 * (adapters/type-graphql/direct-field-resolvers).
 */
export function buildStaffSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: STAFF_RESOLVERS,
    pubSub: UNUSED_PUBSUB,
    scalarsMap: [{ type: Date, scalar: DateTimeISOInput }],
    authChecker,
    authMode: 'error',
    validate: false,
  }).then((built) => {
    const schema = withDirectFieldResolvers(built, STAFF_RESOLVERS).schema;
    return withRootDescriptions(schema, {
      Query: "Reads of the caller's tenant (platform admins: of any tenant). Send a session token, an API key or a driver token as `Authorization: Bearer <token>`; each field says who may call it.",
      Mutation: 'Changes, each in one transaction: all of it is stored or none. Each field says who may call it; errors carry extensions.code (docs/api.md).',
      Subscription: "Live changes of the caller's tenant over graphql-ws on /graphql (staff sessions).",
    });
  });
}
