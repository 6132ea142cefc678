import { useRouteError } from 'react-router-dom';

/** Catches render errors and failed chunk loads (e.g. a stale tab after a deploy). */
export function RouteErrorPage() {
  const error = useRouteError();
  if (import.meta.env.DEV) {
    console.error(error);
  }
  return (
    <main className="page page--centered">
      <h1>Something went wrong</h1>
      <p role="alert">This page could not be shown.</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Reload page
      </button>
    </main>
  );
}
