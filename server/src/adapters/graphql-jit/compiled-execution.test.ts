import { ApolloServer } from '@apollo/server';
import { GraphQLFloat, GraphQLInputObjectType, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLScalarType, GraphQLSchema, GraphQLString } from 'graphql';
import { compiledExecution, type CompiledExecutionOptions } from './compiled-execution';

/** A scalar that takes only ISO text, as the staff schema's DateTimeISO does. */
const Instant = new GraphQLScalarType({
  name: 'Instant',
  parseValue: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw new TypeError(`Instant cannot represent ${JSON.stringify(value)}`);
    return new Date(value);
  },
  serialize: (value) => (value as Date).toISOString(),
});
const Fix = new GraphQLInputObjectType({
  name: 'Fix',
  fields: { id: { type: new GraphQLNonNull(GraphQLString) }, lat: { type: new GraphQLNonNull(GraphQLFloat) }, at: { type: new GraphQLNonNull(Instant) }, speed: { type: GraphQLFloat } },
});

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      double: { type: GraphQLInt, args: { n: { type: new GraphQLNonNull(GraphQLInt) } }, resolve: (_root, { n }) => n * 2 },
      who: { type: GraphQLString, resolve: (_root, _args, ctx: { name: string }) => ctx.name },
      /** What the resolver was given, as JSON. */
      fixes: {
        type: GraphQLString,
        args: { fixes: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Fix))) } },
        resolve: (_root, { fixes }) => JSON.stringify(fixes.map((f: { at: Date }) => ({ ...f, at: f.at instanceof Date ? f.at.toISOString() : 'not a Date' }))),
      },
      fails: {
        type: GraphQLString,
        resolve: () => {
          throw Object.assign(new Error('no such thing'), { extensions: { code: 'NOPE' } });
        },
      },
    },
  }),
});

async function serve(options: CompiledExecutionOptions) {
  const execution = compiledExecution(schema, options);
  const messages: string[] = [];
  const apollo = new ApolloServer<{ name: string }>({
    gateway: execution.gateway,
    plugins: [
      {
        // As the public endpoint's field-suggestion mask does: errors must be graphql-js's own.
        requestDidStart: async () => ({
          didEncounterErrors: async ({ errors }) => {
            for (const error of errors) {
              error.message = `masked: ${error.message}`;
              messages.push(error.message);
            }
          },
        }),
      },
    ],
  });
  await apollo.start();
  const send = async (query: string, variables?: Record<string, unknown>, operationName?: string) => {
    const res = await apollo.executeOperation({ query, variables, operationName }, { contextValue: { name: 'Ada' } });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return { status: res.http.status, result: res.body.singleResult };
  };
  const run = async (query: string, variables?: Record<string, unknown>) => (await send(query, variables)).result;
  return { execution, apollo, send, run, messages };
}

// The public endpoint checks variables with graphql-js first; the staff endpoint lets the
// compiled query coerce them and asks graphql-js only about those it refuses.
describe.each([['graphql-js'], ['compiled']] as const)('compiled execution behind Apollo, variables checked by %s first', (variables) => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeEach(async () => {
    server = await serve({ variables });
  });
  afterEach(() => server.apollo.stop());

  it('answers as graphql-js would, compiling each operation once', async () => {
    const { execution, run } = server;
    expect(await run('query($n: Int!) { double(n: $n) who }', { n: 21 })).toEqual({ data: { double: 42, who: 'Ada' } });
    expect(await run('query($n: Int!) { double(n: $n) who }', { n: 4 })).toEqual({ data: { double: 8, who: 'Ada' } });
    expect(execution.compiled).toBe(1);
    await run('{ who }');
    expect(execution.compiled).toBe(2);
    // Introspection (served in development) and fragments compile too.
    const types = await run('{ __schema { queryType { name fields { name } } } }');
    expect(types.data?.__schema).toEqual({ queryType: { name: 'Query', fields: [{ name: 'double' }, { name: 'who' }, { name: 'fixes' }, { name: 'fails' }] } });
    expect(await run('query Q { ...F } fragment F on Query { who }')).toEqual({ data: { who: 'Ada' } });
  });

  it('hands resolver errors to plugins as graphql-js errors, with path and the original error', async () => {
    const result = await server.run('{ who fails }');
    expect(result.data).toEqual({ who: 'Ada', fails: null });
    expect(result.errors).toEqual([expect.objectContaining({ message: 'masked: no such thing', path: ['fails'], locations: [{ line: 1, column: 7 }], extensions: { code: 'NOPE' } })]);
    expect(server.messages).toEqual(['masked: no such thing']);
  });

  it('refuses a bad variable as graphql-js does: 400, BAD_USER_INPUT, naming the variable', async () => {
    for (const variables of [{ n: 'two' }, {}, { n: null }]) {
      const { status, result } = await server.send('query($n: Int!) { double(n: $n) }', variables);
      expect(status).toBe(400);
      expect(result.data).toBeUndefined();
      expect(result.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/^masked: Variable "\$n"/), extensions: { code: 'BAD_USER_INPUT' } })]);
    }
    // Checked first by the compiled query, the operation is compiled (once) all the same.
    expect(server.execution.compiled).toBe(variables === 'compiled' ? 1 : 0);
  });

  it('hands a list of input objects to the resolver as graphql-js coerces it, and refuses a bad one with graphql-js\'s message and path', async () => {
    const query = 'query($f: [Fix!]!) { fixes(fixes: $f) }';
    const at = '2026-12-01T12:19:19.894Z';
    const sent = [{ id: 'a', lat: 51.2, at }, { id: 'b', lat: 7, at: '2026-12-01T13:19:19.894+01:00', speed: null }];
    const { result } = await server.send(query, { f: sent });
    expect(JSON.parse(result.data?.fixes as string)).toEqual([{ id: 'a', lat: 51.2, at }, { id: 'b', lat: 7, at, speed: null }]);
    // A single object where the list is expected is a list of one, as in graphql-js.
    expect(JSON.parse((await server.run(query, { f: sent[0] })).data?.fixes as string)).toEqual([{ id: 'a', lat: 51.2, at }]);
    for (const [bad, message] of [
      [{ id: 'c', lat: 'north', at }, /^masked: Variable "\$f" got invalid value "north" at "f\[1\]\.lat"; Float cannot represent non numeric value/],
      [{ id: 'c', lat: 1, at: 'yesterday' }, /^masked: Variable "\$f" got invalid value "yesterday" at "f\[1\]\.at"; Expected type "Instant"\. Instant cannot represent "yesterday"/],
      [{ id: 'c', lat: 1, at, extra: 1 }, /^masked: Variable "\$f" got invalid value .* at "f\[1\]"; Field "extra" is not defined by type "Fix"/],
      [{ lat: 1, at }, /^masked: Variable "\$f" got invalid value .* at "f\[1\]"; Field "id" of required type "String!" was not provided/],
    ] as const) {
      const { status, result: refused } = await server.send(query, { f: [sent[0], bad] });
      expect(status).toBe(400);
      expect(refused.data).toBeUndefined();
      expect(refused.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT' } })]);
    }
  });

  it('refuses a document whose operation cannot be told, as graphql-js does (400)', async () => {
    for (const [operationName, message] of [
      [undefined, /Must provide operation name/],
      ['C', /Unknown operation named "C"/],
    ] as const) {
      const { status, result } = await server.send('query A { who } query B { who }', undefined, operationName);
      expect(status).toBe(400);
      expect(result.errors?.[0].message).toMatch(message);
    }
    expect(server.execution.compiled).toBe(0);
  });

  it('leaves invalid operations to Apollo, which refuses them before execution', async () => {
    const result = await server.run('{ double }');
    expect(result.errors?.[0].message).toMatch(/argument "n"/);
    expect(server.execution.compiled).toBe(0);
  });
});
