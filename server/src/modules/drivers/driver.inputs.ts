import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/page-info';
import { RefusedItem } from '../../graphql/refused-item';
import { Driver } from './driver.entity';

@InputType({ description: 'A driver to create.' })
export class CreateDriverInput {
  @Field(() => String, { description: 'The driver\'s name (required).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'A phone number, free text.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'The licence plate of the driver\'s usual vehicle.' })
  vehiclePlate?: string | null;
}

@ObjectType({ description: 'A new driver and their app\'s token, returned once by createDriver.' })
export class DriverCredentials {
  @Field(() => Driver, { description: 'The driver as created.' })
  driver!: Driver;

  @Field(() => String, { description: "The driver app's bearer token; shown once." })
  token!: string;
}

@ObjectType({ description: "A driver's new device key for a driver app Tracklink did not write (Traccar Client, OsmAnd), shown once." })
export class DriverDeviceKey {
  @Field(() => Driver, { description: 'The driver the key reports for.' })
  driver!: Driver;

  @Field(() => String, { description: "The identifier to type into Traccar Client (\"Device identifier\") or OsmAnd (\"id\"); shown once, replaces the driver's previous key." })
  deviceKey!: string;

  @Field(() => String, { description: 'The server URL to type into the app (the same as Driver.deviceAppUrl).' })
  url!: string;
}

/** Sent with a driver token (driverId omitted) or an API key (driverId required). */
@InputType({ description: 'One GPS fix of a driver.' })
export class PositionInput {
  @Field(() => String, { description: 'Made by the client; a known id is a duplicate, not stored twice.' })
  clientId!: string;

  @Field(() => ID, { nullable: true, description: 'The driver; required with an API key or session, and with a driver token it must be that driver or null.' })
  driverId?: string | null;

  @Field(() => Float, { description: 'WGS 84 latitude in degrees, -90 to 90.' })
  latitude!: number;

  @Field(() => Float, { description: 'WGS 84 longitude in degrees, -180 to 180.' })
  longitude!: number;

  @Field(() => Date, { description: 'When the device recorded the fix: not before 2000 and not in the future (a little clock skew is allowed).' })
  recordedAt!: Date;

  @Field(() => Float, { nullable: true, description: 'Degrees from north, 0 to 360.' })
  heading?: number | null;

  @Field(() => Float, { nullable: true, description: 'Speed in km/h, 0 to 400; null: not known.' })
  speedKmh?: number | null;

  @Field(() => Float, { nullable: true, description: 'Horizontal accuracy radius in metres, 0 to 100,000; null: not known.' })
  accuracyM?: number | null;
}

@ObjectType({ description: 'What reportPositions did with a batch.' })
export class PositionReport {
  @Field(() => Int, { description: 'Items stored by this call.' })
  accepted!: number;

  @Field(() => Int, { description: 'Items already stored before (a replay): not stored again.' })
  duplicates!: number;

  @Field(() => [RefusedItem], { description: 'Items not stored, each with why; send them again only once corrected.' })
  refused!: RefusedItem[];
}

@ObjectType({ description: 'A driver with its cursor.' })
export class DriverEdge {
  @Field(() => String, { description: 'Opaque; pass as `after` to get the drivers after this one.' })
  cursor!: string;

  @Field(() => Driver, { description: 'The driver.' })
  node!: Driver;
}

@ObjectType({ description: 'A page of the tenant\'s drivers (Relay cursor connection), by name.' })
export class DriverConnection {
  @Field(() => [DriverEdge], { description: 'The drivers of this page with their cursors.' })
  edges!: DriverEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits in the whole list: cursors and whether more pages follow.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many drivers there are in all, across pages.' })
  totalCount!: number;
}
