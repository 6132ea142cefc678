import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum TrackingLinkAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  REVOKED = 'REVOKED',
  REGENERATED = 'REGENERATED',
}
registerEnumType(TrackingLinkAction, {
  name: 'TrackingLinkAction',
  description: 'What happened to a tracking link.',
  valuesConfig: {
    CREATED: { description: 'The link was made.' },
    REGENERATED: { description: 'The link was revoked and replaced by a new one.' },
    REVOKED: { description: 'The link was revoked.' },
    UPDATED: { description: 'Its options or expiry changed.' },
  },
});

/** The audit trail of a link: who did what, when. */
@ObjectType('TrackingLinkAuditEntry', { description: 'A change of a tracking link, for audit.' })
@Entity('tracking_link_events')
@Index(['linkId', 'at'])
export class TrackingLinkEvent {
  @Field(() => ID, { description: 'The entry\'s id.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'uuid' })
  linkId!: string;

  @Field(() => TrackingLinkAction, { description: 'What happened.' })
  @Column({ type: 'text' })
  action!: TrackingLinkAction;

  @Field(() => String, { description: 'Who: a user\'s email, an API key, or "system".' })
  @Column({ type: 'text' })
  actor!: string;

  @Field(() => String, { nullable: true, description: 'What changed, in words.' })
  @Column({ type: 'text', nullable: true })
  detail!: string | null;

  @Field(() => Date, { description: 'When.' })
  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
