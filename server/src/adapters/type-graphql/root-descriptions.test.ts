import 'reflect-metadata';
import { graphql, printSchema } from 'graphql';
import { Arg, buildSchema, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { buildStaffSchema } from '../../graphql/schema';
import { buildPublicSchema } from '../../graphql/public/schema';
import { UNUSED_PUBSUB } from '../../graphql/unused-pubsub';
import { withRootDescriptions } from './root-descriptions';

@ObjectType({ description: 'A thing.' })
class Thing {
  @Field(() => String, { description: 'Its name.' }) name!: string;
}

@Resolver()
class ThingResolver {
  @Query(() => Thing, { description: 'A thing by name.' })
  thing(@Arg('name', () => String, { description: 'The name.' }) name: string): Thing {
    return { name };
  }

  @Mutation(() => Boolean, { description: 'Does nothing.' })
  touch(): boolean {
    return true;
  }
}

const build = () => buildSchema({ resolvers: [ThingResolver], validate: false, authChecker: () => true, pubSub: UNUSED_PUBSUB });

describe('withRootDescriptions (type-graphql output adapter)', () => {
  it('describes the root types and keeps the rest, resolvers included', async () => {
    const built = await build();
    const schema = withRootDescriptions(built, { Query: 'Reads.', Mutation: 'Changes.' });
    expect(schema.getQueryType()!.description).toBe('Reads.');
    expect(schema.getMutationType()!.description).toBe('Changes.');
    expect(printSchema(schema).replace(/"""[^"]*"""\ntype (Query|Mutation)/g, 'type $1')).toBe(printSchema(built));
    const result = await graphql({ schema, source: '{ thing(name: "crate") { name } }' });
    expect(result).toEqual({ data: { thing: { name: 'crate' } } });
  });

  // Why the adapter exists. When type-graphql describes root types itself, this fails: then
  // the adapter can go.
  it("is still needed: type-graphql's root types have no description", async () => {
    const built = await build();
    expect(built.getQueryType()!.description ?? null).toBeNull();
    expect(built.getMutationType()!.description ?? null).toBeNull();
  });

  it('gives both published schemas described root types', async () => {
    const staff = await buildStaffSchema();
    for (const type of [staff.getQueryType(), staff.getMutationType(), staff.getSubscriptionType()]) {
      expect(type!.description).toEqual(expect.any(String));
    }
    const pub = await buildPublicSchema();
    for (const type of [pub.getQueryType(), pub.getSubscriptionType()]) expect(type!.description).toEqual(expect.any(String));
  });
});
