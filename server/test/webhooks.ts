import { doc } from './typed-document';
import type { TestApp } from './harness';
import type { Timestamp } from './documents';

// The webhook operations the webhook tests send, written once.

export type WebhookEventType =
  | 'CONSIGNMENT_CREATED'
  | 'CONSIGNMENT_STATUS_CHANGED'
  | 'CONSIGNMENT_DELETED'
  | 'STOP_ARRIVED'
  | 'STOP_DEPARTED'
  | 'STOP_ETA_CHANGED'
  | 'STOP_RUNNING_LATE'
  | 'STOP_PROOF_OF_DELIVERY'
  | 'TRACKING_LINK_CREATED'
  | 'TRACKING_LINK_REVOKED'
  | 'TRACKING_LINK_REGENERATED'
  | 'TRACKING_LINK_FIRST_VIEWED'
  | 'EMAIL_FAILED'
  | 'FEEDBACK_RECEIVED';

export const ALL_EVENT_TYPES: WebhookEventType[] = [
  'CONSIGNMENT_CREATED',
  'CONSIGNMENT_STATUS_CHANGED',
  'CONSIGNMENT_DELETED',
  'STOP_ARRIVED',
  'STOP_DEPARTED',
  'STOP_ETA_CHANGED',
  'STOP_RUNNING_LATE',
  'STOP_PROOF_OF_DELIVERY',
  'TRACKING_LINK_CREATED',
  'TRACKING_LINK_REVOKED',
  'TRACKING_LINK_REGENERATED',
  'TRACKING_LINK_FIRST_VIEWED',
  'EMAIL_FAILED',
  'FEEDBACK_RECEIVED',
];

export interface WebhookEndpoint {
  id: string;
  url: string;
  description: string | null;
  eventTypes: WebhookEventType[];
  enabled: boolean;
  internal: boolean;
  consecutiveFailures: number;
  disabledAt: Timestamp | null;
  disabledReason: string | null;
  previousSecretExpiresAt: Timestamp | null;
}

export interface WebhookDelivery {
  id: string;
  messageId: string;
  eventType: string;
  status: 'PENDING' | 'DELIVERED' | 'FAILED';
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  lastLatencyMs: number | null;
  payload: string;
  createdAt: Timestamp;
  deliveredAt: Timestamp | null;
  nextAttemptAt: Timestamp | null;
}

const ENDPOINT_FIELDS = 'id url description eventTypes enabled internal consecutiveFailures disabledAt disabledReason previousSecretExpiresAt';
const DELIVERY_FIELDS = 'id messageId eventType status attempts lastStatusCode lastError lastLatencyMs payload createdAt deliveredAt nextAttemptAt';

export interface EndpointInput {
  url: string;
  description?: string;
  eventTypes: WebhookEventType[];
  enabled?: boolean;
  internal?: boolean;
}

export const CREATE_WEBHOOK_ENDPOINT = doc<{ createWebhookEndpoint: { secret: string; endpoint: WebhookEndpoint } }, { input: EndpointInput }>(
  `mutation($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { ${ENDPOINT_FIELDS} } } }`,
);

export const UPDATE_WEBHOOK_ENDPOINT = doc<{ updateWebhookEndpoint: WebhookEndpoint }, { id: string; input: Partial<EndpointInput> }>(
  `mutation($id: ID!, $input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(id: $id, input: $input) { ${ENDPOINT_FIELDS} } }`,
);

export const WEBHOOK_ENDPOINTS = doc<{ webhookEndpoints: WebhookEndpoint[] }>(`{ webhookEndpoints { ${ENDPOINT_FIELDS} } }`);

export const ROTATE_WEBHOOK_SECRET = doc<{ rotateWebhookSecret: { secret: string; endpoint: WebhookEndpoint } }, { id: string }>(
  `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret endpoint { ${ENDPOINT_FIELDS} } } }`,
);

export const SEND_TEST_WEBHOOK = doc<{ sendTestWebhook: WebhookDelivery }, { endpointId: string }>(
  `mutation($endpointId: ID!) { sendTestWebhook(endpointId: $endpointId) { ${DELIVERY_FIELDS} } }`,
);

export const RESEND_WEBHOOK_DELIVERY = doc<{ resendWebhookDelivery: WebhookDelivery }, { id: string }>(
  `mutation($id: ID!) { resendWebhookDelivery(id: $id) { ${DELIVERY_FIELDS} } }`,
);

export const WEBHOOK_DELIVERIES = doc<
  { webhookDeliveries: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: WebhookDelivery }> } },
  { endpointId: string; first?: number; after?: string | null; status?: WebhookDelivery['status'] }
>(`query($endpointId: ID!, $first: Int, $after: String, $status: WebhookDeliveryStatus) {
  webhookDeliveries(endpointId: $endpointId, first: $first, after: $after, status: $status) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${DELIVERY_FIELDS} } }
  }
}`);

/** An endpoint of the tenant at `url`, and its signing secret. */
export async function givenEndpoint(app: TestApp, token: string, input: EndpointInput): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
  return (await app.ok(CREATE_WEBHOOK_ENDPOINT, { input }, token)).createWebhookEndpoint;
}

/** The endpoint's deliveries, newest first (one page of 100). */
export async function deliveriesOf(app: TestApp, token: string, endpointId: string): Promise<WebhookDelivery[]> {
  return (await app.ok(WEBHOOK_DELIVERIES, { endpointId, first: 100 }, token)).webhookDeliveries.edges.map((e) => e.node);
}
