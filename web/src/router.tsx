import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate } from 'react-router-dom';
import { NotFoundPage } from './components/NotFoundPage';
import { PageLoading } from './components/PageLoading';
import { RouteErrorPage } from './components/RouteErrorPage';

// Each area of the app is its own chunk, loaded on first visit. The public tracking chunk
// must never import anything from features/admin or apollo/adminClient: people following a
// tracking link get neither the admin code nor its authenticated API client.
const AdminApp = lazy(() => import('./features/admin/AdminApp'));
const TrackingPage = lazy(() => import('./features/tracking/TrackingPage'));

function lazyRoute(page: ReactNode): ReactNode {
  return <Suspense fallback={<PageLoading />}>{page}</Suspense>;
}

export const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
    children: [
      { path: '/', element: <Navigate to="/admin" replace /> },
      // AdminApp declares its own nested <Routes> under /admin.
      { path: '/admin/*', element: lazyRoute(<AdminApp />) },
      { path: '/t/:token', element: lazyRoute(<TrackingPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
