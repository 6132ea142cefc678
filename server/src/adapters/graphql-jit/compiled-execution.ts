import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, getVariableValues, GraphQLError, printSchema, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

export interface CompiledExecution {
  /** Handed to Apollo as its `gateway`: Apollo still parses, validates and formats; this executes. */
  gateway: GatewayInterface;
  /** Operations compiled so far (each once while it stays in the cache). */
  readonly compiled: number;
}

/**
 * Executes operations as JavaScript compiled once per operation (graphql-jit) instead of
 * walking the document for every request: the public page resolves some 370 fields, and
 * graphql-js spends more on walking them than the resolvers do. Apollo Server takes a custom
 * executor only through its `gateway` option; nothing federated is involved.
 */
export interface CompiledExecutionOptions {
  /** Operations kept compiled (least recently used first out). */
  max?: number;
  /**
   * Who checks the variables first. `graphql-js` (the default): graphql-js, then the compiled
   * query again. `compiled`: the compiled query alone (graphql-jit compiles the coercion too,
   * which for a batch of a hundred input objects is several times cheaper); only when it
   * refuses them does graphql-js check them again, so that the errors are graphql-js's own
   * (Apollo answers 400 BAD_USER_INPUT naming the variable), and where graphql-js accepts what
   * the compiled query refused, graphql-js executes the operation.
   */
  variables?: 'graphql-js' | 'compiled';
}

export function compiledExecution(schema: GraphQLSchema, options: CompiledExecutionOptions = {}): CompiledExecution {
  const cache = new LRUCache<string, CompiledQuery>({ max: options.max ?? 500 });
  const checkFirst = (options.variables ?? 'graphql-js') === 'graphql-js';
  let compiled = 0;
  const executor: GatewayExecutor = async (request) => {
    const variables = request.request.variables ?? {};
    // No operation to run (several and none named, or an unknown name): graphql-js says which,
    // before running anything, and Apollo answers 400.
    if (!request.operation) return execute({ schema, document: request.document, operationName: request.request.operationName, variableValues: variables }) as ExecutionResult;
    // Variables are checked as graphql-js checks them, so that Apollo recognises a bad one and
    // answers 400 BAD_USER_INPUT naming it; the compiled query then takes them as sent.
    const graphqlJsCheck = () => getVariableValues(schema, request.operation!.variableDefinitions ?? [], variables, { maxErrors: 10 });
    if (checkFirst) {
      const checked = graphqlJsCheck();
      if (checked.errors) return { errors: checked.errors };
    }
    const key = `${request.queryHash}\n${request.operationName ?? ''}`;
    let query = cache.get(key);
    if (!query) {
      const result = compileQuery(schema, request.document, request.operationName ?? undefined);
      if (!isCompiledQuery(result)) return result as ExecutionResult;
      query = result;
      cache.set(key, query);
      compiled++;
    }
    const result = await (query.query(undefined, request.context, variables) as ExecutionResult | Promise<ExecutionResult>);
    if (!checkFirst && !('data' in result) && result.errors?.length) {
      // The compiled query refused the variables (it runs nothing then): graphql-js's errors,
      // or graphql-js's execution where it takes them.
      const checked = graphqlJsCheck();
      if (checked.errors) return { errors: checked.errors };
      return execute({ schema, document: request.document, operationName: request.request.operationName, variableValues: variables, contextValue: request.context }) as ExecutionResult;
    }
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
  const listeners = new Set<Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0]>();
  const gateway: GatewayInterface = {
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    load: async () => {
      // The schema never changes: Apollo hears of it once, as it would from a gateway's load.
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return { executor };
    },
    stop: async () => undefined,
  };
  return {
    gateway,
    get compiled() {
      return compiled;
    },
  };
}

/**
 * graphql-jit's errors are look-alikes with a read-only message; plugins that rewrite messages
 * (the public endpoint masks field suggestions) need graphql-js's own.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions });
  if (error.locations) (copy as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return copy;
}
