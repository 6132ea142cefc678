import { rateLimitFields, RATE_LIMIT_HEADER, RATE_LIMIT_POLICY_HEADER, type RateLimitSlot } from '../limits/rate-limit-fields';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, type DomainErrorCode } from '../core/errors';
import { isDatabaseUnavailable } from '../db/availability';
import { currentRequest } from '../observability/request-context';

/** Each domain error code, mapped once to the GraphQL error code clients see. */
const GRAPHQL_CODES: Record<DomainErrorCode, string> = {
  INVALID_INPUT: 'BAD_USER_INPUT',
  INVALID_TRANSITION: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  INVALID_CREDENTIALS: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  DUPLICATE_REFERENCE: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
};

/** Domain errors that decide the HTTP status of the whole answer. */
const HTTP_STATUS: Partial<Record<DomainErrorCode, number>> = { RATE_LIMITED: 429 };

export const graphqlCodeOf = (code: DomainErrorCode): string => GRAPHQL_CODES[code];

/** How long clients are asked to wait while the database is away. */
const UNAVAILABLE_RETRY_AFTER_S = 5;
const UNAVAILABLE: GraphQLFormattedError['extensions'] = { code: 'SERVICE_UNAVAILABLE', retryAfter: UNAVAILABLE_RETRY_AFTER_S };
const UNAVAILABLE_MESSAGE = 'Tracklink is unavailable for a moment; try again shortly';

/** What a request gets when the database cannot be reached before it could even start. */
export function serviceUnavailableError(): GraphQLError {
  return new GraphQLError(UNAVAILABLE_MESSAGE, {
    extensions: { ...UNAVAILABLE, http: { status: 503, headers: new HeaderMap([['retry-after', String(UNAVAILABLE_RETRY_AFTER_S)]]) } },
  });
}

/** Runs `work`, turning "the database is away" into the 503 answer above. */
export async function unlessUnavailable<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw serviceUnavailableError();
    throw error;
  }
}

/** Data exceptions: values PostgreSQL cannot store (NUL in text, numbers and times out of range). */
const UNSTORABLE = new Set(['22001', '22003', '22007', '22008', '22021', '22P02', '22P05']);

/** The SQLSTATE of a failed statement (pg's own error, or TypeORM's wrapping of it). */
function sqlStateOf(error: unknown): string | undefined {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** Error codes GraphQL itself produces for malformed requests; passed through as they are. */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
]);

/**
 * RATE_LIMITED before any resolver runs (e.g. from the context): HTTP 429 with Retry-After and,
 * given where the caller stands, the RateLimit-Policy and RateLimit fields, which the error
 * also carries as `extensions.rateLimit` (a WebSocket's messages have no headers).
 */
export function rateLimitedError(retryAfter: number, fields?: { policy: string; state: string }): GraphQLError {
  const headers: Array<[string, string]> = [['retry-after', String(retryAfter)]];
  if (fields) headers.push([RATE_LIMIT_POLICY_HEADER.toLowerCase(), fields.policy], [RATE_LIMIT_HEADER.toLowerCase(), fields.state]);
  return new GraphQLError(`Too many requests; try again in ${retryAfter} s`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfter,
      ...(fields ? { rateLimit: fields } : {}),
      http: { status: 429, headers: new HeaderMap(headers) },
    },
  });
}

/**
 * A RATE_LIMITED error of a subscription refused at its start, as a socket gets it: with where
 * the caller stands (`extensions.rateLimit`, the values of the RateLimit-Policy and RateLimit
 * fields an HTTP answer would carry).
 */
export function withRateLimitStanding(errors: readonly GraphQLFormattedError[], slot: RateLimitSlot | undefined): GraphQLFormattedError[] {
  const states = slot?.states;
  if (!states?.length) return [...errors];
  return errors.map((e) => (e.extensions?.code === 'RATE_LIMITED' && !e.extensions.rateLimit ? { ...e, extensions: { ...e.extensions, rateLimit: rateLimitFields(states) } } : e));
}

/** A domain error as clients see it: its message, its GraphQL code, and the field or wait it names. */
export function domainErrorExtensions(error: DomainError): Record<string, unknown> {
  return {
    code: GRAPHQL_CODES[error.code],
    reason: error.code,
    ...(error.field ? { field: error.field } : {}),
    ...(error.retryAfter ? { retryAfter: error.retryAfter } : {}),
  };
}

/**
 * The one place errors leave the server: domain errors keep their message and code; anything
 * unexpected becomes a generic INTERNAL_SERVER_ERROR (logged here, never sent: no stack, no SQL).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (...args: unknown[]) => void,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (currentRequest()?.abandonment?.gone) {
    // Its client went away and its connection was closed for it (http/observe.ts): not a fault,
    // and nobody reads the answer.
    return { message: 'The request was stopped: its client went away', extensions: { code: 'CLIENT_GONE' } };
  }
  if (original instanceof DomainError) {
    return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: domainErrorExtensions(original) };
  }
  if (isDatabaseUnavailable(original)) {
    // Told once by the readiness check (the logger hears of it), not as a bug per request.
    log(original);
    return { message: UNAVAILABLE_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: UNAVAILABLE };
  }
  if (formatted.extensions?.code === 'SERVICE_UNAVAILABLE') return { message: UNAVAILABLE_MESSAGE, extensions: UNAVAILABLE };
  const sqlState = sqlStateOf(original);
  if (sqlState && UNSTORABLE.has(sqlState)) {
    // A value every check let through but the database cannot store (a backstop: checks name
    // the field; this cannot).
    return { message: 'A value in the input cannot be stored (out of range, or a character text may not hold)', locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (sqlState === '57014') {
    // Cancelled by the statement timeout (DB_STATEMENT_TIMEOUT_MS): the caller's request, not a bug.
    log('statement cancelled by the statement timeout', formatted.path?.join('.') ?? '');
    return {
      message: 'This request took too long and was stopped; narrow the filter or the search, or try again',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'TIMEOUT' },
    };
  }
  if (sqlState === '23505') {
    // A unique constraint caught a race the service's own check could not see.
    return {
      message: 'This conflicts with a change made at the same moment; reload and try again',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'CONFLICT' },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (original instanceof GraphQLError && !original.originalError) {
    // Errors raised by graphql-js itself (e.g. a non-null field resolved to null).
    log('graphql error:', original.message);
  } else {
    log('unexpected error:', original);
  }
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * Formats errors for graphql-ws frames the way `formatError` does for HTTP answers. Errors of
 * the request itself (syntax, validation, variables: graphql-js's own, with no error under them)
 * go as graphql-js writes them; what a resolver or a subscription's source threw is mapped.
 */
export function formatErrors(errors: readonly GraphQLError[], log: (...args: unknown[]) => void): GraphQLFormattedError[] {
  return errors.map((error) => {
    if (error.extensions.code === 'SERVICE_UNAVAILABLE') return { message: UNAVAILABLE_MESSAGE, extensions: UNAVAILABLE };
    if (error.originalError) return formatError(error.toJSON(), error, log);
    // What an HTTP answer takes from `extensions.http` (status, headers) means nothing on a socket.
    const { http: _http, ...extensions } = error.extensions;
    return { ...error.toJSON(), extensions };
  });
}

/**
 * Gives an HTTP answer the status (and Retry-After) its errors call for: 429 for a rate limit,
 * 503 while the database is away.
 */
export const errorStatusPlugin: ApolloServerPlugin<BaseContext> = {
  requestDidStart: async () => ({
    willSendResponse: async ({ errors, response }) => {
      if (!errors?.length) return;
      for (const error of errors) {
        const original = unwrapResolverError(error);
        if (isDatabaseUnavailable(original)) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(UNAVAILABLE_RETRY_AFTER_S));
          return;
        }
        if (!(original instanceof DomainError)) continue;
        const status = HTTP_STATUS[original.code];
        if (!status) continue;
        response.http.status = status;
        if (original.retryAfter) response.http.headers.set('retry-after', String(original.retryAfter));
        return;
      }
    },
  }),
};

/** The RateLimit-Policy and RateLimit headers of an answer, from where its caller stands (context.rateLimit). */
export const rateLimitHeadersPlugin: ApolloServerPlugin<BaseContext> = {
  requestDidStart: async () => ({
    willSendResponse: async ({ contextValue, response }) => {
      const states = (contextValue as { rateLimit?: RateLimitSlot }).rateLimit?.states;
      if (!states?.length) return;
      const { policy, state } = rateLimitFields(states);
      response.http.headers.set(RATE_LIMIT_POLICY_HEADER.toLowerCase(), policy);
      response.http.headers.set(RATE_LIMIT_HEADER.toLowerCase(), state);
    },
  }),
};

/** How an operation ended, for metrics: the worst of its errors. */
export function outcomeOf(errors: readonly GraphQLError[] | undefined): 'ok' | 'error' | 'unavailable' | 'rate_limited' {
  if (!errors?.length) return 'ok';
  let outcome: 'error' | 'rate_limited' = 'error';
  for (const error of errors) {
    const original = unwrapResolverError(error);
    if (isDatabaseUnavailable(original) || error.extensions.code === 'SERVICE_UNAVAILABLE') return 'unavailable';
    if (original instanceof DomainError && original.code === 'RATE_LIMITED') outcome = 'rate_limited';
  }
  return outcome;
}
