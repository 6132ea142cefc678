import type { RecipientFeedbackItemFragment } from '../../../gql/graphql';
import { formatDateTime } from '../ui/format';

const who = (f: RecipientFeedbackItemFragment) => f.recipientEmail ?? 'Default link';

/**
 * Delivery instructions from recipients, shown first on the consignment so that dispatch and
 * the driver cannot miss them. The recipients' own words, always as text.
 */
export function DeliveryInstructions({ feedback }: { feedback: RecipientFeedbackItemFragment[] }) {
  const given = feedback.filter((f) => f.instructions);
  if (!given.length) return null;
  return (
    <section className="card panel callout" aria-labelledby="instructions-title">
      <h2 id="instructions-title">Delivery instructions from the recipient</h2>
      <ul className="plain-list">
        {given.map((f) => (
          <li key={f.id}>
            <p className="callout__text">{f.instructions}</p>
            <p className="muted">
              {who(f)}, {f.instructionsAt ? formatDateTime(f.instructionsAt) : ''}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Ratings and comments recipients gave after delivery. */
export function RecipientRatings({ feedback }: { feedback: RecipientFeedbackItemFragment[] }) {
  const rated = feedback.filter((f) => f.rating != null);
  return (
    <section className="card panel" aria-labelledby="ratings-title">
      <h2 id="ratings-title">Recipient ratings</h2>
      {rated.length === 0 ? (
        <p className="muted">No rating yet.</p>
      ) : (
        <ul className="plain-list">
          {rated.map((f) => (
            <li key={f.id} className={f.rating! <= 2 ? 'rating rating--low' : 'rating'}>
              <p>
                <strong aria-label={`Rated ${f.rating} of 5`}>{'★'.repeat(f.rating!)}{'☆'.repeat(5 - f.rating!)}</strong> {who(f)}
                {f.ratedAt ? `, ${formatDateTime(f.ratedAt)}` : ''}
              </p>
              {f.comment && <p className="rating__comment">{f.comment}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
