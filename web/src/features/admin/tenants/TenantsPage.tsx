import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { formatDateTime } from '../ui/format';
import { Empty, ErrorState, FormError, Loading } from '../ui/QueryStates';
import { StatusBadge } from '../ui/StatusBadge';
import { CreateTenantForm } from './CreateTenantForm';

export const TENANTS_QUERY = graphql(`
  query Tenants($after: String) {
    tenantsConnection(first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          country
          timezone
          trackingIntegrationEnabled
          billingStatus
          createdAt
        }
      }
    }
  }
`);

const SET_INTEGRATION_MUTATION = graphql(`
  mutation SetTrackingIntegration($tenantId: ID!, $enabled: Boolean!) {
    setTrackingIntegration(tenantId: $tenantId, enabled: $enabled) {
      id
      trackingIntegrationEnabled
    }
  }
`);

const SET_BILLING_MUTATION = graphql(`
  mutation SetTenantBillingStatus($tenantId: ID!, $status: BillingStatus!) {
    setTenantBillingStatus(tenantId: $tenantId, status: $status) {
      id
      billingStatus
    }
  }
`);

/** Platform admins: every tenant, its tracking integration and billing status; create one. */
export function TenantsPage() {
  const { data, loading, error, refetch, fetchMore } = useQuery(TENANTS_QUERY, { notifyOnNetworkStatusChange: true });
  const [setIntegration, integration] = useMutation(SET_INTEGRATION_MUTATION);
  const [setBilling, billing] = useMutation(SET_BILLING_MUTATION);
  const page = data?.tenantsConnection;
  const tenants = page?.edges.map((e) => e.node) ?? [];

  return (
    <section aria-labelledby="tenants-title">
      <h1 id="tenants-title">Tenants</h1>
      {loading && !data && <Loading>Loading tenants…</Loading>}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && tenants.length === 0 && <Empty>No tenants yet.</Empty>}
      <FormError error={integration.error ?? billing.error} />
      {tenants.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Country</th>
                <th scope="col">Created</th>
                <th scope="col">Tracking integration</th>
                <th scope="col">Billing</th>
              </tr>
            </thead>
            <tbody>
              {tenants.map((t) => (
                <tr key={t.id}>
                  <td>{t.name}</td>
                  <td>{t.country}</td>
                  <td>{formatDateTime(t.createdAt)}</td>
                  <td>
                    <label className="switch">
                      <input
                        type="checkbox"
                        role="switch"
                        checked={t.trackingIntegrationEnabled}
                        disabled={integration.loading}
                        onChange={(e) => void setIntegration({ variables: { tenantId: t.id, enabled: e.target.checked } }).catch(() => undefined)}
                      />
                      <span>{t.trackingIntegrationEnabled ? 'On' : 'Off'}</span>
                      <span className="visually-hidden"> for {t.name}</span>
                    </label>
                  </td>
                  <td>
                    <StatusBadge status={t.billingStatus} />{' '}
                    <button
                      type="button"
                      className="button button--small"
                      disabled={billing.loading}
                      onClick={() =>
                        void setBilling({
                          variables: { tenantId: t.id, status: t.billingStatus === 'ACTIVE' ? 'LOCKED' : 'ACTIVE' },
                        }).catch(() => undefined)
                      }
                    >
                      {t.billingStatus === 'ACTIVE' ? 'Lock' : 'Unlock'}
                      <span className="visually-hidden"> {t.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page?.pageInfo.hasNextPage && (
        <p>
          <span className="muted small">
            {tenants.length} of {page.totalCount}
          </span>{' '}
          <button type="button" className="button button--small" disabled={loading} onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } })}>
            Load more
          </button>
        </p>
      )}
      <CreateTenantForm />
    </section>
  );
}
