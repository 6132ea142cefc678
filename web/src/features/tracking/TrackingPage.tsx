// Public tracking page for /t/:token (its own lazy chunk). It must stay independent of the
// admin console: no imports from features/admin, apollo/, auth/ or react-router.
import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { ErrorPage } from '../../components/ErrorPage';
import { browserLanguage, I18nProvider, interpolate, messagesFor, useI18n, type FormattedTexts } from '../../i18n';
import { brandTheme } from './brand';
import { CargoSection } from './CargoSection';
import { DetailsSection } from './DetailsSection';
import { FeedbackSection } from './FeedbackSection';
import { loadTrackingMap, MapSection } from './MapSection';
import { NotesSection } from './NotesSection';
import { OrderContent } from './OrderTrackingPage';
import { PalletScansSection } from './PalletScansSection';
import { PhotosSection } from './PhotosSection';
import { ProofOfDeliverySection } from './ProofOfDeliverySection';
import { StatusSection } from './StatusSection';
import { StopsSection } from './StopsSection';
import { documentTitle } from './documentHead';
import type { InitialTracking } from './initialTracking';
import { TrackingHeader } from './TrackingHeader';
import type { Connection } from './trackingState';
import { ErrorState, LoadingState, UnavailableState } from './TrackingStates';
import { RenderTimeContext, useNow } from './useNow';
import { initialLoad, useTrackingUpdates } from './useTrackingUpdates';
import type { TrackingPage as TrackingPageData } from './wire';
import './tracking.css';

/**
 * Adds a <meta> for as long as the page is shown (the server sends the same as headers), unless
 * the document has it already (the server-rendered one does).
 */
function useMeta(name: string, content: string) {
  useEffect(() => {
    if (document.querySelector(`meta[name="${name}"][content="${content}"]`)) return;
    const meta = document.createElement('meta');
    meta.name = name;
    meta.content = content;
    document.head.append(meta);
    return () => meta.remove();
  }, [name, content]);
}

/** Whether any section of the second column has something to show. */
function hasSecondaryContent(page: TrackingPageData): boolean {
  if (page.feedback && page.feedback.stage !== 'CLOSED') return true;
  const lists = [page.cargo, page.palletScans, page.notes, page.photos];
  const values = [
    page.customerReference,
    page.containerNumber,
    page.transportService,
    ...[...(page.customFields ?? []), ...(page.extraFields ?? [])].map((field) => field.value),
  ];
  return lists.some((list) => !!list?.length) || values.some((value) => !!value?.trim());
}

function TrackingContent({ token, page, connection }: { token: string; page: TrackingPageData; connection: Connection }) {
  const { messages, format } = useI18n();
  const now = useNow(15_000);
  const theme = brandTheme(page.organization.brandColor);
  const title = interpolate(messages.page.title, { reference: page.reference });

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
            <ProofOfDeliverySection stops={page.stops} />
            <MapSection page={page} now={now} />
            <StopsSection stops={page.stops} />
          </div>
          <div className="tp-col">
            <CargoSection cargo={page.cargo} />
            <PalletScansSection scans={page.palletScans} stops={page.stops} fallbackTimeZone={page.organization.timezone} />
            <DetailsSection page={page} />
            <NotesSection notes={page.notes} />
            <PhotosSection photos={page.photos} />
            <FeedbackSection token={token} feedback={page.feedback} />
          </div>
        </div>
      </main>
      <footer className="tp-footer">
        <p>{interpolate(messages.page.validUntil, { date: format.date(page.expiresAt, page.organization.timezone) })}</p>
      </footer>
    </div>
  );
}

/**
 * The public page of one tracking link; `token` comes from the path /t/<token>. `initial`: the
 * page as the server rendered it (tracking.server.tsx), which this hydrates and keeps live
 * without asking for it again; without it the page loads itself.
 */
export default function TrackingPage({
  token,
  initial,
  recordTexts,
}: {
  token: string;
  initial?: InitialTracking;
  /** The server's: where to record the texts its formatters write, to send them along. */
  recordTexts?: FormattedTexts;
}) {
  const language = useMemo(() => initial?.language ?? browserLanguage(), [initial]);
  const texts = useMemo(() => ({ known: initial?.formatted, record: recordTexts }), [initial, recordTexts]);
  const messages = messagesFor(language);
  const [start] = useState(() => (initial ? initialLoad(initial) : undefined));
  const { state, retry } = useTrackingUpdates(token, start);
  // Hydration renders with the server's time; from then on the browser's clock counts.
  const [renderTime] = useState(() => ({ current: initial?.renderedAt ?? null }));
  useEffect(() => {
    renderTime.current = null;
  }, [renderTime]);

  useMeta('robots', 'noindex, nofollow');
  useMeta('referrer', 'no-referrer');
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const title = documentTitle(state, messages);
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    // Fetch Leaflet while the page data loads instead of after it (a server-rendered page
    // loads it once its text is on screen: MapSection).
    if (!initial) loadTrackingMap().catch(() => undefined);
  }, [initial]);

  // Until the tenant is known, dates follow the browser.
  const organizationLocale =
    state.status === 'ready' ? state.page.organization.locale : ((typeof navigator !== 'undefined' && navigator.language) || language);

  const crashPage = (
    <ErrorPage title={messages.states.crashTitle} body={messages.states.crashBody} reload={messages.states.reload} />
  );
  return (
    <I18nProvider language={language} messages={messages} organizationLocale={organizationLocale} texts={texts}>
      <RenderTimeContext.Provider value={renderTime}>
        <ErrorBoundary fallback={crashPage}>
          {state.status === 'loading' && <LoadingState />}
          {state.status === 'error' && <ErrorState rateLimited={state.rateLimited} retryAt={state.retryAt} onRetry={retry} />}
          {state.status === 'unavailable' && <UnavailableState reason={state.reason} />}
          {state.status === 'ready' &&
            (state.page.consignments ? (
              <OrderContent page={state.page} connection={state.connection} />
            ) : (
              <TrackingContent token={token} page={state.page} connection={state.connection} />
            ))}
        </ErrorBoundary>
      </RenderTimeContext.Provider>
    </I18nProvider>
  );
}
