import { connectionType } from '../../graphql/page-info';
import { ContactTask } from './contact-task.entity';
import { Field, InputType } from 'type-graphql';
import { TaskLevel, TaskRecipient, TaskTrigger } from './task.enums';
import { ConsignmentStatus } from '@tracklink/shared';

/** A STATUS_REACHED trigger names its status; FIXED_ADDRESS names its address. */
@InputType({ description: 'The settings of an automatic email (create or replace).' })
export class ContactTaskInput {
  @Field(() => String, { description: 'A name for staff (required).' })
  name!: string;

  @Field(() => TaskLevel, { description: 'CONSIGNMENT: once per consignment; STOP: once per stop.' })
  level!: TaskLevel;

  @Field(() => TaskTrigger, { description: 'STOP_ARRIVED, STOP_DEPARTED and ETA_LATE (the stop started running late; once per lateness episode) are for stop-level tasks.' })
  trigger!: TaskTrigger;

  @Field(() => ConsignmentStatus, { nullable: true, description: 'Required with STATUS_REACHED: TO_PLAN, PLANNED, IN_TRANSIT or DELIVERED.' })
  triggerStatus?: ConsignmentStatus | null;

  @Field(() => TaskRecipient, { description: 'STOP_CONTACT is for stop-level tasks.' })
  recipient!: TaskRecipient;

  @Field(() => String, { nullable: true, description: 'Required with FIXED_ADDRESS.' })
  fixedEmail?: string | null;

  @Field(() => String, { description: 'One line with {{variables}} (required).' })
  subject!: string;

  @Field(() => String, { description: 'Plain text with {{variables}} such as {{consignment.reference}} and {{consignment.trackingLink}}.' })
  body!: string;

  @Field(() => Boolean, { nullable: true, description: 'Default true on create; null leaves it as it is on update.' })
  enabled?: boolean | null;
}

export const ContactTaskConnection = connectionType(ContactTask, 'ContactTask', "contact tasks of the caller's tenant", 'oldest first');
