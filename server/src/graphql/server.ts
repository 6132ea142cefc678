import type http from 'node:http';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { NoSchemaIntrospectionCustomRule, specifiedRules, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { PublicContext } from '../modules/public-tracking/public-tracking.resolver';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '../logger';
import type { Services } from '../services';
import { bearerToken, createContext, type Context } from './context';
import { formatError } from './errors';
import type { InFlightOperations } from './in-flight';
import { compiledExecution } from './compiled-execution';
import { createDocumentCache } from './document-cache';
import { NextFrames, sendFrames } from './frames';
import { createSharedSubscribe } from './shared-execution';
import { publicGraphqlHandler } from '../http/public-graphql';

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
  clientIp: (req: http.IncomingMessage) => string,
  inFlight: InFlightOperations,
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
        return createContext(services, await resolvePrincipal(token), token, clientIp(ctx.extra.request));
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
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), drainWs, inFlight.plugin],
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
  /** Serves POST /public/graphql (see http/public-graphql.ts). */
  handle(req: http.IncomingMessage, res: http.ServerResponse): void;
  wsServer: WebSocketServer;
  /** Whether a new WebSocket from this address may open (a cap per address). */
  admit(ip: string): boolean;
  /** Subscription events executed so far (each once per distinct operation, not per page). */
  sharedExecutions(): number;
  /** Subscription results serialised so far (each once for all the sockets it goes to). */
  serialisedResults(): number;
  /** Frames sent straight from their event (see direct-source.ts) rather than through an iterator. */
  framesSentDirectly(): number;
  /** Subscription documents parsed so far (each text once while it stays in the cache). */
  parsedDocuments(): number;
  stop(): Promise<void>;
}

const MAX_SOCKETS_PER_IP = 50;
const MAX_TOKENS = 1500;
const KEEP_ALIVE_MS = 12_000;

/**
 * The public endpoint: its own schema, introspection only in development, no field
 * suggestions, depth/alias/cost/token limits, no batching, no stack traces; over WebSocket the
 * same validation, 64 KB messages at most, a connection-init timeout, a cap of sockets per
 * address and ping/pong keep-alive.
 */
export async function createPublicEndpoint(
  schema: GraphQLSchema,
  context: (ip: string) => PublicContext,
  log: Logger,
  introspection: boolean,
  clientIp: (req: http.IncomingMessage) => string,
  inFlight: InFlightOperations,
  /** Browser origins allowed to call the public API (the app's own origin is always fine). */
  origins: string[],
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
  const rules = [...armor.validationRules, ...(introspection ? [] : [NoSchemaIntrospectionCustomRule])];
  const execution = compiledExecution(schema);
  const apollo = new ApolloServer<PublicContext>({
    gateway: execution.gateway,
    introspection,
    csrfPrevention: true,
    stopOnTerminationSignals: false,
    ...armor,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: rules,
    formatError: (formatted, error) => formatError(formatted, error, log.error),
    // No cache hints are used: without the plugin no hook runs for every resolved field.
    plugins: [...armor.plugins, inFlight.plugin, ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  const handle = publicGraphqlHandler(apollo, async (req) => context(clientIp(req)), origins, log.error);

  const sockets = new Map<string, number>();
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  wsServer.on('connection', (ws: WebSocket, req: http.IncomingMessage) => {
    const ip = clientIp(req);
    sockets.set(ip, (sockets.get(ip) ?? 0) + 1);
    ws.on('close', () => {
      const left = (sockets.get(ip) ?? 1) - 1;
      if (left > 0) sockets.set(ip, left);
      else sockets.delete(ip);
    });
  });
  const shared = createSharedSubscribe(['token']);
  const documents = createDocumentCache(schema, [...specifiedRules, ...rules], { maxTokens: MAX_TOKENS });
  const frames = new NextFrames();
  const wsCleanup = useServer<Record<string, unknown>>(
    {
      schema,
      connectionInitWaitTimeout: 5_000,
      onSubscribe: (_ctx, _id, payload) => {
        const document = documents.operation(payload.query);
        if (!('kind' in document)) return document;
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
      },
      subscribe: shared.subscribe,
      // Results go out as frames built once for all subscribers (see frames.ts).
      onOperation: (ctx, id, _payload, _args, result) =>
        isAsyncIterable(result) ? sendFrames(ctx.extra.socket, id, result[Symbol.asyncIterator](), frames) : undefined,
      context: (ctx) => context(clientIp(ctx.extra.request)) as unknown as Record<string, unknown>,
      onError: (_ctx, _id, _payload, errors) => {
        log.debug('public ws errors', errors);
      },
    },
    wsServer,
    // graphql-ws pings every 12 s and closes a socket whose pong does not come back.
    KEEP_ALIVE_MS,
  );
  return {
    handle,
    wsServer,
    admit: (ip) => (sockets.get(ip) ?? 0) < MAX_SOCKETS_PER_IP,
    sharedExecutions: () => shared.executions,
    serialisedResults: () => frames.serialised,
    framesSentDirectly: () => frames.sentDirectly,
    parsedDocuments: () => documents.parsed,
    stop: async () => {
      await wsCleanup.dispose();
      await apollo.stop();
    },
  };
}

function isAsyncIterable(value: unknown): value is AsyncIterable<ExecutionResult> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
