import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum TrackingLinkAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  REVOKED = 'REVOKED',
  REGENERATED = 'REGENERATED',
}
registerEnumType(TrackingLinkAction, { name: 'TrackingLinkAction' });

/** The audit trail of a link: who did what, when. */
@ObjectType('TrackingLinkAuditEntry')
@Entity('tracking_link_events')
@Index(['linkId', 'at'])
export class TrackingLinkEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'uuid' })
  linkId!: string;

  @Field(() => TrackingLinkAction)
  @Column({ type: 'text' })
  action!: TrackingLinkAction;

  @Field(() => String, { description: 'Who: a user\'s email, an API key, or "system".' })
  @Column({ type: 'text' })
  actor!: string;

  @Field(() => String, { nullable: true, description: 'What changed, in words.' })
  @Column({ type: 'text', nullable: true })
  detail!: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
