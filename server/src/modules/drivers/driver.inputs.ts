import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { RefusedItem } from '../../graphql/refused-item';
import { Driver } from './driver.entity';

@InputType()
export class CreateDriverInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  vehiclePlate?: string | null;
}

@ObjectType()
export class DriverCredentials {
  @Field(() => Driver)
  driver!: Driver;

  @Field(() => String, { description: "The driver app's bearer token; shown once." })
  token!: string;
}

@ObjectType()
export class DriverDeviceKey {
  @Field(() => Driver)
  driver!: Driver;

  @Field(() => String, { description: "The identifier to type into Traccar Client (\"Device identifier\") or OsmAnd (\"id\"); shown once, replaces the driver's previous key." })
  deviceKey!: string;

  @Field(() => String, { description: 'The server URL to type into the app (the same as Driver.deviceAppUrl).' })
  url!: string;
}

/** Sent with a driver token (driverId omitted) or an API key (driverId required). */
@InputType()
export class PositionInput {
  @Field(() => String, { description: 'Made by the client; a known id is a duplicate, not stored twice.' })
  clientId!: string;

  @Field(() => ID, { nullable: true })
  driverId?: string | null;

  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;

  @Field(() => Date)
  recordedAt!: Date;

  @Field(() => Float, { nullable: true, description: 'Degrees from north, 0 to 360.' })
  heading?: number | null;

  @Field(() => Float, { nullable: true })
  speedKmh?: number | null;

  @Field(() => Float, { nullable: true })
  accuracyM?: number | null;
}

@ObjectType()
export class PositionReport {
  @Field(() => Int, { description: 'Items stored by this call.' })
  accepted!: number;

  @Field(() => Int, { description: 'Items already stored before (a replay): not stored again.' })
  duplicates!: number;

  @Field(() => [RefusedItem], { description: 'Items not stored, each with why; send them again only once corrected.' })
  refused!: RefusedItem[];
}
