import type { WebhookEventType } from '../../../../gql/graphql';

/** Every event an endpoint can ask for, with its name on the wire, in the order offered. */
export const EVENT_TYPES: Array<{ value: WebhookEventType; wire: string }> = [
  { value: 'CONSIGNMENT_CREATED', wire: 'consignment.created' },
  { value: 'CONSIGNMENT_STATUS_CHANGED', wire: 'consignment.status_changed' },
  { value: 'CONSIGNMENT_DELETED', wire: 'consignment.deleted' },
  { value: 'STOP_ARRIVED', wire: 'stop.arrived' },
  { value: 'STOP_DEPARTED', wire: 'stop.departed' },
  { value: 'STOP_ETA_CHANGED', wire: 'stop.eta_changed' },
  { value: 'STOP_RUNNING_LATE', wire: 'stop.running_late' },
  { value: 'STOP_PROOF_OF_DELIVERY', wire: 'stop.proof_of_delivery' },
  { value: 'TRACKING_LINK_CREATED', wire: 'tracking_link.created' },
  { value: 'TRACKING_LINK_REVOKED', wire: 'tracking_link.revoked' },
  { value: 'TRACKING_LINK_REGENERATED', wire: 'tracking_link.regenerated' },
  { value: 'TRACKING_LINK_FIRST_VIEWED', wire: 'tracking_link.first_viewed' },
  { value: 'EMAIL_FAILED', wire: 'email.failed' },
  { value: 'FEEDBACK_RECEIVED', wire: 'feedback.received' },
];

export const wireName = (value: WebhookEventType) => EVENT_TYPES.find((t) => t.value === value)?.wire ?? value;
