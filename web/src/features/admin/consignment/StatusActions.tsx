import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ConsignmentStatus } from '../../../gql/graphql';
import { humanize } from '../ui/format';
import { FormError } from '../ui/QueryStates';
import { StatusBadge } from '../ui/StatusBadge';

export const SET_STATUS_MUTATION = graphql(`
  mutation SetConsignmentStatus($consignmentId: ID!, $status: ConsignmentStatus!) {
    setConsignmentStatus(consignmentId: $consignmentId, status: $status) {
      id
      status
      allowedNextStatuses
      deliveryDetectedAt
      updatedAt
    }
  }
`);

/** The current status and one button per status the consignment may move to next. */
export function StatusActions({ consignmentId, status, next }: { consignmentId: string; status: ConsignmentStatus; next: ConsignmentStatus[] }) {
  const [setStatus, { loading, error }] = useMutation(SET_STATUS_MUTATION);
  return (
    <div className="status-actions">
      <span>
        Status: <StatusBadge status={status} />
      </span>
      {next.length > 0 ? (
        <div className="toolbar" role="group" aria-label="Change status">
          {next.map((s) => (
            <button
              key={s}
              type="button"
              className={s === 'CANCELLED' ? 'button button--danger' : 'button'}
              disabled={loading}
              onClick={() => void setStatus({ variables: { consignmentId, status: s } }).catch(() => undefined)}
            >
              {s === 'CANCELLED' ? 'Cancel consignment' : `Mark ${humanize(s).toLowerCase()}`}
            </button>
          ))}
        </div>
      ) : (
        <span className="muted">No further status changes.</span>
      )}
      <FormError error={error} />
    </div>
  );
}
