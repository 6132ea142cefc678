import { useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Suspense, useEffect } from 'react';
import { Link, NavLink, Outlet } from 'react-router-dom';
import { sessionEnded as endSession } from '../../auth/session';
import { ME_QUERY } from './graphql';
import { MeContext } from './MeContext';
import { navigationFor } from './navigation';
import { WebhookBanner } from './settings/webhooks/WebhookBanner';
import { SignOutButton } from './SignOutButton';
import { ErrorState, Loading } from './ui/QueryStates';

function isUnauthenticated(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/** The signed-in shell: header, navigation for the user's role, and the current page. */
export function AdminLayout() {
  const { data, loading, error, refetch } = useQuery(ME_QUERY);
  const me = data?.me ?? null;
  const sessionEnded = isUnauthenticated(error);

  // The server no longer knows this session (expired or revoked): back to the sign-in page.
  useEffect(() => {
    if (sessionEnded) endSession();
  }, [sessionEnded]);

  const groups = me ? navigationFor(me.role) : [];
  return (
    <div className="admin">
      <header className="admin__header">
        <Link to="/admin" className="brand">
          Tracklink <span className="brand__tag">Admin</span>
        </Link>
        {me && (
          <div className="admin__user">
            <span className="admin__who">
              {me.email}
              {me.tenant ? ` · ${me.tenant.name}` : ''}
            </span>
            <SignOutButton />
          </div>
        )}
      </header>
      {me && (
        <nav className="admin__nav" aria-label="Main">
          <ul>
            {groups.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} className="admin__nav-link">
                  {item.group && <span className="admin__nav-group">{item.group} › </span>}
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main className="admin-page" id="main">
        {loading && <Loading>Loading your account…</Loading>}
        {error && !sessionEnded && (
          <>
            <ErrorState error={error} onRetry={() => void refetch()} />
            <SignOutButton />
          </>
        )}
        {me?.role === 'SUPER_ADMIN' && <WebhookBanner />}
        {me && (
          <MeContext.Provider value={me}>
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </MeContext.Provider>
        )}
      </main>
    </div>
  );
}
