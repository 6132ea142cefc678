import { interpolate, useI18n } from '../../i18n';
import { useNow } from './useNow';
import type { UnavailableReason } from './types';

// Full-page states: loading, a link that is expired or not available, and a temporary error.
// The document's title says the same (documentHead.ts).

function StateIcon({ kind }: { kind: 'clock' | 'link' | 'warning' }) {
  const paths = {
    clock: 'M12 7v5l3 2M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z',
    link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1M4 4l16 16',
    warning: 'M12 4l9 16H3zM12 10v4M12 17.5v.5',
  };
  return (
    <svg className="tp-state__icon" viewBox="0 0 24 24" width="48" height="48" aria-hidden="true" focusable="false">
      <path d={paths[kind]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function LoadingState() {
  const { messages } = useI18n();
  return (
    <main className="page page--centered tp-state" aria-busy="true">
      <span className="tp-spinner" aria-hidden="true" />
      <p role="status">{messages.states.loading}</p>
    </main>
  );
}

export function UnavailableState({ reason }: { reason: UnavailableReason }) {
  const { messages } = useI18n();
  const expired = reason === 'EXPIRED';
  const title = expired ? messages.states.expiredTitle : messages.states.notAvailableTitle;
  return (
    <main className="page page--centered tp-state" data-testid="tracking-unavailable" data-reason={reason}>
      <StateIcon kind={expired ? 'clock' : 'link'} />
      <h1>{title}</h1>
      <p>{expired ? messages.states.expiredBody : messages.states.notAvailableBody}</p>
    </main>
  );
}

export function ErrorState({ rateLimited, retryAt, onRetry }: { rateLimited: boolean; retryAt: number; onRetry: () => void }) {
  const { messages, format } = useI18n();
  const now = useNow(1000);
  const m = messages.states;
  const title = rateLimited ? m.rateLimitedTitle : m.errorTitle;
  return (
    <main className="page page--centered tp-state" data-testid="tracking-error">
      <StateIcon kind="warning" />
      <h1>{title}</h1>
      <p>{rateLimited ? m.rateLimitedBody : m.errorBody}</p>
      {retryAt > now && (
        <p className="tp-meta">{interpolate(m.retryingAutomatically, { when: format.relative(retryAt, now) })}</p>
      )}
      <button type="button" className="button button--primary" onClick={onRetry}>
        {m.retry}
      </button>
    </main>
  );
}
