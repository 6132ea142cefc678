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
  @Field(() => Boolean, { nullable: true, description: 'Whether the page shows the consignment\'s status; null: no choice here.' }) showStatus?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the page shows the progress bar: the steps TO_PLAN, PLANNED, IN_TRANSIT, DELIVERED reached so far; null: no choice here.' }) showProgress?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the page shows the stops\' references; null: no choice here.' }) showStopReferences?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the page shows the stops\' planned windows, ETAs and actual times; null: no choice here.' }) showEstimatedTimes?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the page shows the cargo lines; null: no choice here.' }) showCargo?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the page shows the pallet scans; null: no choice here.' }) showPalletScans?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the page shows the map (the stops\' coordinates); null: no choice here.' }) showMap?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the page shows the driver\'s latest position on the map, while IN_TRANSIT; null: no choice here.' }) showDriverPosition?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the page shows the customer\'s reference; null: no choice here.' }) showCustomerReference?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the page shows the container number; null: no choice here.' }) showContainerNumber?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the page shows the transport service; null: no choice here.' }) showTransportService?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the page shows the custom fields (those named in customFieldKeys); null: no choice here.' }) showCustomFields?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the page shows the extra fields; null: no choice here.' }) showExtraFields?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the page shows the CUSTOMER notes; null: no choice here.' }) showNotes?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the page shows the customer-visible photos; null: no choice here.' }) showPhotos?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the page offers the recipient\'s word back (delivery instructions, then a rating and a comment); null: no choice here.' }) showFeedback?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the page shows the proof of delivery of its delivery stops (receiver, time, signature, photos); null: no choice here.' }) showProofOfDelivery?: boolean | null;
}

/** Every section of the public page, on or off. */
@ObjectType({ implements: SectionChoices, description: 'The tenant-wide choice of what public tracking pages show. A customer\'s overrides and a link\'s overrides take precedence, in that order.' })
export class TrackingLinkTemplate {
  @Field(() => Boolean, { description: 'Whether pages show the consignment\'s status, unless a customer\'s or a link\'s override says otherwise.' }) showStatus!: boolean;
  @Field(() => Boolean, { description: 'Whether pages show the progress bar: the steps TO_PLAN, PLANNED, IN_TRANSIT, DELIVERED reached so far, unless a customer\'s or a link\'s override says otherwise.' }) showProgress!: boolean;
  @Field(() => Boolean, { description: 'Whether pages show the stops\' references, unless a customer\'s or a link\'s override says otherwise.' }) showStopReferences!: boolean;
  @Field(() => Boolean, { description: 'Whether pages show the stops\' planned windows, ETAs and actual times, unless a customer\'s or a link\'s override says otherwise.' }) showEstimatedTimes!: boolean;
  @Field(() => Boolean, { description: 'Whether pages show the cargo lines, unless a customer\'s or a link\'s override says otherwise.' }) showCargo!: boolean;
  @Field(() => Boolean, { description: 'Whether pages show the pallet scans, unless a customer\'s or a link\'s override says otherwise.' }) showPalletScans!: boolean;
  @Field(() => Boolean, { description: 'Whether pages show the map (the stops\' coordinates), unless a customer\'s or a link\'s override says otherwise.' }) showMap!: boolean;
  @Field(() => Boolean, { description: 'Whether pages show the driver\'s latest position on the map, while IN_TRANSIT, unless a customer\'s or a link\'s override says otherwise.' }) showDriverPosition!: boolean;
  @Field(() => Boolean, { description: 'Whether pages show the customer\'s reference, unless a customer\'s or a link\'s override says otherwise.' }) showCustomerReference!: boolean;
  @Field(() => Boolean, { description: 'Whether pages show the container number, unless a customer\'s or a link\'s override says otherwise.' }) showContainerNumber!: boolean;
  @Field(() => Boolean, { description: 'Whether pages show the transport service, unless a customer\'s or a link\'s override says otherwise.' }) showTransportService!: boolean;
  @Field(() => Boolean, { description: 'Whether pages show the custom fields (those named in customFieldKeys), unless a customer\'s or a link\'s override says otherwise.' }) showCustomFields!: boolean;
  @Field(() => Boolean, { description: 'Whether pages show the extra fields, unless a customer\'s or a link\'s override says otherwise.' }) showExtraFields!: boolean;
  @Field(() => Boolean, { description: 'Whether pages show the CUSTOMER notes, unless a customer\'s or a link\'s override says otherwise.' }) showNotes!: boolean;
  @Field(() => Boolean, { description: 'Whether pages show the customer-visible photos, unless a customer\'s or a link\'s override says otherwise.' }) showPhotos!: boolean;
  @Field(() => Boolean, { description: 'Whether pages offer the recipient\'s word back (delivery instructions before delivery, a rating and a comment after it), unless a customer\'s or a link\'s override says otherwise.' }) showFeedback!: boolean;
  @Field(() => Boolean, { description: 'Whether pages show the proof of delivery of their delivery stops (receiver, time, signature, photos), unless a customer\'s or a link\'s override says otherwise.' }) showProofOfDelivery!: boolean;

  @Field(() => [String], { nullable: true, description: 'Custom fields shown when showCustomFields is on; null: all.' })
  customFieldKeys!: string[] | null;
}

/** Null fields leave the setting as it is. */
@InputType({ description: 'Changes to the tenant template; null fields stay as they are.' })
export class TrackingLinkTemplateInput extends SectionChoices {
  @Field(() => [String], { nullable: true, description: 'Custom fields to show; an empty list shows all.' })
  customFieldKeys?: string[] | null;
}

/** A customer's overrides of the tenant template: a null section follows the tenant template. */
@ObjectType({ implements: SectionChoices, description: 'One customer\'s overrides of the tenant template; they apply to the pages of that customer\'s consignments. A null section follows the tenant template.' })
export class CustomerTrackingLinkTemplate extends SectionChoices {
  @Field(() => Customer, { description: 'The customer.' }) customer!: Customer;
  @Field(() => TrackingLinkTemplate, { description: 'What this customer\'s recipients see: these overrides over the tenant template.' })
  effective!: TrackingLinkTemplate;
}

/** The whole set of a customer's overrides: a null section follows the tenant template. */
@InputType({ description: 'All of one customer\'s section overrides at once (replaces what was set); a null section follows the tenant template.' })
export class CustomerTemplateInput extends TrackingLinkTemplateInput {
  @Field(() => ID, { description: 'The customer the overrides are for.' })
  customerId!: string;
}
