import { CombinedGraphQLErrors } from '@apollo/client/errors';

/**
 * API errors that name an input field (`extensions.field`, e.g.
 * "input.consignments[0].stops[1].latitude"), by that path. Forms show each next to its field.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const byField: Record<string, string> = {};
  if (!CombinedGraphQLErrors.is(error)) return byField;
  for (const e of error.errors) {
    const field = e.extensions?.field ?? variablePath(e.message);
    if (typeof field === 'string' && field && !byField[field]) {
      // The server prefixes the message with the field's path; next to the field it is noise.
      byField[field] = e.message.startsWith(`${field}: `) ? e.message.slice(field.length + 2) : e.message;
    }
  }
  return byField;
}

/**
 * graphql-js rejects a bad variable before any resolver runs, naming the spot only in words:
 * 'Variable "$input" got invalid value null at "input.stops[0].latitude"; Expected ...'.
 */
function variablePath(message: string): string | undefined {
  const match = /^Variable "\$\w+" got invalid value .* at "([^"]+)"/.exec(message);
  return match?.[1];
}
