import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { CSRF_HEADER, getCsrfToken, sessionEnded } from '../auth/session';
import introspection from '../gql/possibleTypes';
import { adminTypePolicies } from './typePolicies';

/** Admin GraphQL endpoint (same origin; the Vite dev server proxies it to the API). */
export const ADMIN_GRAPHQL_PATH = '/graphql';

/**
 * The session cookie goes with every request by itself; its CSRF token must be sent back for
 * the server to count it. Read per request, so sign-in/out apply at once.
 */
const csrfLink = new SetContextLink((prevContext) => {
  const csrf = getCsrfToken();
  if (!csrf) return {};
  return {
    headers: { ...prevContext.headers, [CSRF_HEADER]: csrf },
  };
});

/** graphql-ws's close code when the server ends a socket whose session ended or expired. */
const CLOSE_UNAUTHORIZED = 4401;

/** ws(s)://<this host>/graphql: the same origin as the page, like the HTTP endpoint. */
export function adminWebSocketUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${ADMIN_GRAPHQL_PATH}`;
}

/**
 * Subscriptions over graphql-ws. The socket opens with the first subscription and closes after
 * the last one ends (lazy); each connection sends the CSRF token current at that moment (the
 * session cookie goes with the upgrade). Closed as unauthorized: the session is over.
 */
function createWebSocketLink(): ApolloLink {
  return new GraphQLWsLink(
    createClient({
      url: adminWebSocketUrl(),
      lazy: true,
      connectionParams: () => {
        const csrf = getCsrfToken();
        return csrf ? { csrfToken: csrf } : {};
      },
      retryAttempts: Infinity,
      shouldRetry: (event) => (event as { code?: number } | null)?.code !== CLOSE_UNAUTHORIZED,
      on: {
        closed: (event) => {
          if ((event as { code?: number } | null)?.code === CLOSE_UNAUTHORIZED) sessionEnded();
        },
      },
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
    link: ApolloLink.from([csrfLink, createTransportLink()]),
    cache: createAdminCache(),
  });
}

/** The admin console's client. Import only from features/admin (never from public pages). */
export const adminClient = createAdminClient();
