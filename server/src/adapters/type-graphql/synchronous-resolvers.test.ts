import 'reflect-metadata';
import { buildSchema, createUnionType, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo, GraphQLUnionType } from 'graphql';
import { buildPublicSchema } from '../../graphql/public/schema';
import { UNUSED_PUBSUB } from '../../graphql/unused-pubsub';
import { TrackingUpdateKind, UnavailableReason } from '../../modules/public-tracking/public-tracking.types';
import { withSynchronousResolvers } from './synchronous-resolvers';

const info = {} as GraphQLResolveInfo;

describe('withSynchronousResolvers (type-graphql output adapter)', () => {
  it('gives the public schema a synchronous union type and subscription result', async () => {
    const schema = await buildPublicSchema();
    const union = schema.getType('TrackingPageResult') as GraphQLUnionType;
    expect(union.resolveType!({ reason: UnavailableReason.EXPIRED, message: 'x' }, {}, info, union)).toBe('TrackingUnavailable');
    expect(union.resolveType!({ reference: 'CN-1', stops: [] }, {}, info, union)).toBe('TrackingPage');
    const update = { kind: TrackingUpdateKind.POSITION, driverPosition: null, page: null };
    const field = schema.getSubscriptionType()!.getFields().trackingUpdates;
    expect(field.resolve!(update, { token: 't' }, {}, info)).toBe(update);
    // The subscription's own source stays as type-graphql built it.
    expect(typeof field.subscribe).toBe('function');
  });

  it('refuses to replace what the schema does not have', async () => {
    const schema = await buildPublicSchema();
    expect(() => withSynchronousResolvers(schema, { unions: { NoSuchUnion: () => 'x' } })).toThrow('no union NoSuchUnion');
    expect(() => withSynchronousResolvers(schema, { subscriptionFields: { noSuchField: (x) => x } })).toThrow('no subscription field noSuchField');
  });

  // Why the adapter exists. When type-graphql builds synchronous ones itself, this fails: then
  // the adapter can go.
  it("is still needed: type-graphql's own union resolveType is asynchronous", async () => {
    @ObjectType()
    class Left {
      @Field(() => String) left!: string;
    }
    @ObjectType()
    class Right {
      @Field(() => String) right!: string;
    }
    const Either = createUnionType({ name: 'Either', types: () => [Left, Right] as const, resolveType: (v) => ('left' in v ? 'Left' : 'Right') });
    @Resolver()
    class EitherResolver {
      @Query(() => Either)
      either(): Left {
        return { left: 'x' };
      }
    }
    const schema = await buildSchema({ resolvers: [EitherResolver], pubSub: UNUSED_PUBSUB, validate: false });
    const union = schema.getType('Either') as GraphQLUnionType;
    expect(union.resolveType!({ left: 'x' }, {}, info, union)).toBeInstanceOf(Promise);
  });
});
