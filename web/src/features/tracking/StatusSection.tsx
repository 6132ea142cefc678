import { interpolate, useI18n } from '../../i18n';
import { Section } from './Section';
import type { Connection } from './trackingState';
import type { TrackingPage, TrackingProgressStep } from './wire';

function CheckIcon() {
  return (
    <svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false">
      <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** An ordered list; the current step has aria-current="step", each step says its state in words. */
function ProgressTracker({ steps }: { steps: TrackingProgressStep[] }) {
  const { messages } = useI18n();
  return (
    <ol className="progress" aria-label={messages.page.progress}>
      {steps.map((step, index) => {
        const state = step.current ? 'current' : step.done ? 'done' : 'upcoming';
        const stateText = {
          current: messages.page.stepCurrent,
          done: messages.page.stepDone,
          upcoming: messages.page.stepUpcoming,
        }[state];
        return (
          <li
            key={`${step.status}-${index}`}
            className={`progress__step progress__step--${state}`}
            aria-current={step.current ? 'step' : undefined}
          >
            <span className="progress__marker" aria-hidden="true">
              {step.done || step.current ? <CheckIcon /> : index + 1}
            </span>
            <span className="progress__label">
              {messages.statusNames[step.status]}
              <span className="visually-hidden">, {stateText}</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** The one time a recipient cares about most: when it arrived, or when it is expected. */
function KeyTime({ page }: { page: TrackingPage }) {
  const { messages, format } = useI18n();
  if (page.status === 'CANCELLED') return null;
  const delivery = [...page.stops].reverse().find((stop) => stop.type === 'DELIVERY');
  if (!delivery) return null;
  let label: string;
  let value: string;
  if (delivery.actualArrival) {
    label = messages.page.deliveredAt;
    value = format.dateTime(delivery.actualArrival, delivery.timezone);
  } else if (delivery.estimatedArrival) {
    label = messages.page.expectedArrival;
    value = format.dateTime(delivery.estimatedArrival, delivery.timezone);
  } else if (delivery.plannedArrival) {
    label = messages.page.plannedDelivery;
    value = delivery.plannedWindowEnd
      ? format.dateTimeRange(delivery.plannedArrival, delivery.plannedWindowEnd, delivery.timezone)
      : format.dateTime(delivery.plannedArrival, delivery.timezone);
  } else {
    return null;
  }
  return (
    <dl className="tp-keytime">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </dl>
  );
}

const CONNECTION_TEXT = {
  live: 'connectionLive',
  polling: 'connectionPolling',
  offline: 'connectionOffline',
} as const;

export function StatusSection({ page, connection, now }: { page: TrackingPage; connection: Connection; now: number }) {
  const { messages, format } = useI18n();
  const steps = page.progress ?? [];
  return (
    <Section title={messages.page.status} className="tp-status" headingClassName="tp-eyebrow">
      {() => (
        <>
          {page.status && (
            <p className="tp-status__value" aria-live="polite">
              {messages.statusNames[page.status]}
            </p>
          )}
          {steps.length > 0 && <ProgressTracker steps={steps} />}
          <KeyTime page={page} />
          <p className="tp-meta">
            {interpolate(messages.page.lastUpdated, {
              time: format.dateTime(page.lastUpdatedAt, page.organization.timezone),
              when: format.ago(page.lastUpdatedAt, now),
            })}
          </p>
          <p className={`tp-meta tp-connection tp-connection--${connection}`} role="status">
            {connection !== 'connecting' && messages.page[CONNECTION_TEXT[connection]]}
          </p>
        </>
      )}
    </Section>
  );
}
