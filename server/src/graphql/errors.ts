import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, type DomainErrorCode } from '../core/errors';

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

/** RATE_LIMITED before any resolver runs (e.g. from the context): HTTP 429 with Retry-After. */
export function rateLimitedError(retryAfter: number): GraphQLError {
  return new GraphQLError(`Too many requests; try again in ${retryAfter} s`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfter,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
    },
  });
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
  if (original instanceof DomainError) {
    return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: domainErrorExtensions(original) };
  }
  if ((original as { code?: string } | null)?.code === '23505') {
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
  return errors.map((error) => (error.originalError ? formatError(error.toJSON(), error, log) : error.toJSON()));
}

/** Gives an HTTP answer the status (and Retry-After) its domain errors call for, e.g. 429. */
export const domainErrorStatusPlugin: ApolloServerPlugin<BaseContext> = {
  requestDidStart: async () => ({
    willSendResponse: async ({ errors, response }) => {
      if (!errors?.length) return;
      for (const error of errors) {
        const original = unwrapResolverError(error);
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
