import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLError, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { Topic } from '../bus/event-bus';
import type { Principal } from '../core/scope';
import type { LimitStore } from '../limits/limiter';
import type { Logger } from '../logger';
import type { Services } from '../services';
import { bearerToken, createContext, type Context, type SessionCookies } from './context';
import { errorStatusPlugin, formatError, rateLimitHeadersPlugin, formatErrors, serviceUnavailableError, unlessUnavailable } from './errors';
import type { InFlightOperations } from './in-flight';
import { cancelWhenGonePlugin } from './cancel-when-gone';
import { operationMetricsPlugin } from './operation-metrics';
import type { Metrics } from '../observability/metrics';
import { isDatabaseUnavailable } from '../db/availability';
import { compiledExecution } from '../adapters/graphql-jit/compiled-execution';
import { staffArmor, StaffRequestLimit } from './staff-limits';
import { StaffSockets } from './staff-sockets';

/** Staff answers are a signed-in user's data: never stored by a browser or a proxy. */
const noStorePlugin: ApolloServerPlugin<Context> = {
  requestDidStart: async () => ({
    willSendResponse: async ({ response }) => {
      response.http.headers.set('cache-control', 'no-store');
    },
  }),
};

/** The token a request came with: from `Authorization: Bearer`, or the console's session cookie. */
export interface StaffCredentials {
  token: string | null;
  /** The token is the session cookie's (the answer takes the cookie back when it has ended). */
  viaCookie: boolean;
}

export interface StaffEndpointOptions {
  limits: LimitStore;
  /** Requests per minute per session, API key or driver (per address when signed out). */
  requestsPerMinute: number;
  /**
   * The console's session token from a WebSocket upgrade's cookie, when the connection's
   * parameters carry its CSRF token (the HTTP layer knows the cookies); else null.
   */
  cookieSession(req: http.IncomingMessage, connectionParams: Record<string, unknown> | undefined): string | null;
}

export interface StaffEndpoint {
  /** Apollo for HTTP; the HTTP layer serves it at /graphql (http/app.ts). */
  apollo: ApolloServer<Context>;
  /**
   * The context of an HTTP request with these credentials from this address; RATE_LIMITED
   * (HTTP 429) when the caller is over its request limit.
   */
  context(credentials: StaffCredentials, ip: string, cookies: SessionCookies | null): Promise<Context>;
  /**
   * The errors (HTTP 400) of a POSTed query over the depth, alias or directive limits, found
   * before Apollo's own validation; none: hand it to Apollo.
   */
  precheck(query: unknown): GraphQLFormattedError[];
  /** graphql-ws on /graphql; the HTTP server hands it the upgrades. */
  wsServer: WebSocketServer;
  /** Whether a new WebSocket from this address may open (a cap on sockets not signed in). */
  admit(ip: string, req: http.IncomingMessage, socket: Duplex): boolean;
  sockets: StaffSockets;
  stop(): Promise<void>;
}

interface SocketState {
  principal: Principal | null;
  token: string | null;
  /** The token is not checked yet (the database was away when the socket opened). */
  pending: boolean;
}

/**
 * Apollo over HTTP and graphql-ws over WebSocket, both for the staff schema at /graphql, with
 * the same limits: depth, aliases, directives, tokens and answer size (staff-limits.ts), and
 * requests per caller. A WebSocket signs in with its first message (a bearer token, or the
 * console's cookie with its CSRF token) and is closed when those credentials end or expire.
 */
export async function createStaffEndpoint(
  schema: GraphQLSchema,
  services: Services,
  httpServer: http.Server,
  log: Logger,
  introspection: boolean,
  clientIp: (req: http.IncomingMessage) => string,
  inFlight: InFlightOperations,
  metrics: Metrics,
  options: StaffEndpointOptions,
): Promise<StaffEndpoint> {
  const armor = staffArmor(schema);
  const requests = new StaffRequestLimit(options.limits, options.requestsPerMinute);
  const sockets = new StaffSockets();
  const unsubscribe = await services.bus.subscribe(Topic.CREDENTIALS_ENDED, (credentials) => {
    const closed = sockets.end(credentials);
    if (closed) log.debug(`closed ${closed} staff socket(s): ${credentials.kind} ended`);
  });

  const context = async ({ token, viaCookie }: StaffCredentials, ip: string, cookies: SessionCookies | null) => {
    const principal = token ? await unlessUnavailable(() => services.auth.principalFor(token)) : null;
    // A cookie whose session has ended is taken back, so the console knows it is signed out.
    if (viaCookie && !principal) cookies?.clear();
    const standing = await requests.check(principal, ip);
    const ctx = createContext(services, principal, token, ip, metrics, cookies);
    ctx.rateLimit = { states: [standing] };
    return ctx;
  };

  const states = new WeakMap<object, SocketState>();
  /** Signs a socket in with its token, once; false while the database is away (ask again later). */
  const authenticate = async (ctx: { extra: { request: http.IncomingMessage; socket: WebSocket } }): Promise<boolean> => {
    const state = states.get(ctx);
    if (!state?.pending || !state.token) return true;
    try {
      const authenticated = await services.auth.authenticate(state.token);
      state.pending = false;
      state.principal = authenticated?.principal ?? null;
      if (authenticated) sockets.signedIn(ctx.extra.request, ctx.extra.socket, authenticated.principal, authenticated.expiresAt);
      return true;
    } catch (error) {
      if (isDatabaseUnavailable(error)) return false;
      throw error;
    }
  };
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const wsCleanup = useServer<Record<string, unknown>, { socket: WebSocket; request: http.IncomingMessage }>(
    {
      schema,
      connectionInitWaitTimeout: 5_000,
      onConnect: async (ctx) => {
        const raw = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        const token = bearerToken(typeof raw === 'string' ? raw : null) ?? options.cookieSession(ctx.extra.request, ctx.connectionParams);
        states.set(ctx, { principal: null, token, pending: token !== null });
        await authenticate(ctx);
        // Without credentials the socket stays open and each subscription says UNAUTHENTICATED;
        // it counts against its address's cap of unauthenticated sockets until it closes.
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        // A socket that opened while the database was away signs in at its first subscription.
        if (!(await authenticate(ctx))) return [serviceUnavailableError()];
        const state = states.get(ctx) ?? { principal: null, token: null, pending: false };
        const document = armor.check(payload.query, payload.variables, payload.operationName, state.principal !== null);
        if (!('kind' in document)) return [...document];
        try {
          await requests.check(state.principal, clientIp(ctx.extra.request));
        } catch (error) {
          return [error as GraphQLError];
        }
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: createContext(services, state.principal, state.token, clientIp(ctx.extra.request), metrics),
        };
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
          unsubscribe();
          await wsCleanup.dispose();
        },
      };
    },
  };

  // Operations run compiled (graphql-jit), their variables coerced by the compiled query: a
  // driver app's batch of a hundred positions cost more to coerce generically than to store.
  const execution = compiledExecution(schema, { variables: 'compiled' });
  const apollo = new ApolloServer<Context>({
    gateway: execution.gateway,
    introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGINT/SIGTERM and stops everything in order.
    stopOnTerminationSignals: false,
    parseOptions: armor.parseOptions,
    validationRules: armor.validationRules,
    formatError: (formatted, error) => formatError(formatted, error, log.error),
    plugins: [
      ...(armor.plugins as Array<ApolloServerPlugin<Context>>),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      drainWs,
      inFlight.plugin,
      errorStatusPlugin,
      rateLimitHeadersPlugin,
      operationMetricsPlugin('staff', metrics),
      // A staff query writes nothing: stopped when its client goes away.
      cancelWhenGonePlugin<Context>(() => true),
      // No cache hints on the staff schema: Apollo's cache-control plugin only wrapped every
      // resolved field (about 4 % of the server's time on the console's list) to conclude
      // "no-store", which every staff answer is.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin,
    ],
  });
  await apollo.start();
  return {
    apollo,
    context,
    precheck: armor.precheck,
    wsServer,
    admit: (ip, req, socket) => sockets.admit(ip, req, socket),
    sockets,
    stop: () => apollo.stop(),
  };
}
