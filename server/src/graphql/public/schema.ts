import 'reflect-metadata';
import '../enums';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { withSynchronousResolvers } from '../../adapters/type-graphql/synchronous-resolvers';
import { PublicTrackingResolver, PublicTrackingUpdatesResolver } from '../../modules/public-tracking/public-tracking.resolver';
import { trackingPageResultType, type TrackingUpdate } from '../../modules/public-tracking/public-tracking.types';
import { DateTimeISOText } from '../scalars';
import { UNUSED_PUBSUB } from '../unused-pubsub';
import { withRootDescriptions } from '../../adapters/type-graphql/root-descriptions';

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
  const described = withRootDescriptions(schema, {
    Query: 'The public tracking page of a link, by its token; no sign-in.',
    Subscription: "Live updates of a link's tracking page over graphql-ws on /public/graphql, by its token; no sign-in.",
  });
  return withSynchronousResolvers(described, {
    // The page's type is a plain check; compiled execution takes only synchronous ones.
    unions: { TrackingPageResult: (value) => trackingPageResultType(value as Parameters<typeof trackingPageResultType>[0]) },
    // An update is its own result (the token argument only chose the stream): ready at once,
    // it reaches every page in the same turn (adapters/graphql-ws/frames.ts).
    subscriptionFields: { trackingUpdates: (update) => update as TrackingUpdate },
  });
}
