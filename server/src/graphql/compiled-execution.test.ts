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
  const run = async (query: string, variables?: Record<string, unknown>) => {
    const res = await apollo.executeOperation({ query, variables }, { contextValue: { name: 'Ada' } });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return res.body.singleResult;
  };
  return { execution, apollo, run, messages };
}

describe('compiled execution behind Apollo', () => {
  it('answers as graphql-js would, compiling each operation once', async () => {
    const { execution, apollo, run } = await serve();
    try {
      expect(await run('query($n: Int!) { double(n: $n) who }', { n: 21 })).toEqual({ data: { double: 42, who: 'Ada' } });
      expect(await run('query($n: Int!) { double(n: $n) who }', { n: 4 })).toEqual({ data: { double: 8, who: 'Ada' } });
      expect(execution.compiled).toBe(1);
      await run('{ who }');
      expect(execution.compiled).toBe(2);
      // Introspection (served in development) and fragments compile too.
      const types = await run('{ __schema { queryType { name fields { name } } } }');
      expect(types.data?.__schema).toEqual({ queryType: { name: 'Query', fields: [{ name: 'double' }, { name: 'who' }, { name: 'fails' }] } });
      expect(await run('query Q { ...F } fragment F on Query { who }', undefined)).toEqual({ data: { who: 'Ada' } });
    } finally {
      await apollo.stop();
    }
  });

  it('hands resolver errors to plugins as graphql-js errors, with path and the original error', async () => {
    const { apollo, run, messages } = await serve();
    try {
      const result = await run('{ who fails }');
      expect(result.data).toEqual({ who: 'Ada', fails: null });
      expect(result.errors).toEqual([expect.objectContaining({ message: 'masked: no such thing', path: ['fails'], locations: [{ line: 1, column: 7 }], extensions: { code: 'NOPE' } })]);
      expect(messages).toEqual(['masked: no such thing']);
    } finally {
      await apollo.stop();
    }
  });

  it('refuses a bad variable as graphql-js does: 400, BAD_USER_INPUT, naming the variable', async () => {
    const { execution, apollo } = await serve();
    try {
      for (const variables of [{ n: 'two' }, {}, { n: null }]) {
        const res = await apollo.executeOperation({ query: 'query($n: Int!) { double(n: $n) }', variables }, { contextValue: { name: 'Ada' } });
        expect(res.http.status).toBe(400);
        const result = res.body.kind === 'single' ? res.body.singleResult : null;
        expect(result?.data).toBeUndefined();
        expect(result?.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/^masked: Variable "\$n"/), extensions: { code: 'BAD_USER_INPUT' } })]);
      }
      expect(execution.compiled).toBe(0);
    } finally {
      await apollo.stop();
    }
  });

  it('refuses a document whose operation cannot be told, as graphql-js does (400)', async () => {
    const { execution, apollo } = await serve();
    try {
      for (const [operationName, message] of [
        [undefined, /Must provide operation name/],
        ['C', /Unknown operation named "C"/],
      ] as const) {
        const res = await apollo.executeOperation({ query: 'query A { who } query B { who }', operationName }, { contextValue: { name: 'Ada' } });
        expect(res.http.status).toBe(400);
        const result = res.body.kind === 'single' ? res.body.singleResult : null;
        expect(result?.errors?.[0].message).toMatch(message);
      }
      expect(execution.compiled).toBe(0);
    } finally {
      await apollo.stop();
    }
  });

  it('leaves invalid operations to Apollo, which refuses them before execution', async () => {
    const { execution, apollo, run } = await serve();
    try {
      const result = await run('{ double }');
      expect(result.errors?.[0].message).toMatch(/argument "n"/);
      expect(execution.compiled).toBe(0);
    } finally {
      await apollo.stop();
    }
  });
});

