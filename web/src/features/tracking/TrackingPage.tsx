// Public tracking page for /t/:token (its own lazy chunk). It must stay independent of the
// admin console: no imports from features/admin, apollo/, auth/ or react-router.
import { useEffect, useMemo, type CSSProperties } from 'react';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { ErrorPage } from '../../components/ErrorPage';
import { browserLanguage, I18nProvider, interpolate, messagesFor, useI18n } from '../../i18n';
import { brandTheme } from './brand';
import { CargoSection } from './CargoSection';
import { DetailsSection } from './DetailsSection';
import { loadTrackingMap, MapSection } from './MapSection';
import { NotesSection } from './NotesSection';
import { PalletScansSection } from './PalletScansSection';
import { PhotosSection } from './PhotosSection';
import { StatusSection } from './StatusSection';
import { StopsSection } from './StopsSection';
import { TrackingHeader } from './TrackingHeader';
import type { Connection } from './trackingState';
import { ErrorState, LoadingState, UnavailableState } from './TrackingStates';
import { useNow } from './useNow';
import { useTrackingUpdates } from './useTrackingUpdates';
import type { TrackingPage as TrackingPageData } from './wire';
import './tracking.css';

/** Adds a <meta> for as long as the page is shown (the server sends the same as headers). */
function useMeta(name: string, content: string) {
  useEffect(() => {
    const meta = document.createElement('meta');
    meta.name = name;
    meta.content = content;
    document.head.append(meta);
    return () => meta.remove();
  }, [name, content]);
}

/** Whether any section of the second column has something to show. */
function hasSecondaryContent(page: TrackingPageData): boolean {
  const lists = [page.cargo, page.palletScans, page.notes, page.photos];
  const values = [
    page.customerReference,
    page.containerNumber,
    page.transportService,
    ...[...(page.customFields ?? []), ...(page.extraFields ?? [])].map((field) => field.value),
  ];
  return lists.some((list) => !!list?.length) || values.some((value) => !!value?.trim());
}

function TrackingContent({ page, connection }: { page: TrackingPageData; connection: Connection }) {
  const { messages, format } = useI18n();
  const now = useNow(15_000);
  const theme = brandTheme(page.organization.brandColor);
  const title = interpolate(messages.page.title, { reference: page.reference });

  useEffect(() => {
    document.title = `${title} – ${page.organization.name}`;
  }, [title, page.organization.name]);
  useEffect(() => {
    const meta = document.querySelector<HTMLMetaElement>('meta[name="theme-color"]');
    const previous = meta?.content;
    meta?.setAttribute('content', theme.color);
    return () => {
      if (meta && previous) meta.content = previous;
    };
  }, [theme.color]);

  const brandStyle = { '--brand': theme.color, '--on-brand': theme.onColor } as CSSProperties;
  return (
    <div className={hasSecondaryContent(page) ? 'tp' : 'tp tp--single'} style={brandStyle} data-testid="tracking-page">
      <TrackingHeader organization={page.organization} />
      <main className="tp-main">
        <h1 className="tp-title">{title}</h1>
        <div className="tp-grid">
          <div className="tp-col">
            <StatusSection page={page} connection={connection} now={now} />
            <MapSection page={page} now={now} />
            <StopsSection stops={page.stops} />
          </div>
          <div className="tp-col">
            <CargoSection cargo={page.cargo} />
            <PalletScansSection scans={page.palletScans} stops={page.stops} fallbackTimeZone={page.organization.timezone} />
            <DetailsSection page={page} />
            <NotesSection notes={page.notes} />
            <PhotosSection photos={page.photos} />
          </div>
        </div>
      </main>
      <footer className="tp-footer">
        <p>{interpolate(messages.page.validUntil, { date: format.date(page.expiresAt, page.organization.timezone) })}</p>
      </footer>
    </div>
  );
}

/** The public page of one tracking link; `token` comes from the path /t/<token>. */
export default function TrackingPage({ token }: { token: string }) {
  const language = useMemo(() => browserLanguage(), []);
  const messages = messagesFor(language);
  const { state, retry } = useTrackingUpdates(token);

  useMeta('robots', 'noindex, nofollow');
  useMeta('referrer', 'no-referrer');
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  useEffect(() => {
    // Fetch Leaflet while the page data loads instead of after it.
    loadTrackingMap().catch(() => undefined);
  }, []);

  // Until the tenant is known, dates follow the browser.
  const organizationLocale =
    state.status === 'ready' ? state.page.organization.locale : (navigator.language || language);

  const crashPage = (
    <ErrorPage title={messages.states.crashTitle} body={messages.states.crashBody} reload={messages.states.reload} />
  );
  return (
    <I18nProvider language={language} messages={messages} organizationLocale={organizationLocale}>
      <ErrorBoundary fallback={crashPage}>
        {state.status === 'loading' && <LoadingState />}
        {state.status === 'error' && <ErrorState rateLimited={state.rateLimited} retryAt={state.retryAt} onRetry={retry} />}
        {state.status === 'unavailable' && <UnavailableState reason={state.reason} />}
        {state.status === 'ready' && <TrackingContent page={state.page} connection={state.connection} />}
      </ErrorBoundary>
    </I18nProvider>
  );
}
