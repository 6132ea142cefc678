import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { formatDateTime } from '../../ui/format';
import { Empty, ErrorState, FormError, Loading } from '../../ui/QueryStates';
import { StatusBadge } from '../../ui/StatusBadge';
import { RESEND_WEBHOOK_DELIVERY, WEBHOOK_DELIVERIES_QUERY } from './webhookQueries';

function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** An endpoint's deliveries, newest first: status, attempts, the last answer and its latency, the payload; resend. */
export function DeliveryLog({ endpointId }: { endpointId: string }) {
  const { data, loading, error, refetch, fetchMore } = useQuery(WEBHOOK_DELIVERIES_QUERY, {
    variables: { endpointId, first: 20 },
    notifyOnNetworkStatusChange: true,
  });
  const [open, setOpen] = useState<string | null>(null);
  const [resend, resending] = useMutation(RESEND_WEBHOOK_DELIVERY);
  const log = data?.webhookDeliveries;

  return (
    <div className="webhook-log">
      <div className="toolbar">
        <h4>Deliveries{log ? ` (${log.totalCount})` : ''}</h4>
        <button type="button" className="button button--small" onClick={() => void refetch()} disabled={loading}>
          Refresh
        </button>
      </div>
      {loading && !log && <Loading />}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {log && log.edges.length === 0 && <Empty>Nothing sent yet.</Empty>}
      {log && log.edges.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">Response</th>
              <th scope="col">Latency</th>
              <th scope="col">Created</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {log.edges.map(({ node: d }) => (
              <tr key={d.id}>
                <td>
                  <button type="button" className="button button--link" aria-expanded={open === d.id} onClick={() => setOpen(open === d.id ? null : d.id)}>
                    {d.eventType}
                  </button>
                  {open === d.id && (
                    <div>
                      <p className="muted small">
                        webhook-id <code>{d.messageId}</code>
                      </p>
                      <pre className="webhook-log__payload">{prettyJson(d.payload)}</pre>
                    </div>
                  )}
                </td>
                <td>
                  <StatusBadge status={d.status} />
                  {d.status === 'PENDING' && d.nextAttemptAt && <div className="muted small">next {formatDateTime(d.nextAttemptAt)}</div>}
                </td>
                <td>{d.attempts}</td>
                <td>
                  {d.lastStatusCode ?? '—'}
                  {d.lastError && <div className="muted small">{d.lastError}</div>}
                </td>
                <td>{d.lastLatencyMs != null ? `${d.lastLatencyMs} ms` : '—'}</td>
                <td>{formatDateTime(d.createdAt)}</td>
                <td>
                  {d.status !== 'PENDING' && (
                    <button
                      type="button"
                      className="button button--small"
                      disabled={resending.loading}
                      onClick={() => void resend({ variables: { id: d.id } }).then(() => refetch()).catch(() => undefined)}
                    >
                      Resend<span className="visually-hidden"> {d.eventType}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <FormError error={resending.error} />
      {log?.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button--small"
          disabled={loading}
          onClick={() =>
            void fetchMore({
              variables: { after: log.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                webhookDeliveries: {
                  ...fetchMoreResult.webhookDeliveries,
                  edges: [...previous.webhookDeliveries.edges, ...fetchMoreResult.webhookDeliveries.edges],
                },
              }),
            })
          }
        >
          Older deliveries
        </button>
      )}
    </div>
  );
}
