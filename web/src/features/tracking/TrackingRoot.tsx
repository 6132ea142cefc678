import { StrictMode } from 'react';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { ErrorPage } from '../../components/ErrorPage';
import type { FormattedTexts } from '../../i18n';
import type { InitialTracking } from './initialTracking';
import TrackingPage from './TrackingPage';

/**
 * The whole of a server-rendered tracking page: the server renders this tree
 * (tracking.server.tsx) and the browser hydrates the very same one (tracking.tsx).
 */
export function TrackingRoot({
  token,
  initial,
  recordTexts,
}: {
  token: string;
  initial: InitialTracking | undefined;
  /** The server's: where the page's formatted texts are recorded (TrackingPage). */
  recordTexts?: FormattedTexts;
}) {
  return (
    <StrictMode>
      <ErrorBoundary fallback={<ErrorPage />}>
        <TrackingPage token={token} initial={initial} recordTexts={recordTexts} />
      </ErrorBoundary>
    </StrictMode>
  );
}
