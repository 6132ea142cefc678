import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Consignment } from './consignment.entity';
import { ConsignmentStatus, NoteScope, PackagingType, StopType } from '@tracklink/shared';
import { PageInfo } from '../../graphql/page-info';

@InputType()
@ObjectType('KeyValue')
export class KeyValueInput {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  value!: string;
}

@InputType()
export class StopInput {
  @Field(() => StopType)
  type!: StopType;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;

  @Field(() => String, { nullable: true, description: 'IANA time zone of the stop; default UTC.' })
  timezone?: string | null;

  @Field(() => String, { nullable: true })
  reference?: string | null;

  @Field(() => Date, { nullable: true, description: 'Start of the planned window.' })
  plannedArrival?: Date | null;

  @Field(() => Date, { nullable: true, description: 'End of the planned window.' })
  plannedWindowEnd?: Date | null;

  @Field(() => Date, { nullable: true })
  estimatedArrival?: Date | null;

  @Field(() => String, { nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;

  @Field(() => Int, { nullable: true, description: "Geofence radius in metres (10 to 5000); default the tenant's." })
  geofenceRadiusM?: number | null;
}

@InputType()
export class CargoLineInput {
  @Field(() => String)
  description!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => PackagingType)
  packagingType!: PackagingType;

  @Field(() => Float, { nullable: true })
  weightKg?: number | null;
}

@InputType()
export class ConsignmentInput {
  @Field(() => String)
  reference!: string;

  @Field(() => ConsignmentStatus, { nullable: true, description: 'Initial status; default DRAFT.' })
  status?: ConsignmentStatus | null;

  @Field(() => String, { nullable: true })
  customerReference?: string | null;

  @Field(() => String, { nullable: true })
  containerNumber?: string | null;

  @Field(() => String, { nullable: true })
  transportService?: string | null;

  @Field(() => [StopInput], { description: 'At least one PICKUP and one DELIVERY, in route order.' })
  stops!: StopInput[];

  @Field(() => [CargoLineInput], { nullable: true })
  cargo?: CargoLineInput[] | null;

  @Field(() => [KeyValueInput], { nullable: true })
  extraFields?: KeyValueInput[] | null;

  @Field(() => [KeyValueInput], { nullable: true, description: "Values of the tenant's custom fields, by key." })
  customFields?: KeyValueInput[] | null;

  @Field(() => String, { nullable: true })
  vehiclePlate?: string | null;

  @Field(() => Float, { nullable: true, description: 'Internal only.' })
  price?: number | null;

  @Field(() => Float, { nullable: true, description: 'Internal only.' })
  cost?: number | null;

  @Field(() => String, { nullable: true, description: 'Internal only.' })
  internalNotes?: string | null;
}

/** Null fields leave the value as it is; an empty string clears a text. */
@InputType()
export class UpdateConsignmentInput {
  @Field(() => String, { nullable: true })
  reference?: string | null;

  @Field(() => String, { nullable: true })
  customerReference?: string | null;

  @Field(() => String, { nullable: true })
  containerNumber?: string | null;

  @Field(() => String, { nullable: true })
  transportService?: string | null;

  @Field(() => String, { nullable: true })
  vehiclePlate?: string | null;

  @Field(() => [KeyValueInput], { nullable: true, description: 'Replaces all extra fields.' })
  extraFields?: KeyValueInput[] | null;

  @Field(() => [KeyValueInput], { nullable: true, description: 'Replaces all custom field values.' })
  customFields?: KeyValueInput[] | null;

  @Field(() => [CargoLineInput], { nullable: true, description: 'Replaces all cargo lines.' })
  cargo?: CargoLineInput[] | null;

  @Field(() => Float, { nullable: true })
  price?: number | null;

  @Field(() => Float, { nullable: true })
  cost?: number | null;

  @Field(() => String, { nullable: true })
  internalNotes?: string | null;
}

/** Null fields leave the value as it is. `clear` names time fields to empty. */
@InputType()
export class UpdateStopInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  reference?: string | null;

  @Field(() => Date, { nullable: true })
  plannedArrival?: Date | null;

  @Field(() => Date, { nullable: true })
  plannedWindowEnd?: Date | null;

  @Field(() => Date, { nullable: true })
  estimatedArrival?: Date | null;

  @Field(() => Date, { nullable: true })
  actualArrival?: Date | null;

  @Field(() => Date, { nullable: true })
  actualDeparture?: Date | null;

  @Field(() => String, { nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;

  @Field(() => Int, { nullable: true, description: "Geofence radius in metres (10 to 5000); 0 goes back to the tenant's default." })
  geofenceRadiusM?: number | null;
}

@InputType()
export class NoteInput {
  @Field(() => NoteScope)
  scope!: NoteScope;

  @Field(() => String)
  text!: string;
}

@InputType()
export class PhotoInput {
  @Field(() => String)
  url!: string;

  @Field(() => String, { nullable: true })
  caption?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Default false.' })
  customerVisible?: boolean | null;
}

@InputType()
export class ConsignmentFilter {
  @Field(() => ConsignmentStatus, { nullable: true })
  status?: ConsignmentStatus | null;

  @Field(() => String, { nullable: true, description: 'Matches references, container number and customer name.' })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  orderId?: string | null;
}

@ObjectType()
export class ConsignmentEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Consignment)
  node!: Consignment;
}

@ObjectType()
export class ConsignmentConnection {
  @Field(() => [ConsignmentEdge])
  edges!: ConsignmentEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType()
export class CustomFieldValue {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String)
  value!: string;
}
