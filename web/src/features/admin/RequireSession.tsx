import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useSignedIn } from '../../auth/useSignedIn';

/** Renders the nested admin routes when signed in; otherwise sends the user to the login page. */
export function RequireSession() {
  const signedIn = useSignedIn();
  const location = useLocation();
  if (!signedIn) {
    return <Navigate to="/admin/login" replace state={{ from: location.pathname }} />;
  }
  return <Outlet />;
}
