import { connectionType } from '../../graphql/page-info';
import { Note } from './note.entity';
import { Photo } from './photo.entity';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Consignment } from './consignment.entity';
import { ConsignmentStatus, NoteScope, PackagingType, StopType } from '@tracklink/shared';
import { PageInfo } from '../../graphql/page-info';

@InputType({ description: 'A key/value pair to store: an extra field, or a custom field\'s value by its key.' })
@ObjectType('KeyValue', { description: 'A free key/value pair of a consignment.' })
export class KeyValueInput {
  @Field(() => String, { description: 'The key, as given.' })
  key!: string;

  @Field(() => String, { description: 'The value, text.' })
  value!: string;
}

@InputType({ description: 'A stop of a new consignment, given in route order.' })
export class StopInput {
  @Field(() => StopType, { description: 'PICKUP or DELIVERY.' })
  type!: StopType;

  @Field(() => String, { description: 'The place\'s name (required).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The address, free text.' })
  address?: string | null;

  @Field(() => Float, { description: 'WGS 84 latitude in degrees, -90 to 90.' })
  latitude!: number;

  @Field(() => Float, { description: 'WGS 84 longitude in degrees, -180 to 180.' })
  longitude!: number;

  @Field(() => String, { nullable: true, description: 'IANA time zone of the stop; default UTC.' })
  timezone?: string | null;

  @Field(() => String, { nullable: true, description: 'A reference for this stop, e.g. a booking number.' })
  reference?: string | null;

  @Field(() => Date, { nullable: true, description: 'Start of the planned window.' })
  plannedArrival?: Date | null;

  @Field(() => Date, { nullable: true, description: 'End of the planned window.' })
  plannedWindowEnd?: Date | null;

  @Field(() => Date, { nullable: true, description: 'A first ETA; null: unknown.' })
  estimatedArrival?: Date | null;

  @Field(() => String, { nullable: true, description: 'The contact\'s name.' })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'The contact\'s email address (contact tasks may write to it).' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'The contact\'s phone number, free text.' })
  contactPhone?: string | null;

  @Field(() => Int, { nullable: true, description: "Geofence radius in metres (10 to 5000); default the tenant's." })
  geofenceRadiusM?: number | null;
}

@InputType({ description: 'One line of cargo to store with a consignment.' })
export class CargoLineInput {
  @Field(() => String, { description: 'What the goods are, free text (required, not empty).' })
  description!: string;

  @Field(() => Int, { description: 'Number of packages, a whole number from 1 to 1,000,000.' })
  quantity!: number;

  @Field(() => PackagingType, { description: 'How the goods are packed.' })
  packagingType!: PackagingType;

  @Field(() => Float, { nullable: true, description: 'Gross weight of the whole line in kilograms (0 or more); null: not known.' })
  weightKg?: number | null;
}

@InputType({ description: 'A consignment to create inside createOrder.' })
export class ConsignmentInput {
  @Field(() => String, { description: 'The tenant\'s reference for the consignment (required, not empty).' })
  reference!: string;

  @Field(() => ConsignmentStatus, { nullable: true, description: 'Initial status; default DRAFT.' })
  status?: ConsignmentStatus | null;

  @Field(() => String, { nullable: true, description: 'The customer\'s own reference for this shipment.' })
  customerReference?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 6346 container number, if any.' })
  containerNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'The service booked, free text.' })
  transportService?: string | null;

  @Field(() => [StopInput], { description: 'At least one PICKUP and one DELIVERY, in route order.' })
  stops!: StopInput[];

  @Field(() => [CargoLineInput], { nullable: true, description: 'Cargo lines; default none.' })
  cargo?: CargoLineInput[] | null;

  @Field(() => [KeyValueInput], { nullable: true, description: 'Free key/value pairs shown (when the template allows) on the public page, in this order; keys unique.' })
  extraFields?: KeyValueInput[] | null;

  @Field(() => [KeyValueInput], { nullable: true, description: "Values of the tenant's custom fields, by key." })
  customFields?: KeyValueInput[] | null;

  @Field(() => String, { nullable: true, description: 'Licence plate of the vehicle, free text.' })
  vehiclePlate?: string | null;

  @Field(() => Float, { nullable: true, description: 'Internal only.' })
  price?: number | null;

  @Field(() => Float, { nullable: true, description: 'Internal only.' })
  cost?: number | null;

  @Field(() => String, { nullable: true, description: 'Internal only.' })
  internalNotes?: string | null;
}

/** Null fields leave the value as it is; an empty string clears a text. */
@InputType({ description: 'Changes to a consignment; null fields stay as they are.' })
export class UpdateConsignmentInput {
  @Field(() => String, { nullable: true, description: 'The tenant\'s reference for the consignment.' })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'The customer\'s reference; an empty string clears it.' })
  customerReference?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 6346 container number; an empty string clears it.' })
  containerNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'The service booked; an empty string clears it.' })
  transportService?: string | null;

  @Field(() => String, { nullable: true, description: 'Licence plate; an empty string clears it.' })
  vehiclePlate?: string | null;

  @Field(() => [KeyValueInput], { nullable: true, description: 'Replaces all extra fields.' })
  extraFields?: KeyValueInput[] | null;

  @Field(() => [KeyValueInput], { nullable: true, description: 'Replaces all custom field values.' })
  customFields?: KeyValueInput[] | null;

  @Field(() => [CargoLineInput], { nullable: true, description: 'Replaces all cargo lines.' })
  cargo?: CargoLineInput[] | null;

  @Field(() => Float, { nullable: true, description: 'Internal only: the price, a decimal with up to 2 places (never on a public page).' })
  price?: number | null;

  @Field(() => Float, { nullable: true, description: 'Internal only: the cost, a decimal with up to 2 places (never on a public page).' })
  cost?: number | null;

  @Field(() => String, { nullable: true, description: 'Internal only: free text for staff (never on a public page).' })
  internalNotes?: string | null;
}

/** Null fields leave the value as it is. `clear` names time fields to empty. */
@InputType({ description: 'Changes to a stop; null fields stay as they are. Setting actualArrival or actualDeparture runs STOP_ARRIVED and STOP_DEPARTED tasks and webhooks.' })
export class UpdateStopInput {
  @Field(() => String, { nullable: true, description: 'The place\'s name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'The address.' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'The stop\'s reference.' })
  reference?: string | null;

  @Field(() => Date, { nullable: true, description: 'Start of the planned window.' })
  plannedArrival?: Date | null;

  @Field(() => Date, { nullable: true, description: 'End of the planned window.' })
  plannedWindowEnd?: Date | null;

  @Field(() => Date, { nullable: true, description: 'A new ETA.' })
  estimatedArrival?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the vehicle arrived.' })
  actualArrival?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the vehicle left.' })
  actualDeparture?: Date | null;

  @Field(() => String, { nullable: true, description: 'The contact\'s name.' })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'The contact\'s email address.' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'The contact\'s phone number.' })
  contactPhone?: string | null;

  @Field(() => Int, { nullable: true, description: "Geofence radius in metres (10 to 5000); 0 goes back to the tenant's default." })
  geofenceRadiusM?: number | null;
}

@InputType({ description: 'A note to add to a consignment.' })
export class NoteInput {
  @Field(() => NoteScope, { description: 'CUSTOMER: may appear on the public page; INTERNAL: staff only.' })
  scope!: NoteScope;

  @Field(() => String, { description: 'The note, plain text (required).' })
  text!: string;
}

@InputType({ description: 'A photo to add to a consignment.' })
export class PhotoInput {
  @Field(() => String, { description: 'An http(s) URL of the image.' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'A caption; null: none.' })
  caption?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Default false.' })
  customerVisible?: boolean | null;
}

@InputType({ description: 'Narrows the consignments list; absent fields do not filter.' })
export class ConsignmentFilter {
  @Field(() => ConsignmentStatus, { nullable: true, description: 'Only consignments with this status.' })
  status?: ConsignmentStatus | null;

  @Field(() => String, { nullable: true, description: 'Matches references, container number and customer name.' })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only consignments of this order.' })
  orderId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only consignments a recipient rated this low or lower (1–5); 2 finds the poor ratings.' })
  maxRating?: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'A consignment with its cursor.' })
export class ConsignmentEdge {
  @Field(() => String, { description: 'Opaque; pass as `after` to get the consignments after this one.' })
  cursor!: string;

  @Field(() => Consignment, { description: 'The consignment.' })
  node!: Consignment;
}

/** How many consignments the list's filter matches, counted up to `LIST_COUNT_CAP`. */
@ObjectType({ simpleResolvers: true, description: 'A count that stops at a cap: exact when `capped` is false, otherwise "more than `count`".' })
export class CappedCount {
  @Field(() => Int, { description: 'The number counted: exact, or the cap when there are more.' })
  count!: number;

  @Field(() => Boolean, { description: 'True when more rows match than `count` (show it as "10,000+").' })
  capped!: boolean;
}

/** The list counts up to this many matches (a walk of that many index entries at most). */
export const LIST_COUNT_CAP = 10_000;

@ObjectType({ simpleResolvers: true, description: 'A page of consignments (Relay cursor connection), newest first.' })
export class ConsignmentConnection {
  @Field(() => [ConsignmentEdge], { description: 'The consignments of this page with their cursors.' })
  edges!: ConsignmentEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits in the whole list: cursors and whether more pages follow.' })
  pageInfo!: PageInfo;

  /** Counts the matching consignments, at most `cap` of them; the fields below ask it. */
  count!: (cap?: number | null) => Promise<number>;
}

@ObjectType({ description: 'A consignment\'s value of one custom field.' })
export class CustomFieldValue {
  @Field(() => String, { description: 'The field\'s key.' })
  key!: string;

  @Field(() => String, { description: 'The field\'s current label (the key when the definition was deleted).' })
  label!: string;

  @Field(() => String, { description: 'The value, text.' })
  value!: string;
}

export const NoteConnection = connectionType(Note, 'Note', 'notes of a consignment', 'oldest first');
export const PhotoConnection = connectionType(Photo, 'Photo', 'photos of a consignment', 'oldest first');
