import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { formatDateTime, humanize } from '../ui/format';
import { Empty, ErrorState, Loading } from '../ui/QueryStates';

export const FAILED_SIGN_INS_QUERY = graphql(`
  query FailedSignIns($after: String) {
    loginAttemptsConnection(failedOnly: true, first: 20, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          email
          ip
          outcome
          createdAt
        }
      }
    }
  }
`);

/** The latest failed sign-ins to the tenant's accounts, and the locks they caused. */
export function SignInAttemptsPanel() {
  const { data, loading, error, refetch, fetchMore } = useQuery(FAILED_SIGN_INS_QUERY, { fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const page = data?.loginAttemptsConnection;
  const attempts = page?.edges.map((e) => e.node) ?? [];
  return (
    <section className="card panel" aria-labelledby="sign-ins-title">
      <h2 id="sign-ins-title">Failed sign-ins</h2>
      {loading && !data && <Loading />}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && attempts.length === 0 && <Empty>No failed sign-ins.</Empty>}
      {attempts.length > 0 && (
        <ul className="plain-list">
          {attempts.map((a) => (
            <li key={a.id}>
              <strong>{a.email}</strong>{' '}
              {a.outcome === 'LOCKED' ? <span className="badge badge--revoked">Locked</span> : <span className="muted small">{humanize(a.outcome)}</span>}{' '}
              <span className="muted small">
                from {a.ip}, {formatDateTime(a.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {page?.pageInfo.hasNextPage && (
        <button type="button" className="button button--small" disabled={loading} onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } })}>
          Load more
        </button>
      )}
    </section>
  );
}
