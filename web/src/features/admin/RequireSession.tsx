import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useSessionToken } from '../../auth/useSessionToken';

/** Renders the nested admin routes when signed in; otherwise sends the user to the login page. */
export function RequireSession() {
  const token = useSessionToken();
  const location = useLocation();
  if (!token) {
    return <Navigate to="/admin/login" replace state={{ from: location.pathname }} />;
  }
  return <Outlet />;
}
