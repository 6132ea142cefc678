import { Navigate, Outlet } from 'react-router-dom';
import type { Role } from '../../gql/graphql';
import { useMe } from './MeContext';
import { homeFor } from './navigation';

/** Renders the nested routes for the given roles; anyone else goes to their own home page. */
export function RequireRole({ roles }: { roles: Role[] }) {
  const me = useMe();
  if (!roles.includes(me.role)) return <Navigate to={homeFor(me.role)} replace />;
  return <Outlet />;
}

/** /admin itself: each role's first page. */
export function RoleHome() {
  const me = useMe();
  return <Navigate to={homeFor(me.role)} replace />;
}
