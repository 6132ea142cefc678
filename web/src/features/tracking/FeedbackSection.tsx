import { useState, type FormEvent } from 'react';
import { interpolate, useI18n } from '../../i18n';
import { Section } from './Section';
import type { TrackingFeedback } from './wire';

/** FEEDBACK_LIMITS of @tracklink/shared, written out: importing the package would bring all of it into the page's bundle. */
export const MAX_LENGTH = { instructions: 500, comment: 1000 };

/** Where the page sends the recipient's word back (JSON; the token in the body). */
export const FEEDBACK_PATH = '/public/feedback';

type Status = { kind: 'idle' | 'sending' | 'saved' } | { kind: 'failed'; message: string };

/**
 * The recipient's word back when the template shows it: delivery instructions until delivery,
 * then a rating (1–5) and a comment. What they sent stays in the form to edit, while the link
 * takes messages.
 */
export function FeedbackSection({ token, feedback }: { token: string; feedback: TrackingFeedback | null }) {
  const { messages } = useI18n();
  const t = messages.feedback;
  const [sent, setSent] = useState<TrackingFeedback | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // What the recipient sent from this page wins over the page's (older) copy of the same stage.
  const current = sent && sent.stage === feedback?.stage ? sent : feedback;
  if (!current || current.stage === 'CLOSED') return null;
  const rating = current.stage === 'RATING';
  const open = current.submissionsLeft > 0;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    const body = rating ? { token, rating: Number(form.get('rating')), comment: text('comment') } : { token, instructions: text('instructions') };
    setStatus({ kind: 'sending' });
    try {
      const res = await fetch(FEEDBACK_PATH, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      const answer = (await res.json()) as { feedback?: TrackingFeedback };
      if (res.ok && answer.feedback) {
        setSent(answer.feedback);
        setStatus({ kind: 'saved' });
        return;
      }
      const reason = res.status === 409 ? t.noMore : res.status === 429 ? t.tooMany : res.status === 400 || res.status === 413 ? t.invalid : t.failed;
      setStatus({ kind: 'failed', message: reason });
    } catch {
      setStatus({ kind: 'failed', message: t.failed });
    }
  }

  return (
    <Section title={rating ? t.ratingHeading : t.instructionsHeading} className="tp-feedback">
      {() => (
        <form className="tp-feedback__form" onSubmit={submit} aria-busy={status.kind === 'sending'}>
          {rating ? (
            <>
              <fieldset className="tp-rating" disabled={!open}>
                <legend>{t.ratingLegend}</legend>
                {[1, 2, 3, 4, 5].map((n) => (
                  <label key={n} className="tp-rating__option">
                    <input type="radio" name="rating" value={n} defaultChecked={current.rating === n} required />
                    {n}
                  </label>
                ))}
              </fieldset>
              <label className="tp-feedback__label">
                {t.commentLabel}
                <textarea name="comment" rows={3} maxLength={MAX_LENGTH.comment} defaultValue={current.comment ?? ''} disabled={!open} />
              </label>
            </>
          ) : (
            <label className="tp-feedback__label">
              {t.instructionsLabel}
              <textarea name="instructions" rows={3} maxLength={MAX_LENGTH.instructions} defaultValue={current.instructions ?? ''} required disabled={!open} />
            </label>
          )}
          {open && (
            <button type="submit" className="button button--primary" disabled={status.kind === 'sending'}>
              {status.kind === 'sending' ? t.sending : t.send}
            </button>
          )}
          <p className="tp-feedback__status" role="status">
            {status.kind === 'saved' && `${t.saved} `}
            {status.kind === 'failed' && status.message}
            {open ? (current.instructions || current.rating ? interpolate(t.left, { count: String(current.submissionsLeft) }) : '') : t.noMore}
          </p>
        </form>
      )}
    </Section>
  );
}
