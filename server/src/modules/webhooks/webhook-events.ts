import { registerEnumType } from 'type-graphql';
import type { DomainEvent } from '../../events/domain-events';
import type { Consignment } from '../consignments/consignment.entity';
import type { Stop } from '../consignments/stop.entity';

/**
 * The events an endpoint can ask for. The value is the event's stable `type` on the wire; every
 * delivery's body is `{ "id", "type", "timestamp", "data" }` and `id` is also its `webhook-id`.
 */
export enum WebhookEventType {
  CONSIGNMENT_CREATED = 'consignment.created',
  CONSIGNMENT_STATUS_CHANGED = 'consignment.status_changed',
  CONSIGNMENT_DELETED = 'consignment.deleted',
  STOP_ARRIVED = 'stop.arrived',
  STOP_DEPARTED = 'stop.departed',
  STOP_ETA_CHANGED = 'stop.eta_changed',
  STOP_RUNNING_LATE = 'stop.running_late',
  STOP_PROOF_OF_DELIVERY = 'stop.proof_of_delivery',
  TRACKING_LINK_CREATED = 'tracking_link.created',
  TRACKING_LINK_REVOKED = 'tracking_link.revoked',
  TRACKING_LINK_REGENERATED = 'tracking_link.regenerated',
  TRACKING_LINK_FIRST_VIEWED = 'tracking_link.first_viewed',
  EMAIL_FAILED = 'email.failed',
  FEEDBACK_RECEIVED = 'feedback.received',
}

/** The type of the event "Send test event" sends; every endpoint takes it. */
export const TEST_EVENT_TYPE = 'webhook.test';

const CONSIGNMENT =
  '`consignment`: { id, reference, orderId, status, customerReference, containerNumber, updatedAt }, and for endpoints marked internal also `price` and `cost` (decimal strings or null)';
const STOP =
  '`stop`: { id, sequence, type, name, reference, plannedArrival, estimatedArrival, actualArrival, actualDeparture }';
const LINK = '`link`: { id, consignmentId }';

registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description:
    'An event a webhook endpoint can subscribe to. Each delivery is a POST of `{"id": "msg_…", "type": "<wire name>", "timestamp": "<ISO 8601>", "data": {…}}` ' +
    'signed per the Standard Webhooks specification (headers webhook-id, webhook-timestamp, webhook-signature). Payloads carry ids and references, never a link token or a tracking URL. ' +
    'Deliveries about one consignment reach an endpoint in the order they happened.',
  valuesConfig: {
    CONSIGNMENT_CREATED: { description: `Wire name "consignment.created". data: ${CONSIGNMENT}.` },
    CONSIGNMENT_STATUS_CHANGED: { description: `Wire name "consignment.status_changed". data: ${CONSIGNMENT}; \`previousStatus\`.` },
    CONSIGNMENT_DELETED: { description: `Wire name "consignment.deleted". data: ${CONSIGNMENT} as it was.` },
    STOP_ARRIVED: { description: `Wire name "stop.arrived": a stop's actual arrival was set. data: \`consignment\`: { id, reference, status }; ${STOP}.` },
    STOP_DEPARTED: { description: `Wire name "stop.departed": a stop's actual departure was set. data: as stop.arrived.` },
    STOP_ETA_CHANGED: {
      description:
        'Wire name "stop.eta_changed": the ETA moved by more than WEBHOOK_ETA_THRESHOLD_MINUTES (default 10) since the last one told (or became known). ' +
        `data: as stop.arrived; \`previousEstimatedArrival\` (the last ETA told, or null).`,
    },
    STOP_RUNNING_LATE: {
      description:
        'Wire name "stop.running_late": the stop\'s live ETA went past its planned window by more than the tenant\'s lateThresholdMinutes; once per episode (it must recover before it is sent again). ' +
        'data: as stop.arrived; `lateByMinutes` (about how late, rounded to 5) and `episode` (how many times the stop became late, from 1).',
    },
    STOP_PROOF_OF_DELIVERY: {
      description:
        'Wire name "stop.proof_of_delivery": a delivery stop\'s proof of delivery was recorded, or corrected (revision 2 and up). ' +
        'data: as stop.arrived; `proofOfDelivery`: { id, revision, deliveredAt } (ids only: read Stop.proofOfDelivery for the receiver and the signed image URLs).',
    },
    TRACKING_LINK_CREATED: { description: `Wire name "tracking_link.created". data: ${LINK}; \`recipientEmail\` (null for a consignment's default link).` },
    TRACKING_LINK_REVOKED: { description: `Wire name "tracking_link.revoked". data: ${LINK}.` },
    TRACKING_LINK_REGENERATED: { description: `Wire name "tracking_link.regenerated": the link was revoked and replaced in one step. data: ${LINK}; \`replacedBy\`: { id }.` },
    TRACKING_LINK_FIRST_VIEWED: { description: `Wire name "tracking_link.first_viewed": the link's page was opened for the first time. data: ${LINK}; \`viewedAt\`.` },
    EMAIL_FAILED: {
      description:
        'Wire name "email.failed": a contact-task email failed for good. data: `email`: { id, consignmentId, stopId, taskId, trigger, to, attempts, error }.',
    },
    FEEDBACK_RECEIVED: {
      description:
        'Wire name "feedback.received": a recipient sent delivery instructions (before delivery) or a rating (after it) through a tracking link\'s page, each submission once. ' +
        'data: `consignment`: { id, reference, status }; `feedback`: { id, linkId, kind (INSTRUCTIONS or RATING), instructions, rating (1 to 5), previousRating, comment, submittedAt } — the recipient\'s own words, never the link\'s token or URL.',
    },
  },
});

/** An event to deliver: what goes in `data`, and the consignment whose order it keeps. */
export interface WebhookEvent {
  type: WebhookEventType;
  occurredAt: Date;
  consignmentId: string | null;
  data: Record<string, unknown>;
  /** Merged into `data.consignment` for endpoints marked internal (price, cost). */
  internal?: Record<string, unknown>;
}

function consignmentData(c: Consignment) {
  return {
    id: c.id,
    reference: c.reference,
    orderId: c.orderId,
    status: c.status,
    customerReference: c.customerReference,
    containerNumber: c.containerNumber,
    updatedAt: iso(c.updatedAt),
  };
}

function stopData(s: Stop) {
  return {
    id: s.id,
    sequence: s.sequence,
    type: s.type,
    name: s.name,
    reference: s.reference,
    plannedArrival: iso(s.plannedArrival),
    estimatedArrival: iso(s.estimatedArrival),
    actualArrival: iso(s.actualArrival),
    actualDeparture: iso(s.actualDeparture),
  };
}

const iso = (d: Date | string | null | undefined) => (d == null ? null : new Date(d).toISOString());
const money = (c: Consignment) => ({ price: c.price ?? null, cost: c.cost ?? null });

/** The domain events webhooks are made from. */
export const WEBHOOK_SOURCES = [
  'consignment.created',
  'consignment.statusChanged',
  'consignment.deleted',
  'stop.changed',
  'stop.etaChanged',
  'stop.runningLate',
  'stop.proofOfDelivery',
  'trackingLink.created',
  'trackingLink.revoked',
  'trackingLink.regenerated',
  'trackingLink.firstViewed',
  'email.failed',
  'feedback.submitted',
] as const;
export type WebhookSource = Extract<DomainEvent, { type: (typeof WEBHOOK_SOURCES)[number] }>;

/**
 * The webhook events a domain event becomes (none, one, or for a stop both arrival and
 * departure). `stop.eta_changed` is decided against the last ETA told by the caller.
 */
export function webhookEventsOf(event: WebhookSource, now: Date): WebhookEvent[] {
  switch (event.type) {
    case 'consignment.created':
    case 'consignment.deleted': {
      const type = event.type === 'consignment.created' ? WebhookEventType.CONSIGNMENT_CREATED : WebhookEventType.CONSIGNMENT_DELETED;
      return [{ type, occurredAt: now, consignmentId: event.consignment.id, data: { consignment: consignmentData(event.consignment) }, internal: money(event.consignment) }];
    }
    case 'consignment.statusChanged':
      return [
        {
          type: WebhookEventType.CONSIGNMENT_STATUS_CHANGED,
          occurredAt: now,
          consignmentId: event.consignment.id,
          data: { consignment: consignmentData(event.consignment), previousStatus: event.from },
          internal: money(event.consignment),
        },
      ];
    case 'stop.changed': {
      const data = { consignment: stopConsignment(event.consignment), stop: stopData(event.stop) };
      return [
        ...(event.arrived ? [{ type: WebhookEventType.STOP_ARRIVED, occurredAt: now, consignmentId: event.consignment.id, data }] : []),
        ...(event.departed ? [{ type: WebhookEventType.STOP_DEPARTED, occurredAt: now, consignmentId: event.consignment.id, data }] : []),
      ];
    }
    case 'stop.proofOfDelivery':
      return [
        {
          type: WebhookEventType.STOP_PROOF_OF_DELIVERY,
          occurredAt: now,
          consignmentId: event.consignment.id,
          data: {
            consignment: stopConsignment(event.consignment),
            stop: stopData(event.stop),
            proofOfDelivery: { id: event.proofId, revision: event.revision, deliveredAt: iso(event.deliveredAt) },
          },
        },
      ];
    case 'stop.etaChanged':
      return [
        {
          type: WebhookEventType.STOP_ETA_CHANGED,
          occurredAt: now,
          consignmentId: event.consignment.id,
          data: { consignment: stopConsignment(event.consignment), stop: stopData(event.stop), previousEstimatedArrival: iso(event.from) },
        },
      ];
    case 'stop.runningLate':
      return [
        {
          type: WebhookEventType.STOP_RUNNING_LATE,
          occurredAt: now,
          consignmentId: event.consignment.id,
          data: { consignment: stopConsignment(event.consignment), stop: stopData(event.stop), lateByMinutes: event.stop.lateByMinutes, episode: event.episode },
        },
      ];
    case 'trackingLink.created':
      return [linkEvent(WebhookEventType.TRACKING_LINK_CREATED, now, event.link, { recipientEmail: event.recipientEmail })];
    case 'trackingLink.revoked':
      return [linkEvent(WebhookEventType.TRACKING_LINK_REVOKED, now, event.link, {})];
    case 'trackingLink.regenerated':
      return [linkEvent(WebhookEventType.TRACKING_LINK_REGENERATED, now, event.link, { replacedBy: { id: event.replacement.linkId } })];
    case 'trackingLink.firstViewed':
      return [linkEvent(WebhookEventType.TRACKING_LINK_FIRST_VIEWED, now, event.link, { viewedAt: iso(event.viewedAt) })];
    case 'email.failed': {
      const e = event.email;
      return [
        {
          type: WebhookEventType.EMAIL_FAILED,
          occurredAt: now,
          consignmentId: e.consignmentId,
          data: { email: { id: e.id, consignmentId: e.consignmentId, stopId: e.stopId, taskId: e.taskId, trigger: e.trigger, to: e.to, attempts: e.attempts, error: e.error } },
        },
      ];
    }
    case 'feedback.submitted': {
      const f = event.feedback;
      return [
        {
          type: WebhookEventType.FEEDBACK_RECEIVED,
          occurredAt: now,
          consignmentId: f.consignmentId,
          data: {
            consignment: stopConsignment(event.consignment),
            feedback: {
              id: f.id,
              linkId: f.linkId,
              kind: f.kind,
              instructions: f.instructions,
              rating: f.rating,
              previousRating: f.previousRating,
              comment: f.comment,
              submittedAt: iso(f.submittedAt),
            },
          },
        },
      ];
    }
  }
}

const stopConsignment = (c: Consignment) => ({ id: c.id, reference: c.reference, status: c.status });

function linkEvent(type: WebhookEventType, now: Date, link: { linkId: string; consignmentId: string }, more: Record<string, unknown>): WebhookEvent {
  return { type, occurredAt: now, consignmentId: link.consignmentId, data: { link: { id: link.linkId, consignmentId: link.consignmentId }, ...more } };
}
