import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum WebhookDeliveryStatus {
  /** Waiting for the worker, or for its next attempt. */
  PENDING = 'PENDING',
  /** The endpoint answered 2xx in time. */
  DELIVERED = 'DELIVERED',
  /** Retried for the whole retry window (24 h) without a 2xx, or the endpoint answered 410. */
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a webhook delivery is.',
  valuesConfig: {
    DELIVERED: { description: 'The endpoint answered 2xx within 10 s.' },
    FAILED: { description: 'Failed for good: no 2xx within the retry window (about 24 h), or a 410 Gone.' },
    PENDING: { description: 'Waiting for its next attempt (nextAttemptAt).' },
  },
});

/** One event for one endpoint, written in the transaction of the change. */
@ObjectType({ description: 'One event sent (or to send) to one endpoint, with the outcome of its last attempt.' })
@Entity('webhook_deliveries')
export class WebhookDelivery {
  @Field(() => ID, { description: 'The delivery\'s id (for resendWebhookDelivery).' })
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'uuid' })
  endpointId!: string;

  @Field(() => String, { description: 'The webhook-id header and the body\'s "id": the same on every attempt.' })
  @Column({ type: 'text' })
  messageId!: string;

  @Field(() => String, { description: 'The wire name, e.g. "consignment.status_changed" or "webhook.test".' })
  @Column({ type: 'text' })
  eventType!: string;

  /** The consignment whose order this delivery keeps (null: sent on its own). */
  @Column({ type: 'uuid', nullable: true })
  orderingKey!: string | null;

  @Field(() => String, { name: 'payload', description: 'The body as sent (JSON).' })
  @Column({ type: 'text' })
  body!: string;

  @Field(() => WebhookDeliveryStatus, { description: 'Where it is in delivery.' })
  @Column({ type: 'text', default: WebhookDeliveryStatus.PENDING })
  status!: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts so far.' })
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** When a PENDING delivery is due; while a worker holds it, the end of its lease. */
  @Column({ type: 'timestamptz' })
  nextAttemptAt!: Date;

  @Column({ type: 'timestamptz' })
  giveUpAt!: Date;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last answer (null: none came).' })
  @Column({ type: 'integer', nullable: true })
  lastStatusCode!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Field(() => Int, { nullable: true, description: 'Milliseconds the last attempt took.' })
  @Column({ type: 'integer', nullable: true })
  lastLatencyMs!: number | null;

  @Field(() => Date, { description: 'When the event was queued.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the endpoint answered 2xx; null until then.' })
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}
