import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, useParams } from 'react-router-dom';
import { NotFoundPage } from './components/NotFoundPage';
import { PageLoading } from './components/PageLoading';
import { RouteErrorPage } from './components/RouteErrorPage';

// Each area of the app is its own chunk, loaded on first visit. The public tracking chunk
// must never import anything from features/admin or apollo/adminClient: people following a
// tracking link get neither the admin code nor its authenticated API client.
// main.tsx sends a full page load of /t/<token> straight to the tracking page without this
// router; the /t/:token route below serves in-app navigation only.
const AdminApp = lazy(() => import('./features/admin/AdminApp'));
const TrackingPage = lazy(() => import('./features/tracking/TrackingPage'));

function lazyRoute(page: ReactNode): ReactNode {
  return <Suspense fallback={<PageLoading />}>{page}</Suspense>;
}

function TrackingRoute() {
  const { token = '' } = useParams();
  return lazyRoute(<TrackingPage token={token} />);
}

export const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
    children: [
      { path: '/', element: <Navigate to="/admin" replace /> },
      // AdminApp declares its own nested <Routes> under /admin.
      { path: '/admin/*', element: lazyRoute(<AdminApp />) },
      { path: '/t/:token', element: <TrackingRoute /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

/** The router with the admin console (main.tsx loads this chunk for every path but /t/<token>). */
export default function AppRouter() {
  return <RouterProvider router={router} />;
}
