import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { errorMessage } from '../../apollo/errors';
import { clearSessionToken } from '../../auth/session';
import { ME_QUERY } from './graphql';
import { SignOutButton } from './SignOutButton';

export function AdminHome() {
  const { data, loading, error } = useQuery(ME_QUERY);
  const me = data?.me;
  const sessionEnded = !loading && !error && data !== undefined && me === null;

  // The server no longer knows this token (expired or revoked): sign out.
  useEffect(() => {
    if (sessionEnded) clearSessionToken();
  }, [sessionEnded]);

  if (loading) {
    return <p role="status">Loading your account…</p>;
  }
  if (error) {
    return (
      <section className="card">
        <p role="alert" className="form__error">
          {errorMessage(error)}
        </p>
        <SignOutButton />
      </section>
    );
  }
  if (!me) return null;

  return (
    <section className="card" aria-labelledby="admin-home-title">
      <h1 id="admin-home-title">Admin console</h1>
      <p>{`Signed in as ${me.email} (${me.role})`}</p>
      {me.tenant && <p className="muted">{`Tenant: ${me.tenant.name}`}</p>}
      <SignOutButton />
    </section>
  );
}
