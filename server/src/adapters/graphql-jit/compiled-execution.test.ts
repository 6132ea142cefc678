import { ApolloServer } from '@apollo/server';
import { GraphQLInt, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { compiledExecution } from './compiled-execution';

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      double: { type: GraphQLInt, args: { n: { type: new GraphQLNonNull(GraphQLInt) } }, resolve: (_root, { n }) => n * 2 },
      who: { type: GraphQLString, resolve: (_root, _args, ctx: { name: string }) => ctx.name },
      fails: {
        type: GraphQLString,
        resolve: () => {
          throw Object.assign(new Error('no such thing'), { extensions: { code: 'NOPE' } });
        },
      },
    },
  }),
});

async function serve() {
  const execution = compiledExecution(schema);
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

let server: Awaited<ReturnType<typeof serve>>;
beforeEach(async () => {
  server = await serve();
});
afterEach(() => server.apollo.stop());

describe('compiled execution behind Apollo', () => {
  it('answers as graphql-js would, compiling each operation once', async () => {
    const { execution, run } = server;
    expect(await run('query($n: Int!) { double(n: $n) who }', { n: 21 })).toEqual({ data: { double: 42, who: 'Ada' } });
    expect(await run('query($n: Int!) { double(n: $n) who }', { n: 4 })).toEqual({ data: { double: 8, who: 'Ada' } });
    expect(execution.compiled).toBe(1);
    await run('{ who }');
    expect(execution.compiled).toBe(2);
    // Introspection (served in development) and fragments compile too.
    const types = await run('{ __schema { queryType { name fields { name } } } }');
    expect(types.data?.__schema).toEqual({ queryType: { name: 'Query', fields: [{ name: 'double' }, { name: 'who' }, { name: 'fails' }] } });
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
    expect(server.execution.compiled).toBe(0);
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
