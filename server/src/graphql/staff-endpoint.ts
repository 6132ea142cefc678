import type http from 'node:http';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Logger } from '../logger';
import type { Services } from '../services';
import { bearerToken, createContext, type Context } from './context';
import { errorStatusPlugin, formatError, formatErrors, unlessUnavailable } from './errors';
import type { InFlightOperations } from './in-flight';
import { operationMetricsPlugin } from './operation-metrics';
import type { Metrics } from '../observability/metrics';

export interface StaffEndpoint {
  /** Apollo for HTTP; the HTTP layer serves it at /graphql (http/app.ts). */
  apollo: ApolloServer<Context>;
  /** The context of an HTTP request with this bearer token from this address. */
  context(token: string | null, ip: string): Promise<Context>;
  /** graphql-ws on /graphql; the HTTP server hands it the upgrades. */
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
  metrics: Metrics,
): Promise<StaffEndpoint> {
  const context = async (token: string | null, ip: string) =>
    createContext(services, token ? await unlessUnavailable(() => services.auth.principalFor(token)) : null, token, ip, metrics);

  const wsServer = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const wsCleanup = useServer<Record<string, unknown>, { context?: Context }>(
    {
      schema,
      connectionInitWaitTimeout: 5_000,
      // The context is made here rather than in graphql-ws's `context` hook, so that a failure
      // to make it (the database away) answers the subscription with an error instead of
      // closing the socket as an internal error.
      onSubscribe: async (ctx, _id, payload) => {
        const raw = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        let contextValue: Context;
        let document: DocumentNode;
        try {
          contextValue = await context(bearerToken(typeof raw === 'string' ? raw : null), clientIp(ctx.extra.request));
          document = parse(payload.query);
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const errors = validate(schema, document);
        if (errors.length) return errors;
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
      },
      onError: (_ctx, _id, _payload, errors) => {
        log.debug('ws errors', errors);
        return formatErrors(errors, log.error);
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: formatErrors(result.errors, log.error) } : undefined,
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
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), drainWs, inFlight.plugin, errorStatusPlugin, operationMetricsPlugin('staff', metrics)],
  });
  await apollo.start();
  return { apollo, context, wsServer, stop: () => apollo.stop() };
}
