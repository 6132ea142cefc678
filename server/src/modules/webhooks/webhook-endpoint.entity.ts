import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { WebhookEventType } from './webhook-events';

@ObjectType({ description: "Where a tenant's events are POSTed, signed per the Standard Webhooks specification." })
@Entity('webhook_endpoints')
export class WebhookEndpoint {
  @Field(() => ID, { description: 'The endpoint\'s id.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  tenantId!: string;

  @Field(() => String, { description: 'An https:// URL (http:// only to localhost outside production).' })
  @Column({ type: 'text' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'A note for staff; null: none.' })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => [WebhookEventType], { description: 'The events it gets (a test event is sent whatever this says).' })
  @Column({ type: 'text', array: true })
  eventTypes!: WebhookEventType[];

  @Field(() => Boolean, { description: 'Off: nothing is queued for it, and what was queued waits until it is on again.' })
  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Field(() => Boolean, { description: "The tenant's own system: payloads also carry the consignment's price and cost." })
  @Column({ type: 'boolean', default: false })
  internal!: boolean;

  @Column({ type: 'text' })
  secretEncrypted!: string;

  @Column({ type: 'text', nullable: true })
  previousSecretEncrypted!: string | null;

  @Field(() => Date, { nullable: true, description: 'Until then, deliveries are signed with the secret before the last rotation too.' })
  @Column({ type: 'timestamptz', nullable: true })
  previousSecretExpiresAt!: Date | null;

  @Field(() => Int, { description: 'Deliveries in a row that failed for good (reset by a success).' })
  @Column({ type: 'integer', default: 0 })
  consecutiveFailures!: number;

  @Field(() => Date, { nullable: true, description: 'When the server turned it off (410 Gone, or too many failures in a row).' })
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the server turned it off; null when staff did, or while it is on.' })
  @Column({ type: 'text', nullable: true })
  disabledReason!: string | null;

  @Field(() => Date, { description: 'When the endpoint was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
