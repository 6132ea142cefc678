import type { FieldPolicy, TypePolicies } from '@apollo/client';

interface Connection {
  edges: readonly unknown[];
  [key: string]: unknown;
}

/**
 * A cursor connection read page by page: one cache entry per filter (`keyArgs`); a page
 * fetched with `after` is appended, a page without it (first page, refetch) replaces the list.
 */
function cursorConnection(keyArgs: string[]): FieldPolicy<Connection, Connection> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
    },
  };
}

export const adminTypePolicies: TypePolicies = {
  Query: {
    fields: {
      consignments: cursorConnection(['filter']),
      outbox: cursorConnection(['status']),
      loginAttemptsConnection: cursorConnection(['userId', 'failedOnly']),
      apiKeysConnection: cursorConnection([]),
      tenantsConnection: cursorConnection([]),
    },
  },
  // Objects without an id of their own: the newest answer replaces the one cached.
  TrackingLinkTemplate: { merge: false },
  TrackingLinkOverrides: { merge: false },
  CustomerTrackingLinkTemplate: { keyFields: ['customer', ['id']] },
};
