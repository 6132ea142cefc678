import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { getSessionToken } from '../auth/session';

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

/**
 * The terminating link. Subscriptions will plug in here: a graphql-ws link on
 * ADMIN_GRAPHQL_PATH (token in connectionParams), chosen with `ApolloLink.split`
 * for subscription operations, HTTP for everything else.
 */
function createTransportLink(): ApolloLink {
  return new HttpLink({ uri: ADMIN_GRAPHQL_PATH });
}

export function createAdminClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([authLink, createTransportLink()]),
    cache: new InMemoryCache(),
  });
}

/** The admin console's client. Import only from features/admin (never from public pages). */
export const adminClient = createAdminClient();
