import { lazy, StrictMode, Suspense, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ErrorPage } from './components/ErrorPage';
import { PageLoading } from './components/PageLoading';
import { trackingToken } from './features/tracking/trackingToken';
import './styles.css';

// Two apps share this entry, and each loads only its own code: the public tracking page
// (/t/<token>) gets React and its own chunk, never the router, Apollo Client or admin code;
// everything else goes to the router with the admin console. The server renders /t/<token>
// itself (tracking.server.tsx) and that HTML loads tracking.tsx instead; this entry's tracking
// branch serves the page where it is not server-rendered (the Vite dev server).
const TrackingPage = lazy(() => import('./features/tracking/TrackingPage'));
const AppRouter = lazy(() => import('./router'));

const container = document.getElementById('root');
if (!container) {
  throw new Error('index.html is missing the #root element');
}

const token = trackingToken(window.location.pathname);
let app: ReactNode;
if (token !== null) {
  // The router's errorElement is not there: catch a failed chunk load (e.g. after a deploy).
  app = (
    <ErrorBoundary fallback={<ErrorPage />}>
      <Suspense fallback={<PageLoading />}>
        <TrackingPage token={token} />
      </Suspense>
    </ErrorBoundary>
  );
} else {
  app = (
    <Suspense fallback={<PageLoading />}>
      <AppRouter />
    </Suspense>
  );
}

createRoot(container).render(<StrictMode>{app}</StrictMode>);
