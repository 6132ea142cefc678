import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { getSessionToken } from '../auth/session';
import introspection from '../gql/possibleTypes';
import { adminTypePolicies } from './typePolicies';

/** Admin GraphQL endpoint (same origin; the Vite dev server proxies it to the API). */
export const ADMIN_GRAPHQL_PATH = '/graphql';

/** Adds `Authorization: Bearer <token>` when signed in. Read per request, so sign-in/out apply at once. */
const authLink = new SetContextLink((prevContext) => {
  const token = getSessionToken();
  if (!token) return {};
  return {
    headers: { ...prevContext.headers, Authorization: `Bearer ${token}` },
  };
});

/** ws(s)://<this host>/graphql: the same origin as the page, like the HTTP endpoint. */
export function adminWebSocketUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${ADMIN_GRAPHQL_PATH}`;
}

/**
 * Subscriptions over graphql-ws. The socket opens with the first subscription and closes after
 * the last one ends (lazy); each connection sends the token current at that moment.
 */
function createWebSocketLink(): ApolloLink {
  return new GraphQLWsLink(
    createClient({
      url: adminWebSocketUrl(),
      lazy: true,
      connectionParams: () => {
        const token = getSessionToken();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
      retryAttempts: Infinity,
      shouldRetry: () => true,
    }),
  );
}

/** Subscriptions go over the WebSocket, queries and mutations over HTTP. */
function createTransportLink(): ApolloLink {
  const http = new HttpLink({ uri: ADMIN_GRAPHQL_PATH });
  if (typeof WebSocket === 'undefined') return http;
  return ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === OperationTypeNode.SUBSCRIPTION;
    },
    createWebSocketLink(),
    http,
  );
}

/**
 * `possibleTypes` (generated from the staff schema) lets the cache match fragments on
 * interfaces, such as SectionChoices, against the types that implement them.
 */
export function createAdminCache(): InMemoryCache {
  return new InMemoryCache({ possibleTypes: introspection.possibleTypes, typePolicies: adminTypePolicies });
}

export function createAdminClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([authLink, createTransportLink()]),
    cache: createAdminCache(),
  });
}

/** The admin console's client. Import only from features/admin (never from public pages). */
export const adminClient = createAdminClient();
