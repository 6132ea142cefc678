import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { formatDateTime } from '../ui/format';
import { ErrorState, FormError, Loading } from '../ui/QueryStates';

// An order's public page: one link showing every consignment of the order. Made per new order
// when the tenant has order links on; staff make, regenerate and revoke it here.

const ORDER_LINKS_QUERY = graphql(`
  query OrderLinks($orderId: ID!) {
    order(id: $orderId) {
      id
      orderLinks {
        id
        url
        status
        createdAt
        expiresAt
        viewCount
      }
    }
  }
`);

const CREATE_ORDER_LINK = graphql(`
  mutation CreateOrderLink($orderId: ID!) {
    createOrderLink(orderId: $orderId) {
      id
    }
  }
`);

const REGENERATE_ORDER_LINK = graphql(`
  mutation RegenerateOrderLink($linkId: ID!) {
    regenerateOrderLink(linkId: $linkId) {
      id
    }
  }
`);

const REVOKE_ORDER_LINK = graphql(`
  mutation RevokeOrderLink($linkId: ID!) {
    revokeOrderLink(linkId: $linkId) {
      id
    }
  }
`);

export function OrderLinkPanel({ orderId, reference }: { orderId: string; reference: string }) {
  const { data, loading, error, refetch } = useQuery(ORDER_LINKS_QUERY, { variables: { orderId } });
  const reload = () => void refetch();
  const [create, creating] = useMutation(CREATE_ORDER_LINK, { onCompleted: reload });
  const [regenerate, regenerating] = useMutation(REGENERATE_ORDER_LINK, { onCompleted: reload });
  const [revoke, revoking] = useMutation(REVOKE_ORDER_LINK, { onCompleted: reload });
  const busy = creating.loading || regenerating.loading || revoking.loading;
  const links = data?.order?.orderLinks ?? [];
  const current = links.find((link) => link.status !== 'REVOKED');

  return (
    <section className="card panel" aria-labelledby="order-link-title">
      <h2 id="order-link-title">Order link</h2>
      {loading && <Loading>Loading the order link…</Loading>}
      {error && <ErrorState error={error} onRetry={reload} />}
      {data && (
        <>
          <p className="muted">One public page with every consignment of order {reference}.</p>
          {current ? (
            <dl className="facts">
              <div><dt>Status</dt><dd>{current.status}</dd></div>
              <div><dt>URL</dt><dd><input className="input" readOnly value={current.url} aria-label={`Order link of ${reference}`} onFocus={(e) => e.target.select()} /></dd></div>
              <div><dt>Works until</dt><dd>{formatDateTime(current.expiresAt)}</dd></div>
              <div><dt>Views</dt><dd>{current.viewCount}</dd></div>
            </dl>
          ) : (
            <p>{links.length ? 'The order link was revoked.' : 'This order has no order link.'}</p>
          )}
          <div className="toolbar">
            {current ? (
              <>
                <button type="button" className="button" disabled={busy} onClick={() => void regenerate({ variables: { linkId: current.id } }).catch(() => undefined)}>
                  Regenerate
                </button>
                <button
                  type="button"
                  className="button button--danger"
                  disabled={busy}
                  onClick={() => {
                    if (window.confirm(`Revoke the order link of ${reference}? Its page stops working at once.`)) void revoke({ variables: { linkId: current.id } }).catch(() => undefined);
                  }}
                >
                  Revoke
                </button>
              </>
            ) : (
              <button type="button" className="button button--primary" disabled={busy} onClick={() => void create({ variables: { orderId } }).catch(() => undefined)}>
                Create order link
              </button>
            )}
          </div>
          <FormError error={creating.error ?? regenerating.error ?? revoking.error} />
        </>
      )}
    </section>
  );
}
