import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/** Domain error codes, each mapped once to the GraphQL error code clients see. */
const CODES = {
  INVALID_INPUT: 'BAD_USER_INPUT',
  INVALID_TRANSITION: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  INVALID_CREDENTIALS: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  DUPLICATE_REFERENCE: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
} as const;

export type AppErrorCode = keyof typeof CODES;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** The input path of the offending value, e.g. "input.consignments[0].stops[1].latitude". */
    readonly field?: string,
    /** For RATE_LIMITED: seconds until the client may try again. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get graphqlCode(): string {
    return CODES[this.code];
  }

  /** Read by graphql-js when it wraps this error, and by Apollo for the HTTP status. */
  get extensions(): Record<string, unknown> {
    return this.code === 'RATE_LIMITED' ? { code: this.graphqlCode, http: { status: 429 } } : { code: this.graphqlCode };
  }
}

export const invalid = (field: string, message: string) => new AppError('INVALID_INPUT', `${field}: ${message}`, field);
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);

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
]);

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
  if (original instanceof AppError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: original.graphqlCode,
        reason: original.code,
        ...(original.field ? { field: original.field } : {}),
        ...(original.retryAfter ? { retryAfter: original.retryAfter } : {}),
      },
    };
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
