import { Field, ID, InputType, InterfaceType, ObjectType } from 'type-graphql';
import { Customer } from '../orders/customer.entity';

/**
 * A choice per section of the public page; null means "no choice here" (keep, or inherit).
 * The base of every input and view that names sections, and the interface clients select
 * the sections through with one fragment.
 */
@InterfaceType('SectionChoices', { description: 'A choice per section of the public page; null: no choice here (follows the template).' })
@InputType('SectionChoicesInput')
export abstract class SectionChoices {
  @Field(() => Boolean, { nullable: true }) showStatus?: boolean | null;
  @Field(() => Boolean, { nullable: true }) showProgress?: boolean | null;
  @Field(() => Boolean, { nullable: true }) showStopReferences?: boolean | null;
  @Field(() => Boolean, { nullable: true }) showEstimatedTimes?: boolean | null;
  @Field(() => Boolean, { nullable: true }) showCargo?: boolean | null;
  @Field(() => Boolean, { nullable: true }) showPalletScans?: boolean | null;
  @Field(() => Boolean, { nullable: true }) showMap?: boolean | null;
  @Field(() => Boolean, { nullable: true }) showDriverPosition?: boolean | null;
  @Field(() => Boolean, { nullable: true }) showCustomerReference?: boolean | null;
  @Field(() => Boolean, { nullable: true }) showContainerNumber?: boolean | null;
  @Field(() => Boolean, { nullable: true }) showTransportService?: boolean | null;
  @Field(() => Boolean, { nullable: true }) showCustomFields?: boolean | null;
  @Field(() => Boolean, { nullable: true }) showExtraFields?: boolean | null;
  @Field(() => Boolean, { nullable: true }) showNotes?: boolean | null;
  @Field(() => Boolean, { nullable: true }) showPhotos?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'The recipient\'s word back: delivery instructions, then a rating and a comment.' }) showFeedback?: boolean | null;
}

/** Every section of the public page, on or off. */
@ObjectType({ implements: SectionChoices })
export class TrackingLinkTemplate {
  @Field(() => Boolean) showStatus!: boolean;
  @Field(() => Boolean) showProgress!: boolean;
  @Field(() => Boolean) showStopReferences!: boolean;
  @Field(() => Boolean) showEstimatedTimes!: boolean;
  @Field(() => Boolean) showCargo!: boolean;
  @Field(() => Boolean) showPalletScans!: boolean;
  @Field(() => Boolean) showMap!: boolean;
  @Field(() => Boolean) showDriverPosition!: boolean;
  @Field(() => Boolean) showCustomerReference!: boolean;
  @Field(() => Boolean) showContainerNumber!: boolean;
  @Field(() => Boolean) showTransportService!: boolean;
  @Field(() => Boolean) showCustomFields!: boolean;
  @Field(() => Boolean) showExtraFields!: boolean;
  @Field(() => Boolean) showNotes!: boolean;
  @Field(() => Boolean) showPhotos!: boolean;
  @Field(() => Boolean) showFeedback!: boolean;

  @Field(() => [String], { nullable: true, description: 'Custom fields shown when showCustomFields is on; null: all.' })
  customFieldKeys!: string[] | null;
}

/** Null fields leave the setting as it is. */
@InputType()
export class TrackingLinkTemplateInput extends SectionChoices {
  @Field(() => [String], { nullable: true, description: 'Custom fields to show; an empty list shows all.' })
  customFieldKeys?: string[] | null;
}

/** A customer's overrides of the tenant template: a null section follows the tenant template. */
@ObjectType({ implements: SectionChoices })
export class CustomerTrackingLinkTemplate extends SectionChoices {
  @Field(() => Customer) customer!: Customer;
  @Field(() => TrackingLinkTemplate, { description: 'What this customer\'s recipients see: these overrides over the tenant template.' })
  effective!: TrackingLinkTemplate;
}

/** The whole set of a customer's overrides: a null section follows the tenant template. */
@InputType()
export class CustomerTemplateInput extends TrackingLinkTemplateInput {
  @Field(() => ID)
  customerId!: string;
}
