import type http from 'node:http';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { NoSchemaIntrospectionCustomRule, type GraphQLSchema } from 'graphql';
import type { PublicContext } from '../modules/public-tracking/public-tracking.resolver';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Logger } from '../logger';
import type { Services } from '../services';
import { bearerToken, createContext, type Context } from './context';
import { formatError } from './errors';

export interface GraphqlEndpoint {
  middleware: ReturnType<typeof expressMiddleware>;
  wsServer: WebSocketServer;
  stop(): Promise<void>;
}

/** Apollo over HTTP and graphql-ws over WebSocket, both for the staff schema at /graphql. */
export async function createStaffEndpoint(
  schema: GraphQLSchema,
  services: Services,
  httpServer: http.Server,
  log: Logger,
  introspection: boolean,
): Promise<GraphqlEndpoint> {
  const resolvePrincipal = async (token: string | null) => (token ? services.auth.principalFor(token) : null);

  const wsServer = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const wsCleanup = useServer<Record<string, unknown>, { context?: Context }>(
    {
      schema,
      connectionInitWaitTimeout: 5_000,
      context: async (ctx) => {
        const raw = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        const token = bearerToken(typeof raw === 'string' ? raw : null);
        const ip = ctx.extra.request.socket.remoteAddress ?? '';
        return createContext(services, await resolvePrincipal(token), token, ip);
      },
      onError: (_ctx, _id, _payload, errors) => {
        log.debug('ws errors', errors);
      },
    },
    wsServer,
  );

  const drainWs: ApolloServerPlugin<BaseContext> = {
    async serverWillStart() {
      return {
        async drainServer() {
          await wsCleanup.dispose();
        },
      };
    },
  };

  const apollo = new ApolloServer<Context>({
    schema,
    introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGINT/SIGTERM and stops everything in order.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, error, log.error),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), drainWs],
  });
  await apollo.start();

  const middleware = expressMiddleware(apollo, {
    context: async ({ req }) => {
      const token = bearerToken(req.headers.authorization);
      return createContext(services, await resolvePrincipal(token), token, req.ip ?? '');
    },
  });
  return { middleware, wsServer, stop: () => apollo.stop() };
}

export interface PublicEndpoint {
  middleware: ReturnType<typeof expressMiddleware>;
  stop(): Promise<void>;
}

/**
 * The public endpoint: its own schema, introspection only in development, no field
 * suggestions, depth/alias/cost/token limits, no batching, no stack traces.
 */
export async function createPublicEndpoint(
  schema: GraphQLSchema,
  context: (ip: string) => PublicContext,
  log: Logger,
  introspection: boolean,
): Promise<PublicEndpoint> {
  const armor = new ApolloArmor({
    maxDepth: { n: 8 },
    maxAliases: { n: 3 },
    costLimit: { maxCost: 3000 },
    maxDirectives: { n: 10 },
    // Counted by the parser itself (parseOptions below): armor's own token check runs in a
    // plugin hook, where a syntax error surfaces as HTTP 500 instead of 400.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  const apollo = new ApolloServer<PublicContext>({
    schema,
    introspection,
    csrfPrevention: true,
    stopOnTerminationSignals: false,
    ...armor,
    parseOptions: { maxTokens: 1500 },
    validationRules: [...armor.validationRules, ...(introspection ? [] : [NoSchemaIntrospectionCustomRule])],
    formatError: (formatted, error) => formatError(formatted, error, log.error),
    plugins: [...armor.plugins],
  });
  await apollo.start();
  const middleware = expressMiddleware(apollo, { context: async ({ req }) => context(req.ip ?? '') });
  return { middleware, stop: () => apollo.stop() };
}
