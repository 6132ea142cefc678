import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { StopTimeSource, StopType } from '@tracklink/shared';
import type { FieldReads } from '../../db/raw-rows';

@ObjectType({ simpleResolvers: true, description: 'A place on a consignment\'s route where goods are picked up or delivered. Times are instants (UTC); timezone tells how to show them.' })
@Entity('stops')
@Index(['consignmentId', 'sequence'], { unique: true })
export class Stop {
  @Field(() => ID, { description: 'The stop\'s id.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  consignmentId!: string;

  @Field(() => Int, { description: 'Its place in the route, from 1.' })
  @Column({ type: 'integer' })
  sequence!: number;

  @Field(() => StopType, { description: 'PICKUP or DELIVERY.' })
  @Column({ type: 'text' })
  type!: StopType;

  @Field(() => String, { description: 'The place\'s name, e.g. a company or depot.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The address, free text; null: none given.' })
  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Field(() => Float, { description: 'WGS 84 latitude in degrees.' })
  @Column({ type: 'double precision' })
  latitude!: number;

  @Field(() => Float, { description: 'WGS 84 longitude in degrees.' })
  @Column({ type: 'double precision' })
  longitude!: number;

  @Field(() => String, { description: 'IANA time zone of the place, e.g. "Europe/Berlin".' })
  @Column({ type: 'text', default: 'UTC' })
  timezone!: string;

  @Field(() => String, { nullable: true, description: 'A reference for this stop, e.g. a booking or dock number.' })
  @Column({ type: 'text', nullable: true })
  reference!: string | null;

  @Field(() => Date, { nullable: true, description: 'Start of the planned window.' })
  @Column({ type: 'timestamptz', nullable: true })
  plannedArrival!: Date | null;

  @Field(() => Date, { nullable: true, description: 'End of the planned window.' })
  @Column({ type: 'timestamptz', nullable: true })
  plannedWindowEnd!: Date | null;

  @Field(() => Date, { nullable: true, description: 'The current ETA: set by staff or the API, or computed from the driver\'s position while IN_TRANSIT; null: unknown.' })
  @Column({ type: 'timestamptz', nullable: true })
  estimatedArrival!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "Earliest expected arrival of the live ETA's window (rounded down to 5 minutes), from the spread of the driver's recent speeds and the distance left; null: no live window (an ETA typed in has none).",
  })
  @Column({ type: 'timestamptz', nullable: true })
  etaEarliest!: Date | null;

  @Field(() => Date, { nullable: true, description: "Latest expected arrival of the live ETA's window (rounded up to 5 minutes); null: no live window." })
  @Column({ type: 'timestamptz', nullable: true })
  etaLatest!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the vehicle arrived; null: not yet.' })
  @Column({ type: 'timestamptz', nullable: true })
  actualArrival!: Date | null;

  @Field(() => StopTimeSource, { nullable: true, description: 'Where actualArrival came from; null while it is unknown.' })
  @Column({ type: 'text', nullable: true })
  arrivalSource!: StopTimeSource | null;

  @Field(() => Date, { nullable: true, description: 'When the vehicle left; null: not yet.' })
  @Column({ type: 'timestamptz', nullable: true })
  actualDeparture!: Date | null;

  @Field(() => StopTimeSource, { nullable: true, description: 'Where actualDeparture came from; null while it is unknown.' })
  @Column({ type: 'text', nullable: true })
  departureSource!: StopTimeSource | null;

  @Field(() => Int, {
    nullable: true,
    description: "This stop's geofence radius in metres for arrival and departure detection; null: the tenant's default (geofenceRadiusM).",
  })
  @Column({ type: 'integer', nullable: true })
  geofenceRadiusM!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Running late by about this many minutes: the live ETA is past the planned window's end by more than the tenant's lateThresholdMinutes. Null: not late.",
  })
  @Column({ type: 'integer', nullable: true })
  lateByMinutes!: number | null;

  @Field(() => Int, { description: 'How many times the stop became late (each one an ETA_LATE occasion). Above 0 with lateByMinutes null: it recovered.' })
  @Column({ type: 'integer', default: 0 })
  lateEpisodes!: number;

  @Field(() => String, { nullable: true, description: 'The contact\'s name at the stop.' })
  @Column({ type: 'text', nullable: true })
  contactName!: string | null;

  @Field(() => String, { nullable: true, description: 'The contact\'s address (PICKUP_CONTACT, DELIVERY_CONTACT and STOP_CONTACT tasks write to it).' })
  @Column({ type: 'text', nullable: true })
  contactEmail!: string | null;

  @Field(() => String, { nullable: true, description: 'The contact\'s phone number, free text.' })
  @Column({ type: 'text', nullable: true })
  contactPhone!: string | null;
}

/** What the Stop type's field resolvers read of a stop (db/raw-rows `propertiesFor`); every other field is the property of its name. */
export const STOP_FIELD_READS: FieldReads = {
  proofOfDelivery: ['id'],
};
