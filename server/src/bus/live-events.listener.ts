import type { Logger } from '../logger';
import { afterCommit, type DomainEvent } from '../events/domain-events';
import { Topic, type EventBus, type TopicPayloads } from './event-bus';

const LIVE = [
  'consignment.created',
  'consignment.statusChanged',
  'consignment.changed',
  'consignment.deleted',
  'stop.changed',
  'trackingLink.changed',
  'trackingLink.revoked',
  'trackingLink.regenerated',
  'tenant.changed',
  'template.changed',
  'driver.positionMoved',
  'credentials.ended',
] as const;
type LiveDomainEvent = Extract<DomainEvent, { type: (typeof LIVE)[number] }>;

/** The live event a domain event becomes: every process's open pages and consoles hear it. */
export function liveEventOf(event: LiveDomainEvent): { [T in Topic]: { topic: T; payload: TopicPayloads[T] } }[Topic] {
  switch (event.type) {
    case 'consignment.created':
    case 'consignment.statusChanged':
    case 'consignment.changed':
    case 'stop.changed':
      return { topic: Topic.CONSIGNMENT_CHANGED, payload: { tenantId: event.consignment.tenantId, consignmentId: event.consignment.id } };
    case 'consignment.deleted':
      return { topic: Topic.CONSIGNMENT_CHANGED, payload: { tenantId: event.consignment.tenantId, consignmentId: event.consignment.id, deleted: true } };
    case 'trackingLink.changed':
    case 'trackingLink.revoked':
    case 'trackingLink.regenerated':
      // The old link's pages check it again (and find it revoked).
      return { topic: Topic.LINK_INVALIDATED, payload: event.link };
    case 'tenant.changed':
    case 'template.changed':
      // A template decides what every open page of the tenant shows.
      return { topic: Topic.TENANT_CHANGED, payload: { tenantId: event.tenantId } };
    case 'credentials.ended':
      return { topic: Topic.CREDENTIALS_ENDED, payload: event.credentials };
    case 'driver.positionMoved': {
      const { inTransit: _work, recordedAt, ...position } = event.position;
      return { topic: Topic.DRIVER_POSITION, payload: { ...position, recordedAt: recordedAt.toISOString() } };
    }
  }
}

/** Changes made through any service reach the live event bus once committed. */
export const publishLiveEvents = (bus: EventBus, log: Logger) =>
  afterCommit({
    name: 'bus.publish-live',
    on: LIVE,
    handle: (event) => {
      const { topic, payload } = liveEventOf(event);
      bus.publish(topic, payload).catch((error) => log.error(`publishing ${topic} failed:`, error));
    },
  });
