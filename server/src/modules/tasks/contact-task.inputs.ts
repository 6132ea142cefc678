import { Field, InputType } from 'type-graphql';
import { TaskLevel, TaskRecipient, TaskTrigger } from './task.enums';
import { ConsignmentStatus } from '@tracklink/shared';

/** A STATUS_REACHED trigger names its status; FIXED_ADDRESS names its address. */
@InputType()
export class ContactTaskInput {
  @Field(() => String)
  name!: string;

  @Field(() => TaskLevel)
  level!: TaskLevel;

  @Field(() => TaskTrigger, { description: 'STOP_ARRIVED, STOP_DEPARTED and ETA_LATE (the stop started running late; once per lateness episode) are for stop-level tasks.' })
  trigger!: TaskTrigger;

  @Field(() => ConsignmentStatus, { nullable: true, description: 'Required with STATUS_REACHED: TO_PLAN, PLANNED, IN_TRANSIT or DELIVERED.' })
  triggerStatus?: ConsignmentStatus | null;

  @Field(() => TaskRecipient, { description: 'STOP_CONTACT is for stop-level tasks.' })
  recipient!: TaskRecipient;

  @Field(() => String, { nullable: true, description: 'Required with FIXED_ADDRESS.' })
  fixedEmail?: string | null;

  @Field(() => String)
  subject!: string;

  @Field(() => String)
  body!: string;

  @Field(() => Boolean, { nullable: true, description: 'Default true on create; null leaves it as it is on update.' })
  enabled?: boolean | null;
}
