import { useMutation } from '@apollo/client/react';
import { formatDateTime } from '../ui/format';
import { FormError } from '../ui/QueryStates';
import { SET_STATUS_MUTATION } from './StatusActions';

/**
 * "Delivery detected, confirm?": the arrival at the last delivery was recorded (the tenant offers
 * DELIVERED on arrival); one click sets DELIVERED. Nothing is shown without an offer.
 */
export function ConfirmDelivery({ consignmentId, detectedAt, compact = false }: { consignmentId: string; detectedAt: string | null; compact?: boolean }) {
  const [setStatus, { loading, error }] = useMutation(SET_STATUS_MUTATION);
  if (!detectedAt) return null;
  return (
    <div className={compact ? 'delivery-detected small' : 'delivery-detected'} role="group" aria-label="Delivery detected">
      <span>Delivery detected {formatDateTime(detectedAt)}.</span>{' '}
      <button
        type="button"
        className={compact ? 'button button--small' : 'button button--primary'}
        disabled={loading}
        onClick={() => void setStatus({ variables: { consignmentId, status: 'DELIVERED' } }).catch(() => undefined)}
      >
        Confirm delivered
      </button>
      <FormError error={error} />
    </div>
  );
}
