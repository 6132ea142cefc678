import { useEffect, useId, type CSSProperties } from 'react';
import { interpolate, useI18n, type Formatters, type Messages } from '../../i18n';
import { brandTheme } from './brand';
import { CargoSection } from './CargoSection';
import { DetailsSection } from './DetailsSection';
import { MapSection } from './MapSection';
import { NotesSection } from './NotesSection';
import { PalletScansSection } from './PalletScansSection';
import { PhotosSection } from './PhotosSection';
import { StatusSection } from './StatusSection';
import { StopsSection } from './StopsSection';
import { TrackingHeader } from './TrackingHeader';
import type { Connection } from './trackingState';
import { useNow } from './useNow';
import type { TrackingPage } from './wire';

// An order link's page: every consignment of the order with its status and next arrival, all
// their stops on one map, and each one expandable into the sections of its own page (the
// server has already filtered each by the visibility profile).

const CONNECTION_TEXT = { live: 'connectionLive', polling: 'connectionPolling', offline: 'connectionOffline' } as const;

/** What a shipment's line says of its arrival: the next stop's expected or planned time, or when it was delivered. */
function arrivalText(page: TrackingPage, messages: Messages, format: Formatters): { label: string; value: string } | null {
  if (page.status === 'CANCELLED') return null;
  const next = page.stops.find((stop) => !stop.actualArrival);
  if (!next) {
    const last = [...page.stops].reverse().find((stop) => stop.actualArrival);
    return last?.actualArrival ? { label: messages.page.deliveredAt, value: format.dateTime(last.actualArrival, last.timezone) } : null;
  }
  const time = next.estimatedArrival ?? next.plannedArrival;
  return {
    label: messages.order.nextEta,
    value: time ? `${format.dateTime(time, next.timezone)} · ${next.name}` : messages.order.noEta,
  };
}

function ConsignmentItem({ page, now }: { page: TrackingPage; now: number }) {
  const { messages, format } = useI18n();
  const arrival = arrivalText(page, messages, format);
  return (
    <li className="tp-order__item">
      <details data-testid="order-consignment">
        <summary className="tp-order__summary">
          <span className="tp-order__reference">{page.reference}</span>
          {page.status && <span className="tp-order__status">{messages.statusNames[page.status]}</span>}
          {arrival && (
            <span className="tp-order__arrival">
              {arrival.label}: {arrival.value}
            </span>
          )}
        </summary>
        <div className="tp-order__body">
          <StatusSection page={page} connection="connecting" now={now} />
          <StopsSection stops={page.stops} />
          <CargoSection cargo={page.cargo} />
          <PalletScansSection scans={page.palletScans} stops={page.stops} fallbackTimeZone={page.organization.timezone} />
          <DetailsSection page={page} />
          <NotesSection notes={page.notes} />
          <PhotosSection photos={page.photos} />
        </div>
      </details>
    </li>
  );
}

export function OrderContent({ page, connection }: { page: TrackingPage; connection: Connection }) {
  const { messages, format } = useI18n();
  const now = useNow(15_000);
  const headingId = useId();
  const theme = brandTheme(page.organization.brandColor);
  const consignments = page.consignments ?? [];

  useEffect(() => {
    const meta = document.querySelector<HTMLMetaElement>('meta[name="theme-color"]');
    const previous = meta?.content;
    meta?.setAttribute('content', theme.color);
    return () => {
      if (meta && previous) meta.content = previous;
    };
  }, [theme.color]);

  // One map: every shipment's stops, each named with its shipment.
  const mapPage: TrackingPage = {
    ...page,
    stops: consignments.flatMap((c) => (c.showMap ? c.stops.map((stop) => ({ ...stop, name: `${c.reference}: ${stop.name}` })) : [])),
    driverPosition: null,
  };
  const brandStyle = { '--brand': theme.color, '--on-brand': theme.onColor } as CSSProperties;
  return (
    <div className="tp tp--single" style={brandStyle} data-testid="order-tracking-page">
      <TrackingHeader organization={page.organization} />
      <main className="tp-main">
        <h1 className="tp-title">{interpolate(messages.order.title, { reference: page.reference })}</h1>
        <div className="tp-col">
          <MapSection page={mapPage} now={now} label={messages.order.mapLabel} />
          <section className="tp-card tp-order" aria-labelledby={headingId}>
            <h2 id={headingId}>{interpolate(messages.order.shipments, { count: format.number(consignments.length) })}</h2>
            <p className={`tp-meta tp-connection tp-connection--${connection}`} role="status">
              {connection !== 'connecting' && messages.page[CONNECTION_TEXT[connection]]}
            </p>
            <ul className="tp-order__list">
              {consignments.map((c, index) => (
                <ConsignmentItem key={`${index}-${c.reference}`} page={c} now={now} />
              ))}
            </ul>
          </section>
        </div>
      </main>
      <footer className="tp-footer">
        <p>{interpolate(messages.page.validUntil, { date: format.date(page.expiresAt, page.organization.timezone) })}</p>
      </footer>
    </div>
  );
}
