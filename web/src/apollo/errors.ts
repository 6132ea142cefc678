import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** A message fit to show a person, from whatever an Apollo operation failed with. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const messages = error.errors.map((e) => e.message).filter(Boolean);
    if (messages.length > 0) return messages.join(' ');
  }
  if (ServerError.is(error)) {
    return `The server could not handle the request (HTTP ${error.statusCode}). Try again later.`;
  }
  if (error instanceof TypeError) {
    // fetch() rejects with a TypeError when the network or server is unreachable.
    return 'Could not reach the server. Check your connection and try again.';
  }
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Try again.';
}
