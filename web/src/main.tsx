import { lazy, StrictMode, Suspense, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ErrorPage } from './components/ErrorPage';
import { PageLoading } from './components/PageLoading';
import './styles.css';

// Two apps share this entry, and each loads only its own code: the public tracking page
// (/t/<token>) gets React and its own chunk, never the router, Apollo Client or admin code;
// everything else goes to the router with the admin console.
const TrackingPage = lazy(() => import('./features/tracking/TrackingPage'));
const AppRouter = lazy(() => import('./router'));

/** The token of a /t/<token> path, or null for any other path. */
function trackingToken(pathname: string): string | null {
  const match = /^\/t\/([^/]+)\/?$/.exec(pathname);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

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
