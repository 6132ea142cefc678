import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { NoSchemaIntrospectionCustomRule, specifiedRules, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { compiledExecution } from '../../adapters/graphql-jit/compiled-execution';
import { NextFrames, sendFrames } from '../../adapters/graphql-ws/frames';
import type { SharedSocketCount } from '../../limits/socket-count';
import type { Logger } from '../../logger';
import { errorStatusPlugin, formatError, formatErrors, rateLimitHeadersPlugin, withRateLimitStanding } from '../errors';
import type { InFlightOperations } from '../in-flight';
import { cancelWhenGonePlugin } from '../cancel-when-gone';
import { operationMetricsPlugin } from '../operation-metrics';
import type { Metrics } from '../../observability/metrics';
import type { PublicContext } from './context';
import { createDocumentCache } from './document-cache';
import { createSharedSubscribe } from './shared-execution';

export interface PublicEndpoint {
  /** Apollo for HTTP; the HTTP layer serves it at /public/graphql (http/public-graphql.ts). */
  apollo: ApolloServer<PublicContext>;
  /** The context of a request from this client address. */
  context(ip: string): PublicContext;
  /** graphql-ws on /public/graphql; the HTTP server hands it the upgrades. */
  wsServer: WebSocketServer;
  /**
   * Whether a new WebSocket from this address may open (a cap per address, over every replica
   * when the limits are in Redis); a slot taken is given back when the socket closes.
   */
  admit(ip: string, socket: Duplex): Promise<boolean>;
  /** Closes every open page's socket: live updates cannot reach them now (the pages poll and reconnect). */
  closeSockets(code: number, reason: string): void;
  /** Subscription events executed so far (each once per distinct operation, not per page). */
  sharedExecutions(): number;
  /** Subscription results serialised so far (each once for all the sockets it goes to). */
  serialisedResults(): number;
  /** Frames sent straight from their event (see core/direct-source.ts) rather than through an iterator. */
  framesSentDirectly(): number;
  /** Subscription documents parsed so far (each text once while it stays in the cache). */
  parsedDocuments(): number;
  stop(): Promise<void>;
}

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
  metrics: Metrics,
  sockets: SharedSocketCount,
): Promise<PublicEndpoint> {
  const armor = new ApolloArmor({
    // The page's own documents reach 9: the page's fields are one fragment, spread in the page,
    // in a live update's page and in an order page's consignments.
    maxDepth: { n: 10 },
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
    plugins: [
      ...armor.plugins,
      inFlight.plugin,
      errorStatusPlugin,
      rateLimitHeadersPlugin,
      operationMetricsPlugin('public', metrics),
      // The page rendered on the server counts no view, so it writes nothing: stopped when its
      // client goes away. The running page's query counts one, and runs to its end.
      cancelWhenGonePlugin<PublicContext>((ctx) => !ctx.countViews),
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  const wsServer = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const shared = createSharedSubscribe(['token']);
  const documents = createDocumentCache(schema, [...specifiedRules, ...rules], { maxTokens: MAX_TOKENS });
  const frames = new NextFrames((errors) => formatErrors(errors, log.error));
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
      // Results go out as frames built once for all subscribers (see adapters/graphql-ws/frames.ts).
      onOperation: (ctx, id, _payload, _args, result) =>
        isAsyncIterable(result) ? sendFrames(ctx.extra.socket, id, result[Symbol.asyncIterator](), frames) : undefined,
      context: (ctx) => context(clientIp(ctx.extra.request)),
      onError: (_ctx, _id, _payload, errors) => {
        log.debug('public ws errors', errors);
        return formatErrors(errors, log.error);
      },
      // A subscription refused at its start (limits, an outage) answers with one result; a
      // refusal by the limits tells where the address stands, as an HTTP answer's headers would.
      onNext: (_ctx, _id, _payload, args, result) =>
        result.errors ? { ...result, errors: withRateLimitStanding(formatErrors(result.errors, log.error), (args.contextValue as Partial<PublicContext>).rateLimit) } : undefined,
    },
    wsServer,
    // graphql-ws pings every 12 s and closes a socket whose pong does not come back.
    KEEP_ALIVE_MS,
  );
  return {
    apollo,
    context,
    wsServer,
    admit: async (ip, socket) => {
      const release = await sockets.open(ip);
      if (!release) return false;
      // The upgrade's own socket: its close frees the slot, whether the upgrade completed or not.
      if (socket.destroyed) release();
      else socket.once('close', release);
      return !socket.destroyed;
    },
    closeSockets: (code, reason) => {
      for (const socket of wsServer.clients) socket.close(code, reason);
    },
    sharedExecutions: () => shared.executions,
    serialisedResults: () => frames.serialised,
    framesSentDirectly: () => frames.sentDirectly,
    parsedDocuments: () => documents.parsed,
    stop: async () => {
      await wsCleanup.dispose();
      await apollo.stop();
      sockets.stop();
    },
  };
}

function isAsyncIterable(value: unknown): value is AsyncIterable<ExecutionResult> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
