import 'reflect-metadata';
import { Arg, buildSchema, Ctx, Field, Float, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { graphql, printSchema, type GraphQLSchema } from 'graphql';
import { UNUSED_PUBSUB } from '../../graphql/unused-pubsub';
import { buildStaffSchema } from '../../graphql/schema';
import { DriverResolver } from '../../modules/drivers/driver.resolver';
import { PlainArg, plainArgumentsOf, typeGraphqlHelpers } from './plain-arguments';

@InputType()
class PointInput {
  @Field(() => String) id!: string;
  @Field(() => Float) x!: number;
  @Field(() => Float, { nullable: true }) y?: number | null;
}

@InputType()
class LabelInput {
  @Field(() => String) text!: string;
}

/** What the resolvers were handed, by the last call. */
const seen: { points?: unknown[]; label?: unknown; context?: unknown } = {};

@Resolver()
class PlainResolver {
  @Query(() => Boolean)
  ping(): boolean {
    return true;
  }

  // A plain argument between a converted one and the context: every parameter in its place.
  @Mutation(() => Float)
  plain(
    @Arg('label', () => LabelInput) label: LabelInput,
    @PlainArg('points', () => [PointInput], { description: 'Some points.' }) points: PointInput[],
    @Ctx() context: unknown,
  ): number {
    Object.assign(seen, { points, label, context });
    return points.length;
  }

  @Mutation(() => Float)
  converted(@Arg('label', () => LabelInput) label: LabelInput, @Arg('points', () => [PointInput], { description: 'Some points.' }) points: PointInput[], @Ctx() context: unknown): number {
    Object.assign(seen, { points, label, context });
    return points.length;
  }
}

let schema: GraphQLSchema;
beforeAll(async () => {
  // The staff schema's resolvers (imported below) are in type-graphql's metadata too: it wants an auth checker.
  schema = await buildSchema({ resolvers: [PlainResolver], pubSub: UNUSED_PUBSUB, validate: false, authChecker: () => true });
});

const run = (field: 'plain' | 'converted', points: unknown, context: unknown = { who: 'me' }) =>
  graphql({
    schema,
    source: `mutation($l: LabelInput!, $p: [PointInput!]!) { ${field}(label: $l, points: $p) }`,
    variableValues: { l: { text: 'hi' }, p: points },
    contextValue: context,
  });

describe('PlainArg (type-graphql argument adapter)', () => {
  it("wraps type-graphql's resolvers/helpers getParams, the function its resolvers call", () => {
    const helpers = typeGraphqlHelpers();
    expect(typeof helpers.getParams).toBe('function');
    expect((helpers.getParams as unknown as Record<symbol, unknown>)[Symbol.for('tracklink.plainArguments')]).toBe(true);
  });

  it('hands the resolver the objects as GraphQL coerced them, the other parameters as type-graphql makes them', async () => {
    const context = { who: 'me' };
    const result = await run('plain', [{ id: 'a', x: 1 }, { id: 'b', x: 2.5, y: null }], context);
    expect(result).toEqual({ data: { plain: 2 } });
    expect(seen.points).toEqual([{ id: 'a', x: 1 }, { id: 'b', x: 2.5, y: null }]);
    for (const point of seen.points!) expect(point).not.toBeInstanceOf(PointInput);
    expect(seen.label).toBeInstanceOf(LabelInput);
    expect(seen.label).toEqual(Object.assign(new LabelInput(), { text: 'hi' }));
    expect(seen.context).toBe(context);
  });

  it('declares the argument in the schema exactly as @Arg does', () => {
    const field = (name: string) => schema.getMutationType()!.getFields()[name];
    const [plain, converted] = [field('plain'), field('converted')];
    expect(plain.args.map((a) => [a.name, String(a.type), a.description])).toEqual(converted.args.map((a) => [a.name, String(a.type), a.description]));
    expect(printSchema(schema)).toContain('"""Some points."""\n    points: [PointInput!]!');
  });

  it('leaves bad input to GraphQL, which names what is wrong before the resolver runs', async () => {
    delete seen.points;
    const missing = await run('plain', [{ id: 'a' }]);
    expect(missing.errors?.[0].message).toMatch(/\$p.*\[0\].*Field "x" of required type "Float!" was not provided/);
    const wrong = await run('plain', [{ id: 'a', x: 'east' }]);
    expect(wrong.errors?.[0].message).toMatch(/\$p.*\[0\]\.x.*Float cannot represent/);
    expect(seen.points).toBeUndefined();
  });

  it('refuses validation options, which a plain argument would not apply', () => {
    expect(() => PlainArg('p', () => [PointInput], { validate: true })).toThrow(/not validated by type-graphql/);
  });

  it('is what the staff schema does with reportPositions', async () => {
    const staff = await buildStaffSchema();
    const args = staff.getMutationType()!.getFields().reportPositions.args;
    expect(args.map((a) => [a.name, String(a.type)])).toEqual([['positions', '[PositionInput!]!']]);
    expect(plainArgumentsOf(DriverResolver, 'reportPositions')).toEqual(['positions']);
    expect(plainArgumentsOf(PlainResolver, 'converted')).toEqual([]);
  });

  // Why the adapter exists. When type-graphql hands arguments over as coerced, this fails:
  // then the adapter can go.
  it("is still needed: type-graphql's @Arg rebuilds every input object as an instance of its class", async () => {
    const result = await run('converted', [{ id: 'a', x: 1 }]);
    expect(result).toEqual({ data: { converted: 1 } });
    expect(seen.points![0]).toBeInstanceOf(PointInput);
  });
});
