import 'reflect-metadata';
import { graphql, type GraphQLSchema } from 'graphql';
import { Arg, Authorized, buildSchema, Ctx, Field, FieldResolver, ID, Info, ObjectType, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { UNUSED_PUBSUB } from '../../graphql/unused-pubsub';
import { buildStaffSchema, STAFF_RESOLVERS } from '../../graphql/schema';
import { withDirectFieldResolvers } from './direct-field-resolvers';

@ObjectType({ description: 'A thing.' })
class Thing {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;

  label(): string {
    return `thing ${this.id}`;
  }
}

const middlewareCalls: string[] = [];

@Resolver(() => Thing)
class ThingResolver {
  private readonly prefix = '#';

  @Query(() => Thing, { description: 'A thing, as a plain object (not an instance).' })
  thing(): Thing {
    return { id: '7' } as Thing;
  }

  // Root, context and info: called directly, on an instance, with the root made a Thing.
  @FieldResolver(() => String, { description: 'Root, context and info.' })
  described(@Root() thing: Thing, @Ctx() ctx: { who: string }, @Info() info: GraphQLResolveInfo): string {
    return `${this.prefix}${thing instanceof Thing ? thing.label() : 'plain'} for ${ctx.who} at ${info.fieldName}`;
  }

  @Authorized('ADMIN')
  @FieldResolver(() => String, { description: 'Guarded.' })
  guarded(@Root() thing: Thing): string {
    return `secret of ${thing.id}`;
  }

  @UseMiddleware(({ info }, next) => {
    middlewareCalls.push(info.fieldName);
    return next();
  })
  @FieldResolver(() => String, { description: 'With a middleware.' })
  watched(@Root() thing: Thing): string {
    return thing.id;
  }

  @FieldResolver(() => String, { description: 'With an argument.' })
  greeted(@Root() thing: Thing, @Arg('greeting', () => String, { description: 'The greeting.' }) greeting: string): string {
    return `${greeting} ${thing.id}`;
  }

  @FieldResolver(() => String, { description: 'A root property.' })
  idAgain(@Root('id') id: string): string {
    return id;
  }
}

async function schemaOf(): Promise<{ schema: GraphQLSchema; direct: string[] }> {
  const built = await buildSchema({ resolvers: [ThingResolver], pubSub: UNUSED_PUBSUB, validate: false, authChecker: ({ context }) => (context as { admin?: boolean }).admin === true });
  return withDirectFieldResolvers(built, [ThingResolver]);
}

describe('field resolvers called directly', () => {
  it('are only those taking the whole root, the context and the info, with no middleware, role or argument', async () => {
    const { direct } = await schemaOf();
    expect(direct).toEqual(['Thing.described']);
  });

  it('answer as type-graphql does: on an instance, with the root made an instance of its class; the others still guarded and watched', async () => {
    const { schema } = await schemaOf();
    const run = (source: string, admin = false) => graphql({ schema, source, contextValue: { who: 'me', admin } });
    expect((await run('{ thing { described } }')).data).toEqual({ thing: { described: '#thing 7 for me at described' } });
    const denied = await run('{ thing { guarded } }');
    expect(denied.errors?.[0].message).toMatch(/access denied/i);
    expect((await run('{ thing { guarded } }', true)).data).toEqual({ thing: { guarded: 'secret of 7' } });
    middlewareCalls.length = 0;
    expect((await run('{ thing { watched greeted(greeting: "hi") idAgain } }')).data).toEqual({ thing: { watched: '7', greeted: 'hi 7', idAgain: '7' } });
    expect(middlewareCalls).toEqual(['watched']);
  });

  it("in the staff schema: the list's per-row fields are direct, the guarded ones are not", async () => {
    const { direct } = withDirectFieldResolvers(await buildStaffSchema(), STAFF_RESOLVERS);
    expect(direct).toEqual(expect.arrayContaining(['Consignment.order', 'Consignment.stops', 'Consignment.trackingLinks', 'Order.customer', 'TrackingLink.status']));
    for (const guarded of ['Consignment.price', 'Consignment.cost', 'Consignment.internalNotes', 'Consignment.notes']) expect(direct).not.toContain(guarded);
  });
});
