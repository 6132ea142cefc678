import { memo } from 'react';
import { interpolate, useI18n, type Formatters } from '../../i18n';
import { FieldList, Section } from './Section';
import type { TrackingStop } from './types';

function plannedText(stop: TrackingStop, format: Formatters, until: string): string | null {
  const { plannedArrival: start, plannedWindowEnd: end, timezone } = stop;
  if (start && end) return format.dateTimeRange(start, end, timezone);
  if (start) return format.dateTime(start, timezone);
  if (end) return interpolate(until, { time: format.dateTime(end, timezone) });
  return null;
}

function StopItem({ stop, number }: { stop: TrackingStop; number: number }) {
  const { messages, format } = useI18n();
  const m = messages.stops;
  const time = (iso: string | null) => iso && format.dateTime(iso, stop.timezone);
  return (
    <li className={`stop stop--${stop.type.toLowerCase()}`}>
      {/* The same number as the stop's pin on the map. */}
      <span className="stop__number" aria-hidden="true">
        {number}
      </span>
      <div className="stop__body">
        <h3 className="stop__title">
          <span className="stop__type">
            {messages.stopTypes[stop.type]}
            <span className="visually-hidden">: </span>
          </span>
          <span className="stop__name">{stop.name}</span>
        </h3>
        {stop.address && <p className="stop__address">{stop.address}</p>}
        {!stop.actualArrival && stop.etaEarliest && stop.etaLatest && (
          <p className="stop__eta-window">{interpolate(m.expectedWindow, { window: format.dateTimeRange(stop.etaEarliest, stop.etaLatest, stop.timezone) })}</p>
        )}
        {!stop.actualArrival && stop.stopsBefore != null && stop.stopsBefore > 0 && (
          <p className="stop__stops-before">
            {stop.stopsBefore === 1 ? m.stopsBeforeOne : interpolate(m.stopsBeforeMany, { count: stop.stopsBefore })}
          </p>
        )}
        {!stop.actualArrival && stop.lateByMinutes != null && (
          <p className="stop__late" role="status">
            {interpolate(m.runningLate, { minutes: stop.lateByMinutes })}
          </p>
        )}
        {!stop.actualArrival && stop.lateByMinutes == null && stop.lateRecovered && (
          <p className="stop__on-schedule" role="status">
            {m.backOnSchedule}
          </p>
        )}
        <FieldList
          fields={[
            { label: m.reference, value: stop.reference },
            { label: m.planned, value: plannedText(stop, format, m.plannedUntil) },
            // Once arrived, the estimate is history.
            { label: m.estimated, value: stop.actualArrival ? null : time(stop.estimatedArrival) },
            { label: m.arrived, value: time(stop.actualArrival) },
            { label: m.departed, value: time(stop.actualDeparture) },
          ]}
        />
      </div>
    </li>
  );
}

/**
 * Pickups and deliveries in route order; every time is shown in the stop's own time zone.
 * Memoised: the page re-renders for every driver position and connection change; its lines
 * change only with a new page.
 */
export const StopsSection = memo(function StopsSection({ stops }: { stops: TrackingStop[] }) {
  const { messages } = useI18n();
  if (stops.length === 0) return null;
  return (
    <Section title={messages.stops.heading} className="tp-stops">
      {(headingId) => (
        <ol className="stops" aria-labelledby={headingId}>
          {stops.map((stop, index) => (
            <StopItem key={`${index}-${stop.name}`} stop={stop} number={index + 1} />
          ))}
        </ol>
      )}
    </Section>
  );
});
