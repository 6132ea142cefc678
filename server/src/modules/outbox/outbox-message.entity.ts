import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TRACKING_LINK_VARIABLE } from '@tracklink/shared';
import { TaskTrigger } from '../tasks/task.enums';

export enum OutboxStatus {
  /** Waiting for the worker (or for its next attempt). */
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Every attempt failed, or the server refused it for good; see lastError. */
  FAILED = 'FAILED',
  /** No SMTP server is configured (SMTP_URL): kept, visible, never attempted. */
  NOT_SENT = 'NOT_SENT',
}
registerEnumType(OutboxStatus, {
  name: 'OutboxStatus',
  description: 'Where an email is in sending.',
  valuesConfig: {
    FAILED: { description: 'Every attempt failed; retryOutboxMessage sends it again.' },
    NOT_SENT: { description: 'Kept without sending: the server has no SMTP server configured (SMTP_URL unset).' },
    PENDING: { description: 'Waiting for its next attempt (nextAttemptAt).' },
    SENT: { description: 'Accepted by the SMTP server.' },
  },
});

/**
 * Where the recipient's tracking URL goes in a stored message. Rows keep this placeholder and
 * the worker fills in the URL of `linkId` when it sends, so the outbox holds no working token.
 */
export const LINK_PLACEHOLDER = `{{${TRACKING_LINK_VARIABLE}}}`;

/** One email, written in the same transaction as the change that triggered it. */
@ObjectType({ description: 'An email queued by a contact task.' })
@Entity('outbox_messages')
export class OutboxMessage {
  @Field(() => ID, { description: 'The message\'s id.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'uuid', nullable: true })
  taskId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  consignmentId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  stopId!: string | null;

  /** The recipient's own tracking link, put into the message at send time. */
  @Column({ type: 'uuid', nullable: true })
  linkId!: string | null;

  @Field(() => TaskTrigger, { description: 'What queued it.' })
  @Column({ type: 'text' })
  trigger!: TaskTrigger;

  /** task | consignment | stop | recipient | trigger: unique, so replays insert nothing. */
  @Column({ type: 'text', unique: true })
  dedupeKey!: string;

  /** Display name of the sender (the tenant). */
  @Column({ type: 'text', nullable: true })
  fromName!: string | null;

  @Field(() => String, { name: 'to', description: 'The recipient\'s address.' })
  @Column({ type: 'text' })
  toAddress!: string;

  @Field(() => String, { description: 'The subject line, variables filled in.' })
  @Column({ type: 'text' })
  subject!: string;

  @Field(() => String, { description: 'The plain-text part, with {{consignment.trackingLink}} where the link goes.' })
  @Column({ type: 'text' })
  bodyText!: string;

  @Column({ type: 'text' })
  bodyHtml!: string;

  @Field(() => OutboxStatus, { description: 'Where it is in sending.' })
  @Column({ type: 'text', default: OutboxStatus.PENDING })
  status!: OutboxStatus;

  @Field(() => Int, { description: 'Send attempts so far (reset by a retry).' })
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Field(() => String, { nullable: true, description: "The last failure, e.g. the SMTP server's reply." })
  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  /** When a PENDING message is due; while the worker holds it, the end of its lease. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Field(() => Date, { description: 'When it was queued.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the SMTP server accepted it; null until then.' })
  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
