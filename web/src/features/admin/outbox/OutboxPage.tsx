import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../../../gql';
import type { OutboxStatus } from '../../../gql/graphql';
import { formatDateTime } from '../ui/format';
import { Empty, ErrorState, FormError, Loading } from '../ui/QueryStates';
import { filterOptions, SelectField } from '../ui/SelectField';
import { StatusBadge } from '../ui/StatusBadge';

const OUTBOX_QUERY = graphql(`
  query Outbox($first: Int, $after: String, $status: OutboxStatus) {
    outbox(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          to
          subject
          status
          attempts
          lastError
          createdAt
          sentAt
          consignment {
            id
            reference
          }
        }
      }
    }
  }
`);

const RETRY_MUTATION = graphql(`
  mutation RetryOutboxMessage($id: ID!) {
    retryOutboxMessage(id: $id) {
      id
      status
      attempts
      lastError
      sentAt
    }
  }
`);

const STATUSES: OutboxStatus[] = ['PENDING', 'SENT', 'FAILED', 'NOT_SENT'];

/** The emails contact tasks queued (SPEC 5.4): what was sent, what failed and why; retry. */
export function OutboxPage() {
  const [status, setStatus] = useState<OutboxStatus | ''>('');
  const { data, loading, error, refetch, fetchMore } = useQuery(OUTBOX_QUERY, {
    variables: { first: 50, status: status || undefined },
    notifyOnNetworkStatusChange: true,
  });
  const [retry, retrying] = useMutation(RETRY_MUTATION);
  const connection = data?.outbox;
  const messages = connection?.edges.map((e) => e.node) ?? [];

  return (
    <section aria-labelledby="outbox-title">
      <div className="page-header">
        <h1 id="outbox-title">Outbox</h1>
        <button type="button" className="button" onClick={() => void refetch()}>
          Refresh
        </button>
      </div>
      <div className="toolbar">
        <SelectField
          label="Status"
          className="field--inline"
          value={status}
          options={filterOptions(STATUSES, 'All')}
          onChange={setStatus}
        />
      </div>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {loading && !connection && <Loading>Loading messages…</Loading>}
      {connection && messages.length === 0 && <Empty>{status ? 'No messages with this status.' : 'No emails yet.'}</Empty>}
      <FormError error={retrying.error} />
      {messages.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">Recipient</th>
                <th scope="col">Subject</th>
                <th scope="col">Consignment</th>
                <th scope="col">Attempts</th>
                <th scope="col">Last error</th>
                <th scope="col">Created</th>
                <th scope="col">Sent</th>
                <th scope="col"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr key={m.id}>
                  <td><StatusBadge status={m.status} /></td>
                  <td>{m.to}</td>
                  <td>{m.subject}</td>
                  <td>{m.consignment ? <Link to={`/admin/consignments/${m.consignment.id}`}>{m.consignment.reference}</Link> : '—'}</td>
                  <td>{m.attempts}</td>
                  <td className="small">{m.lastError ?? '—'}</td>
                  <td>{formatDateTime(m.createdAt)}</td>
                  <td>{formatDateTime(m.sentAt)}</td>
                  <td>
                    {(m.status === 'FAILED' || m.status === 'NOT_SENT') && (
                      <button
                        type="button"
                        className="button button--small"
                        disabled={retrying.loading}
                        aria-label={`Retry email to ${m.to}: ${m.subject}`}
                        onClick={() => void retry({ variables: { id: m.id } }).catch(() => undefined)}
                      >
                        Retry
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {connection && (
        <p className="muted">{`Showing ${messages.length} of ${connection.totalCount}`}</p>
      )}
      {connection?.pageInfo.hasNextPage && (
        <button type="button" className="button" disabled={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
          Load more
        </button>
      )}
    </section>
  );
}
