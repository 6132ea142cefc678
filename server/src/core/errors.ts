/**
 * Domain errors: a closed set of codes that say what went wrong in the domain's terms. They know
 * nothing of HTTP or GraphQL; each endpoint maps them once at its edge (graphql/errors.ts).
 */
export const DOMAIN_ERROR_CODES = [
  /** A value the caller sent is wrong; `field` names it. */
  'INVALID_INPUT',
  /** A status change the life cycle does not allow. */
  'INVALID_TRANSITION',
  /** No (valid) credentials came with the request. */
  'UNAUTHENTICATED',
  /** A sign-in with a wrong email or password. */
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  /** A reference that must be unique in the tenant is taken. */
  'DUPLICATE_REFERENCE',
  /** Too many requests; `retryAfter` says when to come back. */
  'RATE_LIMITED',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** The input path of the offending value, e.g. "input.consignments[0].stops[1].latitude". */
    readonly field?: string,
    /** For RATE_LIMITED: seconds until the client may try again. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalid = (field: string, message: string) => new DomainError('INVALID_INPUT', `${field}: ${message}`, field);
export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} not found`);
export const forbidden = (message: string, field?: string) => new DomainError('FORBIDDEN', message, field);
export const conflict = (message: string, field?: string) => new DomainError('CONFLICT', message, field);
export const rateLimited = (retryAfter: number) =>
  new DomainError('RATE_LIMITED', `Too many requests; try again in ${retryAfter} s`, undefined, retryAfter);
