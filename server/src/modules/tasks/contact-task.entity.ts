import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TaskLevel, TaskRecipient, TaskTrigger } from './task.enums';
import { ConsignmentStatus } from '@tracklink/shared';

/** An email a tenant sends automatically when something happens to a consignment or a stop (SPEC §5). */
@ObjectType({ description: 'An automatic email: when it is sent, to whom, and what it says.' })
@Entity('contact_tasks')
@Index(['tenantId', 'createdAt'])
export class ContactTask {
  @Field(() => ID, { description: 'The task\'s id.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  tenantId!: string;

  @Field(() => String, { description: 'A name for staff, e.g. "Delivery ETA mail".' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => TaskLevel, { description: 'Whether it runs once per consignment or once per stop.' })
  @Column({ type: 'text' })
  level!: TaskLevel;

  @Field(() => TaskTrigger, { description: 'What makes it send.' })
  @Column({ type: 'text' })
  trigger!: TaskTrigger;

  @Field(() => ConsignmentStatus, { nullable: true, description: 'The status a STATUS_REACHED task waits for.' })
  @Column({ type: 'text', nullable: true })
  triggerStatus!: ConsignmentStatus | null;

  @Field(() => TaskRecipient, { description: 'Who gets the email.' })
  @Column({ type: 'text' })
  recipient!: TaskRecipient;

  @Field(() => String, { nullable: true, description: 'The address of a FIXED_ADDRESS task.' })
  @Column({ type: 'text', nullable: true })
  fixedEmail!: string | null;

  @Field(() => String, { description: 'Takes {{variables}} such as {{consignment.reference}}.' })
  @Column({ type: 'text' })
  subject!: string;

  @Field(() => String, { description: 'Plain text with {{variables}}; sent as a text part and an escaped HTML part.' })
  @Column({ type: 'text' })
  body!: string;

  @Field(() => Boolean, { description: 'A disabled task sends nothing.' })
  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Field(() => Date, { description: 'When the task was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the task was last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
