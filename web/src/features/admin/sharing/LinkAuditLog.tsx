import type { TrackingLinkItemFragment } from '../../../gql/graphql';
import { formatDateTime, humanize } from '../ui/format';

/** SPEC 2.11: who created, changed, revoked or regenerated the link, and when. */
export function LinkAuditLog({ entries }: { entries: TrackingLinkItemFragment['auditLog'] }) {
  return (
    <details className="audit-log">
      <summary>Audit log ({entries.length})</summary>
      {entries.length === 0 ? (
        <p className="muted">No entries.</p>
      ) : (
        <ol>
          {entries.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> — <strong>{humanize(entry.action)}</strong> by {entry.actor}
              {entry.detail && <span className="muted">: {entry.detail}</span>}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
