import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { formatDateTime, humanize } from '../ui/format';
import { Empty, ErrorState, Loading } from '../ui/QueryStates';

const FAILED_SIGN_INS_QUERY = graphql(`
  query FailedSignIns {
    loginAttempts(failedOnly: true, first: 20) {
      id
      email
      ip
      outcome
      createdAt
    }
  }
`);

/** The latest failed sign-ins to the tenant's accounts, and the locks they caused. */
export function SignInAttemptsPanel() {
  const { data, loading, error, refetch } = useQuery(FAILED_SIGN_INS_QUERY, { fetchPolicy: 'cache-and-network' });
  const attempts = data?.loginAttempts ?? [];
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
    </section>
  );
}
